import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/text/analyze.js";
import { detectLanguage } from "../../../src/text/language.js";
import { tokenize } from "../../../src/text/normalize.js";
import { bot, index } from "../../helpers/corpus.js";

const keys = (text: string, language: "en" | "it" = "en") =>
  analyze(text, language, index.lexicon, { mode: "question" }).map((s) => s.keys.join("|"));

describe("analyze", () => {
  it("maps English and Italian words for building to one concept", () => {
    for (const [q, lang] of [
      ["assembled", "en"],
      ["manufactured", "en"],
      ["costruite", "it"],
      ["nascono", "it"],
    ] as const) {
      expect(keys(q, lang)).toEqual(["c:build"]);
    }
  });

  it("recognises entity aliases, longest first, and plurals", () => {
    expect(keys("Juniors in North America")).toEqual(["e:d_junior", "e:north_america"]);
    expect(keys("il Biscione")).toEqual(["e:alfa_romeo"]);
    expect(keys("stateside")).toEqual(["e:usa"]);
  });

  it("drops a contraction the stop words hold whole: \"they're\" leaves no word \"re\"", () => {
    expect(keys("they're defining the timing")).toEqual(keys("defining the timing"));
    expect(keys("we’ve seen the Junior")).toEqual(keys("seen the Junior"));
    expect(keys("the Tonale re-launch")).toContain("t:re");
  });

  it("reads US as the country only when written in capitals", () => {
    expect(keys("US sales")).toEqual(["e:usa", "c:sales"]);
    expect(keys("tell us about sales")).toEqual(["c:sales"]);
  });

  it("borrows no English word that is the language's own filler: 'sono state' says no 'state'", () => {
    const doc = (text: string) =>
      analyze(text, "it", index.lexicon, { mode: "document" }).flatMap((s) => s.keys);
    const sentence = doc("Le nuove Stelvio e Giulia sono state rinviate al 2028.");
    expect(sentence.some((k) => k.startsWith("c:country"))).toBe(false);
    expect(sentence).toContain("c:delay");
    // A true loan still crosses: Italian articles say "CEO".
    expect(doc("Il nuovo CEO di Alfa Romeo")).toContain("c:ceo");
  });

  it("lets a question's glued words also find the one word they make ('BottegaFuoriserie', 'BOTTEGAFUORISERIE')", () => {
    const joined = `t:${index.lexicon.stem("bottegafuoriserie", "en")}`;
    const slots = analyze("Who runs BottegaFuoriserie?", "en", index.lexicon, { mode: "question" });
    expect(slots.filter((s) => s.keys.includes(joined)).map((s) => s.surface)).toEqual(["Bottega", "Fuoriserie"]);
  });

  it("reads profit in the words of financial news: 'in profit', 'operating margin', 'in attivo'", () => {
    expect(keys("in profit")).toEqual(["c:profit"]);
    expect(keys("a healthy operating margin")).toContain("c:profit");
    expect(keys("bilancio in attivo", "it")).toContain("c:profit");
  });

  it("stems a short Italian word after a doubled consonant with its plural: 'asse'/'assi', 'anno'/'anni'", () => {
    const stem = (w: string) => index.lexicon.stem(w, "it");
    expect(stem("assi")).toBe(stem("asse"));
    expect(stem("anni")).toBe(stem("anno"));
    // Words Snowball already stems keep its stem.
    expect(stem("motori")).toBe("motor");
  });

  it("reads the car trade's words for leaving a market, stopping a plant, handing over and sister models", () => {
    expect(keys("Was the Giulia Quadrifoglio pulled from the US market?")).toContain("c:withdraw");
    expect(keys("Per quanti giorni si ferma la fabbrica di Tychy?", "it")).toContain("c:shelved");
    expect(keys("the handover from Imparato to Ficili")).toContain("c:successor");
    expect(keys("built alongside the Junior")).toContain("c:alongside");
  });

  it("stems Italian future and conditional forms as their infinitive, in questions and in the vocabulary", () => {
    // "tornerà" meets the vocabulary's "tornare" (return); Snowball alone stems them apart.
    expect(keys("Alfa tornerà nel motorsport?", "it")).toContain("c:return");
    expect(keys("costruiranno", "it")).toEqual(keys("costruire", "it"));
    // A folded noun ending is no future: "carriera" keeps its own stem.
    expect(keys("carriera", "it")).toEqual([`t:${index.lexicon.stem("carriera", "it")}`]);
  });

  it("gives way to a shorter phrase when a phrase's closing preposition takes a number", () => {
    // "launch in [a market]" (bring) against "launch in 2025" (arrive, then the year).
    expect(keys("launch in the US")).toEqual(["c:bring", "e:usa"]);
    expect(keys("launch in 2025")).toEqual(["c:arrive", "n:2025"]);
  });

  it("indexes the words of a longer name, so a question naming part of it finds the sentence", () => {
    const doc = (text: string) => analyze(text, "en", index.lexicon, { mode: "document" }).map((s) => s.keys);
    expect(doc("the plant in Piedimonte San Germano")).toEqual([["c:plant"], ["e:d_piedimonte_san_germano", "e:italy", "t:piedimont", "t:san", "t:germano"]]);
    // Questions keep the name's own key: "Germano" alone is no alias of the town.
    expect(keys("Piedimonte San Germano")).toEqual(["e:d_piedimonte_san_germano"]);
  });

  it("reads a carmaker as a company, not as building ('the Italian car manufacturer')", () => {
    const doc = (text: string, language: "en" | "it" = "en") => analyze(text, language, index.lexicon, { mode: "document" }).map((s) => s.keys.join("|"));
    expect(doc("the Italian car manufacturer")).toEqual(["e:italy", "c:carmaker"]);
    expect(doc("il costruttore italiano", "it")).toEqual(["c:carmaker", "e:italy"]);
    expect(doc("cars manufactured in Italy")).toEqual(["c:car", "c:build", "e:italy"]);
  });

  it("reads the 'Made in Italy' label apart from where a car is made", () => {
    expect(keys("after the Made in Italy clash")).toEqual(["c:made_in_italy_label", "t:clash"]);
    expect(keys("cars made in Italy")).toEqual(["c:car", "c:build", "e:italy"]);
  });

  it("drops chat filler from questions but keeps numbers", () => {
    expect(keys("please tell me what happened in 2025")).toEqual(["n:2025"]);
  });
});

