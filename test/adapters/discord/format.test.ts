import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Answer, Citation } from "../../../src/types.js";
import {
  BRAND_COLOUR,
  DISCORD_LIMITS,
  embedLength,
  formatAnswerEmbed,
  formatContent,
  splitText,
  truncate,
} from "../../../adapters/discord/format.js";

const cassino: Citation = {
  source: "000_0ec8988f766c771a.txt",
  title: "Alfa Romeo's sales targets for 2024, in the CEO's view",
  quote: "As proof of this, we know that the new Giulia and Stelvio will be produced at the Cassino plant, while the Tonale SUV will continue to be assembled",
  date: "2024",
  dateInferred: true,
  url: null,
  start: 0,
  end: 0,
};

const answer = (overrides: Partial<Answer> = {}): Answer => ({
  question: "where is the Giulia built?",
  kind: "answer",
  answered: true,
  intent: "production_plants",
  language: "en",
  text: "The new Giulia and Stelvio will be built at Cassino.",
  citations: [cassino],
  ...overrides,
});

/** Every limit Discord enforces on one embed; a violation means the whole reply is rejected. */
function expectWithinLimits(embed: ReturnType<typeof formatAnswerEmbed>) {
  expect(embed.description!.length).toBeGreaterThan(0);
  expect(embed.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
  expect((embed.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
  for (const field of embed.fields ?? []) {
    expect(field.name.length).toBeGreaterThan(0);
    expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
    expect(field.value.length).toBeGreaterThan(0);
    expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
  }
  expect((embed.footer?.text ?? "").length).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
  expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
}

describe("formatAnswerEmbed", () => {
  test("puts the answer in the description and each verbatim quote in a field titled with source and date", () => {
    const embed = formatAnswerEmbed(answer({ citations: [cassino, { ...cassino, title: "Imparato in Cassino", date: "2024-06-02", dateInferred: false, url: "https://example.com/a" }] }));
    expect(embed).toEqual({
      color: BRAND_COLOUR,
      description: "The new Giulia and Stelvio will be built at Cassino.",
      fields: [
        { name: "Alfa Romeo's sales targets for 2024, in the CEO's view (2024, date inferred)", value: `“${cassino.quote}”` },
        { name: "Imparato in Cassino (2024-06-02)", value: `“${cassino.quote}”\n[Read the article](<https://example.com/a>)` },
      ],
    });
  });

  test("a decline carries the help topics and example questions, labelled in the answer's language", () => {
    const embed = formatAnswerEmbed(
      answer({ answered: false, language: "it", text: "Non lo so.", citations: [], help: { message: "Non lo so.", topics: ["stabilimenti"], examples: ["dove viene prodotta la Giulia?"] } }),
    );
    expect(embed.fields).toEqual([
      { name: "Di cosa parlo", value: "• stabilimenti" },
      { name: "Prova a chiedere", value: "• dove viene prodotta la Giulia?" },
    ]);
  });

  test("escapes markdown so quotes render as written", () => {
    const embed = formatAnswerEmbed(answer({ text: "a *bold* claim", citations: [{ ...cassino, quote: "__under__" }] }));
    expect(embed.description).toBe("a \\*bold\\* claim");
    expect(embed.fields![0]!.value).toBe("“\\_\\_under\\_\\_”");
  });

  test("an over-long answer is trimmed to 4096 with an ellipsis", () => {
    const embed = formatAnswerEmbed(answer({ text: "word ".repeat(2000) }));
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    expect(embed.description!.endsWith("…")).toBe(true);
  });

  test("a quote longer than 1024 continues in '(cont.)' fields instead of being lost", () => {
    const quote = "Cassino ".repeat(300).trim();
    const embed = formatAnswerEmbed(answer({ citations: [{ ...cassino, quote }] }));
    expect(embed.fields!.length).toBe(3);
    expect(embed.fields![1]!.name.endsWith("(cont.)")).toBe(true);
    const rejoined = embed.fields!.map((f) => f.value).join(" ");
    expect(rejoined).toBe(`“${quote}”`);
    expectWithinLimits(embed);
  });

  test("too many quotes stay within 25 fields and 6000 characters, with a note that some were left out", () => {
    const citations = Array.from({ length: 40 }, (_, i) => ({ ...cassino, title: `Source ${i} ${"t".repeat(300)}`, quote: "q".repeat(900) }));
    const embed = formatAnswerEmbed(answer({ citations, truncated: true }));
    expectWithinLimits(embed);
    expect(embed.fields![0]!.name.length).toBe(256);
    expect(embed.footer!.text).toBe("Your question was shortened to the maximum length. More quotes were left out to fit Discord's limits.");
  });

  test("never breaks a limit, whatever the engine returns (property)", () => {
    const citation = fc.record({
      source: fc.string(),
      title: fc.string({ minLength: 1, maxLength: 400 }),
      quote: fc.string({ minLength: 1, maxLength: 3000, unit: "grapheme" }),
      date: fc.option(fc.string({ maxLength: 10 })),
      dateInferred: fc.boolean(),
      url: fc.option(fc.webUrl()),
      start: fc.nat(),
      end: fc.nat(),
    });
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 6000 }), fc.array(citation, { maxLength: 30 }), fc.boolean(), (text, citations, truncated) => {
        expectWithinLimits(formatAnswerEmbed(answer({ text, citations, truncated })));
      }),
      { numRuns: 200 },
    );
  });
});

describe("text helpers", () => {
  test("truncate keeps short text and never splits a surrogate pair", () => {
    expect(truncate("short", 10)).toBe("short");
    expect(truncate("ab😀cd", 4)).toBe("ab…");
    expect(formatContent("x".repeat(2500)).length).toBe(2000);
  });

  test("splitText breaks between words and loses nothing", () => {
    const text = "alpha beta gamma delta epsilon";
    const pieces = splitText(text, 12);
    expect(pieces).toEqual(["alpha beta", "gamma delta", "epsilon"]);
    expect(pieces.every((p) => p.length <= 12)).toBe(true);
  });
});
