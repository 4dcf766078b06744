import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../../adapters/runtime/gazetteer.js";
import { buildCorpusIndex } from "../../../src/engine/corpus-index.js";
import { createBrandbot } from "../../../src/index.js";
import { corpus, withArticle } from "../../helpers/corpus.js";

/** The seed corpus with one English article of ours, its index and a bot over that index. */
function grownWith(file: string, title: string, date: string, text: string) {
  const grown = withArticle(corpus, { file, title, language: "en", author: null, date, dateInferred: false, url: null }, text);
  const index = buildCorpusIndex(grown, undefined, {}, loadGazetteer());
  return { index, bot: createBrandbot(grown, { index }) };
}

// Web copy in our own words (facts as reported in April 2024): one sentence a paragraph, and the
// sentence with the plant names the car only as "a car".
const text = [
  "Alfa Romeo has renamed its new compact Milano model the Junior after pressure from Rome.",
  "The change follows criticism from an Italian minister over an Italian name on a car built at the Stellantis plant in Tychy, Poland.",
  "The brand said the original name had been chosen as a tribute to the city where its history began.",
].join("\n\n");


describe("short paragraphs carry on from the sentence before", () => {
  const { index, bot } = grownWith("901_rename.txt", "The Milano becomes the Junior", "2024-04", text);

  it("links a one-sentence paragraph to the sentence before it, and no longer paragraph", () => {
    const plant = index.sentences.find((s) => s.text.includes("Tychy"));
    expect(plant?.prev).not.toBeNull();
    expect(index.sentences[plant?.prev as number]?.text).toContain("renamed its new compact Milano model");
    // A seed paragraph of several sentences starts afresh.
    const seed = index.sentences.find((s) => s.text.startsWith("One of the key steps on this path"));
    expect(seed?.prev).toBeNull();
  });

  it("answers where the car is built from the sentence after the paragraph that names it, quoting both", () => {
    const a = bot.answer("Where is the Junior built?");
    expect(a.text).toMatch(/^Tychy, according to “The Milano becomes the Junior”/);
    expect(a.citations[0]?.quote).toBe(text.slice(0, text.indexOf("Poland.") + "Poland.".length));
  });
});

describe("a paragraph that opens by pointing back carries on, however long", () => {
  // Written for this test: the second paragraph names its car only as "the new model" and "it".
  const text = [
    "Stellantis has confirmed a successor to the Alfa Romeo Giulietta.",
    "The new model will exceed 4.60 meters in length. It will share its platform with the Jeep Compass.",
    "Il nuovo modello arriverà nel 2028. Sarà costruito in Italia.",
  ].join("\n\n");
  const { index, bot } = grownWith("910_successor.txt", "A bigger Alfa", "2026-02", text);

  it("links a sentence opening with 'The new model' or 'Il nuovo modello' to the paragraph before", () => {
    const prevOf = (start: string) => index.sentences[index.sentences.find((s) => s.text.startsWith(start))?.prev as number]?.text;
    expect(prevOf("The new model will exceed")).toBe("Stellantis has confirmed a successor to the Alfa Romeo Giulietta.");
    expect(prevOf("Il nuovo modello arriverà")).toBe("It will share its platform with the Jeep Compass.");
  });

  it("answers from it with the sentence that names the car", () => {
    const a = bot.answer("What length will the Giulietta successor have?");
    expect(a.text).toMatch(/^4\.60 meters, according to “A bigger Alfa”/);
    expect(a.citations[0]?.quote).toBe("Stellantis has confirmed a successor to the Alfa Romeo Giulietta.\n\nThe new model will exceed 4.60 meters in length.");
  });
});

describe("the 'Made in Italy' label is no place of production", () => {
  const labelled = text.replace("after pressure from Rome.", "after a Made in Italy row with the government.");
  const { bot } = grownWith("902_label.txt", "A Made in Italy row renames the Milano", "2024-04", labelled);

  it("answers where the Junior is built with the plant, not with the label's country", () => {
    expect(bot.answer("Where is the Junior built?").text).toMatch(/^Tychy, according to “A Made in Italy row renames the Milano”/);
    expect(bot.answer("Dove viene costruita la Junior?").text).toMatch(/^Tychy, secondo «A Made in Italy row renames the Milano»/);
  });
});

describe("a sentence under a heading that calls the heading's car 'this model'", () => {
  // Written for this test (facts as reported in 2023): a sub-heading names the car, the next
  // paragraph calls it "this model" a few words in; the sentences under the title and under the
  // last heading do not call back a car.
  const text = [
    "Alfa Romeo's new flagship: what we know",
    "The brand had a record year, its chief executive said in an interview.",
    "The most awaited arrival in the range is the upcoming E-SUV",
    "Imparato stated that this model would be fully electric, expected to launch in 2027, with a length of about five metres.",
    "What the dealers can expect from the brand's plans in the coming year",
    "Imparato said that it would keep every dealer in Italy.",
  ].join("\n\n");
  const { index, bot } = grownWith("914_flagship.txt", "Alfa Romeo's new flagship: what we know", "2023-12", text);

  it("links it to the heading, and no other sentence under a heading", () => {
    const about = index.sentences.find((s) => s.text.startsWith("Imparato stated that this model"));
    expect(index.sentences[about?.prev as number]?.text).toBe("The most awaited arrival in the range is the upcoming E-SUV");
    expect(index.sentences.find((s) => s.text.startsWith("The brand had a record year"))?.prev).toBeNull();
    // "that" and "it" a few words in point anywhere: only "this model" and its like call back the heading's car.
    const plain = index.sentences.find((s) => s.text.startsWith("Imparato said that it would keep"));
    expect(index.sentences[(plain?.id ?? 0) - 1]?.text).toBe("What the dealers can expect from the brand's plans in the coming year");
    expect(plain?.prev).toBeNull();
  });

  it("answers when the car launches from it, quoting the heading with it", () => {
    const a = bot.answer("When is the E-SUV expected to launch?");
    expect(a.text).toMatch(/^2027, according to “Alfa Romeo's new flagship: what we know”/);
    expect(a.citations[0]?.quote).toMatch(/^The most awaited arrival in the range is the upcoming E-SUV\s+Imparato stated that this model/);
  });
});
