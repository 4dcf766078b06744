import { describe, expect, it } from "vitest";
import { ingestDocument } from "../../../src/corpus/ingest.js";
import { corpus } from "../../helpers/corpus.js";

const sentences = corpus.documents.flatMap((d, i) => ingestDocument(i, d.text, d.language));
const texts = sentences.map((s) => s.text);

describe("ingestDocument on the seed articles", () => {
  it.each(["Tonale", "X", "in", "Lascia un commento", "Alfa Romeo E-Jet", "Gloria Fiocchi Author", "Francesco Armenio", "Alfa Romeo Imparato", "Jean-Philippe Imparato Cassino Pomigliano"])(
    "drops the web noise line %j",
    (noise) => expect(texts).not.toContain(noise),
  );

  it("strips the date metadata in front of the first sentence of 003", () => {
    const first = sentences.find((s) => s.doc === 3);
    expect(first?.text.startsWith("Jean Philippe Imparato, CEO of Alfa Romeo, visited the Cassino plant on May 31")).toBe(true);
  });

  it("keeps exact offsets for every sentence", () => {
    for (const s of sentences) expect(corpus.documents[s.doc]?.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("does not break a sentence after U.S.", () => {
    expect(texts).toContain(
      "Alfa Romeo is seeking to reverse course in the U.S., particularly after a 34% sales drop in 2025 compared to the previous year.",
    );
  });

  it("segments Italian text into sentences", () => {
    const italian = sentences.filter((s) => s.doc === 4 && s.kind === "body");
    expect(italian.map((s) => s.text)).toContain("Importante anche il segnale lanciato con l’hashtag #ProudlyAlfaRomeo.");
  });

  it("marks headlines without end punctuation as headings", () => {
    const heading = sentences.find((s) => s.text.startsWith("Here are what the sales targets are by 2024"));
    expect(heading?.kind).toBe("heading");
  });
});
