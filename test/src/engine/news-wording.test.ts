/**
 * Wordings of unseen articles and of the people asking about them: a maker asked after "which"
 * while another is named, a figure in "%" as a share, a colour called a livery, a chief who heads
 * a region, a market only named as the one that overtook another. Each article is written for
 * these tests in our own words (facts as reported in 2024-2026).
 */
import { describe, expect, it } from "vitest";
import { botWithArticle, withArticle } from "../../helpers/corpus.js";

type Meta = Parameters<typeof withArticle>[1];
const meta = (file: string, title: string, date: string, language: "en" | "it"): Meta => ({ file, title, language, author: null, date, dateInferred: false, url: null });

describe("the big platform and the cars on it", () => {
  const story = [
    "Alfa Romeo has started over on its large cars, its chief executive told us in Brussels.",
    "Alfa Romeo belongs to the group that also owns Jeep.",
    "Though the new Stelvio will be based on the STLA Large platform, the chassis meant for the bigger Alfas, its hybrid will take time.",
    "That platform already carries the electric Jeep Wagoneer S and the new Dodge Charger.",
    "The chief executive promised that the next Giulia will widen the model range.",
    "He added that the car will offer a range of up to 700 km.",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("950_platform.txt", "Alfa Romeo starts over on its big cars", "2026-01-15", "en"), story);

  it("'Which Jeep...' asks for a Jeep, though the question names the Alfas too", () => {
    const a = grownBot.answer("Which Jeep already sits on the STLA Large platform the big Alfas will use?");
    expect(a.text).toMatch(/^Wagoneer S, according to/);
  });

  it("'what range did...' asks for a driving range, not for a range of models", () => {
    const a = grownBot.answer("What range did the chief executive promise for the next Giulia?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.quote).toContain("a range of up to 700 km");
  });
});

describe("shares, liveries and chiefs", () => {
  const story = [
    "The Junior is now sold in 40 markets.",
    "In Turkey it sits at 20% of its class, and in Morocco it leads its segment.",
    "At Pomigliano the plant built its 100,000th Tonale this week: a Veloce in Verde Montreal livery bound for Germany.",
    "The group has named its North American chief Antonio Filosa as its new CEO.",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("951_junior.txt", "The Junior abroad, the Tonale at home", "2025-06-20", "en"), story);

  it("a figure in % gives a share", () => {
    const a = grownBot.answer("che quota ha la Junior in Turchia?");
    expect(a.text).toMatch(/^20%, secondo/);
  });

  it("'livery' is a colour", () => {
    const a = grownBot.answer("What colour was the 100,000th Tonale?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.quote).toContain("Verde Montreal livery");
  });

  it("'si può avere' and 'dopo essere stato' are padding, and a chief heads", () => {
    const a = grownBot.answer("Chi è stato nominato CEO dopo essere stato capo del Nord America?");
    expect(a.text).toMatch(/^Antonio Filosa, secondo/);
  });
});

describe("a market named only as the one that overtook another", () => {
  const story = [
    "Tra gennaio e agosto 2025 Alfa Romeo è cresciuta in Europa grazie alla Junior.",
    "In Germania il marchio ha immatricolato 5.222 vetture, il 15% in più.",
    "La Francia, un tempo secondo mercato del marchio, è stata superata dalla Germania, con appena 4.254 immatricolazioni.",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("952_europa.txt", "Alfa Romeo in Europa nei primi otto mesi", "2025-09-05", "it"), story);

  it("'superata dalla Germania' gives France's figure, not Germany's", () => {
    const a = grownBot.answer("Quante immatricolazioni ha fatto Alfa Romeo in Germania da gennaio ad agosto 2025?");
    expect(a.text).toMatch(/^5\.222 vetture, secondo/);
  });
});
