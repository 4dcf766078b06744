import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bot, corpus } from "../helpers/corpus.js";
import { hostileQuestion } from "../helpers/hostile.js";

const texts = new Map(corpus.documents.map((d) => [d.meta.file, d.text]));

describe("the core under hostile input", () => {
  // A correctness check, not a speed target: on a loaded 2-core machine 10,000 answers take past the 20 s default.
  it("never throws and always returns a valid answer with verbatim quotes (10,000 inputs)", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(hostileQuestion, (q) => {
        const a = bot.answer(q);
        expect(typeof a.question).toBe("string");
        expect(typeof a.text).toBe("string");
        expect(a.text.trim().length).toBeGreaterThan(0);
        expect(["en", "it"]).toContain(a.language);
        expect(a.intent === null || typeof a.intent === "string").toBe(true);
        expect(a.citations.length).toBeLessThanOrEqual(3);
        for (const c of a.citations) expect(texts.get(c.source)?.slice(c.start, c.end)).toBe(c.quote);
      }),
      { numRuns: 10_000, seed: 20261122 },
    );
  });

  it("answers 1 MB of text from its first 500 characters, saying so", () => {
    const a = bot.answer(`Where is the Giulia built? ${"blah ".repeat(200_000)}`);
    expect(a.truncated).toBe(true);
    expect(a.answered).toBe(true);
    expect(a.text).toContain("(I read only the first 500 characters of your question.)");
  });
});
