import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bot } from "../../helpers/corpus.js";

describe("yes/no questions get a verdict from typed evidence", () => {
  it.each([
    // Contradiction: another place for the same model.
    ["Is the Stelvio built in Pomigliano?", "no", /^No\. Cassino, according to/],
    ["Is the Tonale assembled at the Cassino plant?", "no", /^No\. Pomigliano d'Arco, according to/],
    // Match, even though a newer article names another plant for the Tonale's successor.
    ["Is the Tonale built in Pomigliano?", "yes", /^Yes\. Pomigliano d'Arco, according to/],
    // Change over time: 2026 in the 2024 article, between 2026 and 2028 in the 2025 one.
    ["Will the new Giulia arrive in 2026?", "changed", /^It changed over time\. 2026, according to .*\(2024\)\. Elsewhere: between 2026 and 2028, according to .*\(2025\)\./],
    // Negation in the quote: "it will not be built from scratch".
    ["Will Alfa Romeo's US plant be built from scratch?", "no", /^No\. According to .*will not be built from scratch/],
    // "that plan now appears shelved": the United States are named, and denied.
    ["Is the Junior coming to America?", "no", /^No\./],
    // Italian; and the issue's own example: the US plan "now appears shelved".
    ["La nuova Tonale nascerà a Pomigliano d'Arco?", "yes", /^Sì\. Pomigliano d'Arco, secondo/],
    ["La Junior arriverà negli Stati Uniti?", "no", /^No\. Secondo .*that plan now appears shelved/],
    ["La Stelvio viene costruita a Pomigliano?", "no", /^No\. Cassino, secondo/],
  ])("%s -> %s", (question, verdict, text) => {
    const a = bot.answer(question);
    expect(a.verdict).toBe(verdict);
    expect(a.text).toMatch(text);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it("gives no verdict to questions that are not yes/no, or when the articles do not cover it", () => {
    expect(bot.answer("Where is the Giulia built?").verdict).toBeUndefined();
    const uncovered = bot.answer("Is the Giulia built in Turin?");
    expect(uncovered.verdict).not.toBe("yes");
    expect(bot.answer("Will the Junior get a Quadrifoglio version?")).toMatchObject({ answered: false, verdict: null });
  });

  it("never gives a verdict without a quote (property)", () => {
    const subjects = ["Giulia", "Stelvio", "Tonale", "Junior", "E-SUV", "Grecale", "Peugeot"];
    const values = ["Cassino", "Pomigliano", "Melfi", "Detroit", "2025", "2026", "2027", "Italy", "China", "Turin", "STLA Large"];
    const forms = ["Is the {s} built in {v}?", "Will the {s} arrive in {v}?", "La {s} nascerà a {v}?", "Does the {s} use {v}?"];
    fc.assert(
      fc.property(fc.constantFrom(...forms), fc.constantFrom(...subjects), fc.constantFrom(...values), (form, s, v) => {
        const a = bot.answer(form.replace("{s}", s).replace("{v}", v));
        if (a.verdict === "yes" || a.verdict === "no" || a.verdict === "changed") expect(a.citations.length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});

describe("two questions in one are answered part by part", () => {
  it("answers each named thing of 'Where are the Stelvio and the Junior built?' and says which the articles lack", () => {
    const a = bot.answer("Where are the Stelvio and the Junior built?");
    expect(a.answered).toBe(true);
    expect(a.parts?.map((p) => [p.question, p.answered])).toEqual([
      ["Where are the Stelvio built?", true],
      ["Where are the Junior built?", false],
    ]);
    expect(a.text).toMatch(/^\(1\) Cassino, according to .*\(2\) The documents I have don't cover this part\.$/);
    expect(a.citations[0]?.source).toBe("000_0ec8988f766c771a.txt");
  });

  it("splits '..., and which ...' and carries the subject into the second part", () => {
    const a = bot.answer("When does the new Giulia arrive and which platform will it use?");
    expect(a.parts?.map((p) => p.question)).toEqual(["When does the new Giulia arrive?", "which platform will it use (Giulia)?"]);
    expect(a.parts?.[0]?.text).toMatch(/^2026, according to/);
    expect(a.parts?.[1]?.citations[0]?.quote).toContain("STLA Large platform");
    expect(a.citations.length).toBeLessThanOrEqual(3);
  });

  it("splits Italian parts joined by 'e' before a question word", () => {
    const a = bot.answer("Su quale piattaforma nasceranno le future Giulia e Stelvio e in quale stabilimento?");
    expect(a.parts?.length).toBe(2);
    expect(a.parts?.every((p) => p.answered)).toBe(true);
  });
});
