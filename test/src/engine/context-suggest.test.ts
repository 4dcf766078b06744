/** The core's "Show context" (expand) and suggested questions (suggest), on the real corpus. */
import { describe, expect, it } from "vitest";
import { bot, seedText } from "../../helpers/corpus.js";

describe("expand", () => {
  const answer = bot.answer("Where is the Giulia built?");
  const citation = answer.citations[0]!;

  it("returns the quote's sentence and two sentences either side, each a verbatim slice at its offsets", () => {
    const ctx = bot.expand(citation)!;
    const text = seedText(ctx.source);
    expect(ctx).toMatchObject({ source: "000_0ec8988f766c771a.txt", title: "Alfa Romeo's sales targets for 2024, in the CEO's view", date: "2024", language: "en" });
    expect(ctx.quote).toEqual({ text: citation.quote, start: citation.start, end: citation.end });
    expect(ctx.before.map((s) => s.text)).toEqual([
      "This aspect, according to Imparato, obviously represents a key element in order to have the possibility of being able to plan the future development of the brand with serenity.",
      "The CEO also reiterated Alfa Romeo’s commitment to maintaining a strong presence in Italy as well.",
    ]);
    expect(ctx.after.map((s) => s.text)).toEqual([
      "Imparato also confirms a willingness to continue with other investments in the future.",
      "Alfa Romeo keeps its eyes firmly fixed on the future, relying heavily on a solid strategy that combines tradition and innovation.",
    ]);
    for (const span of [...ctx.before, ctx.quote, ...ctx.after]) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(ctx.before[1]!.end).toBeLessThanOrEqual(ctx.quote.start);
    expect(ctx.after[0]!.start).toBeGreaterThanOrEqual(ctx.quote.end);
  });

  it("takes `around`, stops at the document's edges, and widens a part of a sentence to the whole sentence", () => {
    expect(bot.expand(citation, 0)).toMatchObject({ before: [], after: [] });
    expect(bot.expand(citation, 1)!.before).toHaveLength(1);
    const first = bot.expand({ source: citation.source, start: 0, end: 1 }, 3)!;
    expect(first.before).toEqual([]);
    expect(first.after).toHaveLength(3);
    const part = bot.expand({ source: citation.source, start: citation.start + 3, end: citation.start + 10 }, 0)!;
    expect(part.quote).toEqual({ text: citation.quote, start: citation.start, end: citation.end });
  });

  it("refuses an unknown source, offsets outside the document, or a quote that is no longer there", () => {
    expect(bot.expand({ ...citation, source: "nope.txt" })).toBeNull();
    expect(bot.expand({ source: citation.source, start: -1, end: 5 })).toBeNull();
    expect(bot.expand({ source: citation.source, start: 5, end: 5 })).toBeNull();
    expect(bot.expand({ source: citation.source, start: 0, end: 10_000_000 })).toBeNull();
    expect(bot.expand({ ...citation, quote: "something else" })).toBeNull();
  });
});

describe("suggest", () => {
  it("after an answer: up to three answerable questions of the same intent, never the question itself", () => {
    const answer = bot.answer("Where is the Giulia built?");
    const suggestions = bot.suggest(answer);
    expect(suggestions).toEqual(["Which plant makes the Tonale?", "Where will the new model be produced?", "Where might the US factory be?"]);
    for (const q of suggestions) expect(bot.answer(q)).toMatchObject({ answered: true, intent: "production_location" });
    expect(bot.suggest(bot.answer("Which plant makes the Tonale?"))).not.toContain("Which plant makes the Tonale?");
    expect(bot.suggest(answer, 1)).toEqual(["Which plant makes the Tonale?"]);
    expect(bot.suggest(answer, 0)).toEqual([]);
  });

  it("answers in the answer's language", () => {
    expect(bot.suggest(bot.answer("Chi ha scelto Imparato?"))).toEqual(["Chi è l'amministratore delegato di Alfa Romeo?", "Chi guida Alfa Romeo in Nord America?"]);
  });

  it("after a decline: the closest answerable questions, sharing its words first", () => {
    const declined = bot.answer("Who is the CEO of Fiat?");
    expect(declined.answered).toBe(false);
    const suggestions = bot.suggest(declined);
    expect(suggestions.slice(0, 2)).toEqual(["Who is the CEO of Alfa Romeo?", "Who is the Stellantis CEO?"]);
    expect(suggestions).toHaveLength(3);
    for (const q of suggestions) expect(bot.answer(q).answered).toBe(true);
    // Nothing in common: the help's examples, derived from the corpus and each answered.
    expect(bot.suggest(bot.answer("tell me a joke"))).toEqual(["Where is the Giulia built?", "What is the sales target for 2024?", "When is the new Stelvio coming?"]);
  });

  it("after a follow-up, not the question it was resolved to", () => {
    const giulia = bot.answer("Where is the Giulia built?");
    const tonale = bot.answer("and the Tonale?", giulia);
    expect(tonale.resolvedQuestion).toBe("Where is the Tonale built?");
    const suggestions = bot.suggest(tonale);
    expect(suggestions).toHaveLength(3);
    expect(suggestions).not.toContain("Where is the Tonale built?");
  });
});
