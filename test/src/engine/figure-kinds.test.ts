/**
 * The kind of figure a question asks, in articles the engine was never tuned on: a count is never
 * a sum of money, a share is a percentage, the size of a fall is no total, the brand's total is
 * no model's count, a segment written "C-SUV" is a segment, and a heading that announces reasons
 * gives none. Articles written for these tests in our own words (facts as reported in 2023-2025).
 */
import { describe, expect, it } from "vitest";
import { botWithArticle, withArticle } from "../../helpers/corpus.js";

type Meta = Parameters<typeof withArticle>[1];
const meta = (file: string, title: string, date: string, language: "en" | "it" = "en"): Meta => ({ file, title, language, author: null, date, dateInferred: false, url: null });

describe("counts, shares and sizes of a change", () => {
  const sales = [
    "Vendite Alfa Romeo in calo nel 2024: la Junior toglie clienti alla Tonale",
    "Rispetto al 2023 Alfa Romeo nel 2024 ha visto calare le sue immatricolazioni di oltre 5 mila unità.",
    "Alfa Romeo nel 2024 ha immatricolato un totale di 45.419 unità in tutto il mondo.",
    "Si tratta di un calo rispetto al 2023, quando le vendite del marchio erano state in totale 50.541.",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("951_vendite.txt", "Le vendite Alfa Romeo del 2024", "2025-01-10", "it"), sales);
  const renamed = [
    "The Alfa Romeo Milano is now called Junior.",
    "Imparato said Alfa is the only brand able to sell a car at €2 million and another at €30,000.",
  ].join("\n\n");
  const withPrices = botWithArticle(meta("954_junior.txt", "The Milano becomes the Junior", "2024-04-12"), renamed);

  it("answers a brand's total with the total, not with the size of its fall", () => {
    const a = grownBot.answer("Quante auto ha immatricolato Alfa Romeo nel 2024?");
    expect(a.citations[0]?.source).toBe("951_vendite.txt");
    expect(a.text).toMatch(/^45\.419/);
  });

  // Each article below holds only the wrong figure: the right reply is a decline.
  it.each([
    // The title names the Junior: the article is about it, the figure is still the brand's.
    ["the brand's total is no model's count", "Vendite 2024: la Junior ruba clienti alla Tonale", "Alfa Romeo nel 2024 ha immatricolato un totale di 45.419 unità in tutto il mondo.", "Quante Junior ha venduto Alfa Romeo nel 2024?"],
    ["a count is no share", "Vendite", "La Tonale traina il marchio\n\nNel 2023 le vendite della Tonale erano state 50.541.", "Che quota delle vendite Alfa valeva la Tonale nel 2023?"],
  ])("declines when %s", (_, title, text, q) => {
    const bot = botWithArticle(meta("955_solo.txt", title, "2025-01-10", "it"), text);
    expect(bot.answer(q).answered).toBe(false);
  });

  it("never gives the size of a fall as a total", () => {
    const bot = botWithArticle(meta("955_solo.txt", "Vendite", "2025-01-10", "it"), "Vendite in calo\n\nNel 2024 Alfa Romeo ha visto calare le sue immatricolazioni di oltre 5 mila unità.");
    const a = bot.answer("Quante auto ha immatricolato Alfa Romeo nel 2024?");
    expect(a.citations.map((c) => c.source)).not.toContain("955_solo.txt");
  });

  it("never counts cars with a sum of money", () => {
    const a = withPrices.answer("How many Alfa Romeo Junior cars have been sold so far?");
    expect(a.citations.map((c) => c.source)).not.toContain("954_junior.txt");
  });
});

describe("segments and reasons as news copy writes them", () => {
  const tonale = [
    "Per Alfa Romeo il restyling della Tonale, il C-Suv della gamma, è un primo passo verso il futuro.",
    "Delay confirmed for the new Stelvio: the reasons",
    "Orders for the new Stelvio will open only in early 2026, due to problems with the software of the car.",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("952_tonale.txt", "Tonale and Stelvio news", "2025-03-17"), tonale);

  it("reads 'C-Suv' as the segment", () => {
    const a = grownBot.answer("In which segment does the Tonale sit?");
    expect(a.citations[0]?.source).toBe("952_tonale.txt");
    expect(a.text).toMatch(/^C-Suv/);
  });

  it("answers why with the sentence giving the cause, not the heading announcing it", () => {
    const a = grownBot.answer("Why is the new Stelvio delayed?");
    expect(a.citations[0]?.quote).toMatch(/^Orders for the new Stelvio .*software/);
  });
});
