/**
 * Time across articles: which article's answer leads when two differ. Written for this test:
 * a 2024 article gives the first plan, a 2025 one the plan as it stands.
 */
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../../adapters/runtime/gazetteer.js";
import { createBrandbot } from "../../../src/index.js";
import { corpus, withArticle } from "../../helpers/corpus.js";

const meta = (file: string, title: string, date: string) => ({ file, title, language: "en" as const, author: null, date, dateInferred: false, url: null });
const first = withArticle(corpus, meta("907_first.txt", "The Tonale Sprint is coming", "2024-03"), "Alfa Romeo initially planned to launch the Tonale Sprint in 2026.");
const grown = withArticle(first, meta("908_now.txt", "The Tonale Sprint slips", "2025-09"), "Alfa Romeo will launch the Tonale Sprint in 2028.");
const bot = createBrandbot(grown, { gazetteer: loadGazetteer() });

describe("which article leads when plans change", () => {
  it("leads a when-question with today's plan", () => {
    expect(bot.answer("When will the Tonale Sprint launch?").text).toMatch(/^2028, according to “The Tonale Sprint slips” \(September 2025\)\. Elsewhere: 2026, according to “The Tonale Sprint is coming” \(March 2024\)\./);
  });

  it("leads a question about the original plan with the first plan", () => {
    expect(bot.answer("When was the Tonale Sprint originally going to launch?").text).toMatch(/^2026, according to “The Tonale Sprint is coming” \(March 2024\)\./);
    expect(bot.answer("Quando doveva arrivare inizialmente la Tonale Sprint?").text).toMatch(/^2026, secondo «The Tonale Sprint is coming»/);
  });
});

describe("relative years in the answer line", () => {
  // Our own words (facts as reported in May 2024): the year is the article's, not the reader's.
  const decision = withArticle(corpus, meta("909_fifth.txt", "Alfa weighs its fifth model", "2024-05"), "Imparato says Alfa Romeo will decide on the form of its fifth model by the end of this year.");
  const withDecision = createBrandbot(decision, { gazetteer: loadGazetteer() });

  it("puts the year the article means, and quotes its own words", () => {
    const a = withDecision.answer("By when will Alfa decide on its fifth model?");
    expect(a.text).toMatch(/^The end of 2024, according to “Alfa weighs its fifth model” \(May 2024\)\./);
    expect(a.citations[0]?.quote).toContain("by the end of this year");
  });
});

