/** cognates: the other language's spellings of a learned word, by regular rules. */
import { describe, expect, it } from "vitest";
import { cognateKeys, cognates } from "../../../src/text/cognates.js";
import { index } from "../../helpers/corpus.js";

describe("cognates", () => {
  it("spells English learned words the Italian way", () => {
    expect(cognates("philosophy", "en")).toContain("filosofia");
    expect(cognates("production", "en")).toContain("produzione");
    expect(cognates("project", "en")).toContain("progett");
    expect(cognates("quality", "en")).toContain("qualità");
    expect(cognates("importance", "en")).toContain("importanza");
  });

  it("spells Italian learned words the English way", () => {
    expect(cognates("filosofia", "it")).toContain("philosophy");
    expect(cognates("produzione", "it")).toContain("production");
    expect(cognates("elettrico", "it")).toContain("electric");
    expect(cognates("strategia", "it")).toContain("strategy");
  });

  it("proposes nothing for short words, numbers, or the word itself", () => {
    expect(cognates("auto", "it")).toEqual([]);
    expect(cognates("2026", "en")).toEqual([]);
    expect(cognates("strategy", "en")).not.toContain("strategy");
  });

  it("keeps only the spellings the corpus holds, stemmed as the other language stems them", () => {
    const known = (k: string) => index.df.has(k);
    // The Italian seed article says "innovazione", never "filosofia".
    expect(cognateKeys("innovation", "en", index.lexicon.stem, known)).toEqual([`t:${index.lexicon.stem("innovazione", "it")}`]);
    expect(cognateKeys("philosophy", "en", index.lexicon.stem, known)).toEqual([]);
  });
});