describe("detectLanguage", () => {
  it.each([
    ["Where is the Giulia built?", "en"],
    ["Chi ha scelto Imparato?", "it"],
    ["Dove vengono costruite Giulia e Stelvio?", "it"],
    ["who heads alfa in north america", "en"],
    ["Quando arriva la nuova Giulia?", "it"],
    // "0-100" is in the English words for acceleration: numbers tell no language.
    ["la Tonale plug-in hybrid fa lo 0-100 in meno di 7 secondi?", "it"],
  ])("%s -> %s", (q, lang) => expect(detectLanguage(tokenize(q), index.lexicon.languageCues)).toBe(lang));
});

describe("a count with its scale word in a question", () => {
  const numbers = (text: string, mode: "question" | "document", language: "en" | "it" = "en") =>
    analyze(text, language, index.lexicon, { mode }).filter((s) => s.kind === "number").map((s) => [s.surface, s.keys]);

  it("reads '400 mila' and '400 thousand' in a question as 400,000 too, as the articles write it", () => {
    expect(numbers("l'obiettivo delle 400 mila Alfa all'anno?", "question", "it")).toEqual([["400 mila", ["n:400", "n:400000"]]]);
    expect(numbers("Who set the goal of 400 thousand cars a year?", "question")).toEqual([["400 thousand", ["n:400", "n:400000"]]]);
  });

  it("reads an article's range of thousands whole too, as a question may write it ('80,000 to 90,000', '80-90k')", () => {
    expect(numbers("between 80 and 90 thousand cars", "document")).toEqual([["80", ["n:80", "n:80000"]], ["90", ["n:90", "n:90000"]]]);
    expect(numbers("tra 80 e 90 mila auto", "document", "it")).toEqual([["80", ["n:80", "n:80000"]], ["90", ["n:90", "n:90000"]]]);
    expect(numbers("does alfa still sell like 80-90k cars a year?", "question")).toEqual([["80", ["n:80", "n:80000"]], ["90k", ["n:90000"]]]);
    // A range of plain numbers is no range of thousands.
    expect(numbers("between 80 and 90 cars", "document")).toEqual([["80", ["n:80"]], ["90", ["n:90"]]]);
    expect(bot.answer("Does Alfa still sell 80,000 to 90,000 cars a year?").answered).toBe(true);
  });

  it("leaves millions (a sum is written '€3 million') as they were", () => {
    expect(numbers("Does it cost €3 million?", "question")).toEqual([["3", ["n:3"]]]);
    // Only a scale word right after the number: "In 2024, thousands of cars" names a year.
    expect(numbers("In 2024, thousands of cars were sold?", "question")).toEqual([["2024", ["n:2024"]]]);
  });

  it("answers who set the 400,000 goal when asked with the scale in words", () => {
    expect(bot.answer("Chi aveva fissato l'obiettivo delle 400 mila Alfa all'anno?").text).toMatch(/^Sergio Marchionne, secondo/);
    expect(bot.answer("Who set the goal of 400 thousand cars a year?").text).toMatch(/^Sergio Marchionne, according to/);
  });
});
