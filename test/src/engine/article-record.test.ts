/**
 * "Who wrote the piece on...?": the writer comes from the article's metadata record, the
 * article from the rest of the question, and the quote shows which article was meant.
 */
import { describe, expect, it } from "vitest";
import { authorAsserted, authorTopic, dateTopic } from "../../../src/engine/article-record.js";
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
    // Signing is no writing: a deal, a design.
    expect(authorTopic("Who signed the plan for the STLA Large platform at Cassino?")).toBeUndefined();
    expect(authorTopic("Chi firma la nuova Giulia?")).toBeUndefined();
    expect(authorAsserted("Has Stellantis signed off on the 400,000 sales target?")).toBeUndefined();
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

  it("answers in Italian, with a capital or without", () => {
    expect(bot.answer("Chi ha scritto l'articolo sugli obiettivi di vendita 2024?").text).toMatch(/^Gloria Fiocchi ha scritto/);
    const a = bot.answer("chi ha scritto l'articolo sui 400.000 veicoli all'anno?");
    expect(a.text).toMatch(/^Francesco Armenio ha scritto «Alfa Romeo: are the 400,000/);
    expect(a.citations[0]?.source).toBe("001_33d768776d9d5d5b.txt");
  });

  it("says so when the article's record names no author, and declines a book no article covers", () => {
    const a = bot.answer("who wrote the article about the Cassino visit?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^“Imparato in Cassino for the STLA Large platform of the future Giulia and Stelvio” \(2 June 2024\) does not name its author\./);
    expect(bot.answer("Who wrote the Divina Commedia?").text).toMatch(/^The documents I have don't cover that/);
  });

  it("answers the author as one part of a two-part question", () => {
    const a = bot.answer("Who wrote the piece on Alfa's 2024 sales targets, and how many cars did the CEO expect to sell that year?");
    expect(a.parts?.map((p) => p.text.slice(0, 20))).toEqual(["Gloria Fiocchi wrote", "Between 80 and 90 th"]);
  });
});

describe("a yes/no question naming an article's writer", () => {
  it("reads the name asserted and the topic", () => {
    expect(authorAsserted("Did Gloria Fiocchi write the piece on the 400,000 target?")).toEqual({ name: "Gloria Fiocchi", topic: "the 400,000 target" });
    expect(authorAsserted("Did Imparato visit Cassino?")).toBeUndefined();
    // A question word is no writer's name.
    expect(authorAsserted("Chi ha scritto l'articolo sugli obiettivi 2024?")).toBeUndefined();
    expect(authorAsserted("È stata Gloria Fiocchi a scrivere l'articolo sugli obiettivi 2024?")).toEqual({ name: "Gloria Fiocchi", topic: "obiettivi 2024" });
  });

  it("says no, and who did write it, when another wrote the article the topic finds", () => {
    const a = bot.answer("Did Gloria Fiocchi write the piece asking whether 400k sales a year are still realistic?");
    expect(a.verdict).toBe("no");
    expect(a.text).toBe("No. Francesco Armenio wrote “Alfa Romeo: are the 400,000 yearly sales once promised still within reach?” (2025).");
    expect(a.citations[0]?.source).toBe("001_33d768776d9d5d5b.txt");
  });

  it("says yes in Italian when the record names the same person", () => {
    const a = bot.answer("Gloria Fiocchi ha scritto l'articolo sugli obiettivi di vendita 2024?");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/^Sì\. Gloria Fiocchi ha scritto/);
  });
});

describe("an article's date, from its record", () => {
  it("reads the topic before or after the article's noun, in both languages", () => {
    expect(dateTopic("What date is the Cassino STLA Large article from?")).toBe("Cassino STLA Large");
    expect(dateTopic("When was the article about the Cassino visit published?")).toBe("the Cassino visit");
    expect(dateTopic("di quando è l'articolo sulla visita a Cassino?")).toBe("visita a Cassino");
    expect(dateTopic("When was the Giulia unveiled?")).toBeUndefined();
    expect(dateTopic("what year is the article from?")).toBeUndefined();
  });

  it("gives the date, and says when the curator inferred it", () => {
    expect(bot.answer("What date is the Cassino STLA Large article from?").text).toBe(
      "“Imparato in Cassino for the STLA Large platform of the future Giulia and Stelvio” is dated 2 June 2024.",
    );
    expect(bot.answer("di quando è l'articolo sulla visita a Cassino e Pomigliano?").text).toBe(
      "«Jean-Philippe Imparato ha visitato gli stabilimenti di Cassino e Pomigliano d'Arco» è datato 2021 (data ricavata dal contenuto).",
    );
  });
});
