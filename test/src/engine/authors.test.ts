/**
 * "Who wrote the piece on...?": the writer comes from the article's metadata record, the
 * article from the rest of the question, and the quote shows which article was meant.
 */
import { describe, expect, it } from "vitest";
import { authorTopic } from "../../../src/engine/authors.js";
import { bot } from "../../helpers/corpus.js";

describe("authorTopic: what an author question is about", () => {
  it("strips the question and the article's noun, in both languages", () => {
    expect(authorTopic("Who wrote the piece on Alfa's 2024 sales targets?")).toBe("Alfa's 2024 sales targets");
    expect(authorTopic("chi ha scritto l'articolo sugli obiettivi di vendita 2024?")).toBe("obiettivi di vendita 2024");
    expect(authorTopic("Chi ha scritto la notizia della visita a Cassino?")).toBe("visita a Cassino");
  });

  it("is no author question when nobody is asked to have written anything", () => {
    expect(authorTopic("Where is the Giulia built?")).toBeUndefined();
    expect(authorTopic("Chi ha scelto Imparato?")).toBeUndefined();
    expect(authorTopic("Who said the plant would not be built from scratch?")).toBeUndefined();
  });
});

describe("answering who wrote an article (seed articles)", () => {
  it("names the author from the record of the article the topic finds", () => {
    const a = bot.answer("Who wrote the piece on Alfa's 2024 sales targets?");
    expect(a.answered).toBe(true);
    expect(a.text).toBe("Gloria Fiocchi wrote “Alfa Romeo's sales targets for 2024, in the CEO's view” (2024).");
    expect(a.citations[0]?.source).toBe("000_0ec8988f766c771a.txt");
  });

  it("answers in Italian", () => {
    const a = bot.answer("chi ha scritto l'articolo sui 400.000 veicoli all'anno?");
    expect(a.text).toMatch(/^Francesco Armenio ha scritto «Alfa Romeo: are the 400,000/);
    expect(a.citations[0]?.source).toBe("001_33d768776d9d5d5b.txt");
  });

  it("says so when the article's record names no author, and declines a book no article covers", () => {
    const a = bot.answer("who wrote the article about the Cassino visit?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^“Imparato in Cassino for the STLA Large platform of the future Giulia and Stelvio” \(2 June 2024\) does not name its author\./);
    expect(bot.answer("Who wrote the Divina Commedia?").answered).toBe(false);
  });

  it("answers the author as one part of a two-part question", () => {
    const a = bot.answer("Who wrote the piece on Alfa's 2024 sales targets, and how many cars did the CEO expect to sell that year?");
    expect(a.parts?.map((p) => p.text.slice(0, 20))).toEqual(["Gloria Fiocchi wrote", "Between 80 and 90 th"]);
  });
});
