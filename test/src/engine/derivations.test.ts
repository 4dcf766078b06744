import { describe, expect, it } from "vitest";
import { derivedKeys } from "../../../src/engine/derivations.js";
import { botWithArticle, index, withArticle } from "../../helpers/corpus.js";

type Meta = Parameters<typeof withArticle>[1];
const meta = (file: string, title: string, date: string): Meta => ({ file, title, language: "en", author: null, date, dateInferred: false, url: null });

describe("words of one root", () => {
  it("finds the corpus's longer stems of a word it lacks, nearest first, and none for a short or known stem", () => {
    // The seed articles' stems include "definit" and "consolid".
    expect(derivedKeys(index, "t:defin")).toEqual(["t:definit"]);
    expect(derivedKeys(index, "t:consolidat")).toEqual(["t:consolid"]);
    // Too short to tell a root, or already a word of the corpus.
    expect(derivedKeys(index, "t:cert")).toEqual([]);
    expect(derivedKeys(index, "t:certain")).toEqual([]);
    // Only word stems: a concept or a name is matched as the vocabulary says.
    expect(derivedKeys(index, "c:defin")).toEqual([]);
  });

  it("'define' finds an article's 'definition'", () => {
    const story = "Imparato said that the definition of the future after the Giulia would come at the end of 2024.";
    const grownBot = botWithArticle(meta("953_future.txt", "What comes after the Giulia", "2024-03-09"), story);
    expect(grownBot.answer("By when was Alfa supposed to define its future after the Giulia?").text).toMatch(/^The end of 2024, according to/);
  });
});
