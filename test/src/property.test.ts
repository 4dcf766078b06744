import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bot, corpus, readCases } from "../helpers/corpus.js";

const texts = new Map(corpus.documents.map((d) => [d.meta.file, d.text]));
const vocabularyWords = [
  ...corpus.vocabulary.entities.flatMap((e) => e.aliases),
  ...corpus.vocabulary.concepts.flatMap((c) => [...c.en, ...c.it]).slice(0, 400),
  "where", "who", "when", "how many", "dove", "chi", "quando", "quanti", "what", "which",
];
const questionLike = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...vocabularyWords), { minLength: 1, maxLength: 8 }).map((w) => `${w.join(" ")}?`),
  fc.constantFrom(...readCases("dev.jsonl").map((c) => c.q)).chain((q) => fc.nat(q.length).map((n) => q.slice(0, n) + q.slice(n + 1))),
);

describe("every answer, whatever the question", () => {
  it("has a valid shape and quotes its sources verbatim at the stated offsets", () => {
    fc.assert(
      fc.property(questionLike, (q) => {
        const a = bot.answer(q);
        expect(typeof a.text).toBe("string");
        expect(a.text.length).toBeGreaterThan(0);
        expect(a.text.length).toBeLessThanOrEqual(1000);
        expect(["en", "it"]).toContain(a.language);
        expect(a.citations.length).toBeLessThanOrEqual(3);
        expect(a.answered).toBe(a.citations.length > 0);
        for (const c of a.citations) {
          const source = texts.get(c.source);
          expect(source).toBeDefined();
          expect(source?.slice(c.start, c.end)).toBe(c.quote);
          expect(source?.includes(c.quote)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
