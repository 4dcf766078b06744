/**
 * rankSentences / scoreSentence / isAnswer, and leadAnswer (recency.ts) that picks which
 * ranked answer leads: on real questions against the seed corpus's own candidates.
 */
import { describe, expect, it } from "vitest";
import { defaults } from "../../../src/engine/brandbot.js";
import { isAnswer, rankSentences, scoreSentence, type Scored } from "../../../src/engine/rank.js";
import { leadAnswer } from "../../../src/engine/recency.js";
import { loadGazetteer } from "../../../adapters/runtime/gazetteer.js";
import { createBrandbot } from "../../../src/index.js";
import { buildCorpusIndex } from "../../../src/engine/corpus-index.js";
import { compileAnswerTypeCues, compileIntents, understand } from "../../../src/engine/understand.js";
import { bot, corpus, index, withArticle } from "../../helpers/corpus.js";
import { ask, sentenceWith } from "../../helpers/engine.js";

const o = defaults.rank;
const ranked = (question: string): Scored[] => rankSentences(index, ask(question), o);
/** Ids of the ranked sentences that are strong enough to quote, best first. */
const answers = (question: string) => ranked(question).filter((x) => isAnswer(x, o)).map((x) => x.sentence.id);
const id = (fragment: string) => sentenceWith(fragment).id;

const CASSINO = "we know that the new Giulia and Stelvio will be produced at the Cassino plant";
const MELFI = "the successor to the Tonale, likely to be built in Melfi";
const ARESE_IT = "la visita al Cassino Plant dove nascono le Giulia e Stelvio";

describe("the sentence that states the answer comes first", () => {
  it("ranks the Cassino/Pomigliano sentence first for the Tonale, with the other two plant sentences as answers", () => {
    expect(answers("Where is the Tonale built?")).toEqual([id(CASSINO), id(MELFI), id(ARESE_IT)]);
  });

  it("ranks the sentence naming the chooser first for an Italian question", () => {
    expect(ranked("Chi ha scelto Imparato?")[0]?.sentence.id).toBe(id("Carlos Tavares abbia scelto"));
  });

  it("quotes only the orders sentence for the Junior's orders", () => {
    expect(answers("How many Juniors have been ordered?")).toEqual([id("already close to 50,000 orders")]);
  });

  it("ranks the apposition first for who a person is, and the reason first for a why-question", () => {
    expect(ranked("Who is Davide Mele?")[0]?.sentence.id).toBe(id("As pointed out by Davide Mele"));
    expect(ranked("Why was the Junior not brought to the US?")[0]?.sentence.id).toBe(id("bringing the Junior stateside"));
  });

  it("gives no bonus for a type only the intent guesses: a plant's name does not outrank the shops visited", () => {
    // The production intent suggests a place, but the question asks which shops.
    expect(ranked("Which shops did Imparato visit at the Cassino plant?")[0]?.sentence.id).toBe(id("His visit included the Lastratura and Paint shops"));
  });

  it("scores the sentence after a hit when it points back to it, and quotes the two together", () => {
    // "This would be a Maserati car" shares no word with the question: retrieval alone never finds it.
    const first = ranked("Which brand is the fourth model confirmed for Cassino?").find((x) => isAnswer(x, o));
    expect(first?.sentence.id).toBe(id("This would be a Maserati car"));
    expect([first?.extracted?.phrase, first?.continues, first?.quoteFrom]).toEqual(["Maserati", true, id("a fourth model has been confirmed to arrive in Cassino")]);
    // Without followers it is never scored.
    expect(rankSentences(index, ask("Which brand is the fourth model confirmed for Cassino?"), { ...o, followers: 0 }).some((x) => x.sentence.id === id("This would be a Maserati car"))).toBe(false);
  });

  // Bug: the sentence "...the Cassino and Pomigliano d'Arco plants alone certainly cannot be
  // enough: ... exactly as BMW does with the X5, it would be thinking of producing the new
  // models in the United States" still ranks first (it says "models", which the Cassino
  // sentence lacks). It is no answer any more (the X5 is a comparison's example, see
  // answers.test.ts), so bot.answer gives the Giulia and Stelvio; the ranking is still wrong.
  it.fails("ranks a sentence about models made at Cassino first for 'Which models will be produced at Cassino?'", () => {
    const first = ranked("Which models will be produced at Cassino?")[0];
    expect(first?.sentence.text).not.toContain("X5");
    expect(first?.sentence.features.entities.get("model")).toEqual(expect.arrayContaining(["d_giulia", "d_stelvio"]));
  });
});

describe("scoreSentence: the evidence behind a score", () => {
  const score = (question: string, fragment: string) => scoreSentence(index, ask(question), sentenceWith(fragment), o);

  it("covers the whole question with the sentence itself", () => {
    expect(score("Where is the Giulia built?", CASSINO)).toMatchObject({
      coverage: 1,
      typeOk: true,
      missingRequired: false,
      predicateOk: true,
      quoteFrom: id(CASSINO),
      ownMatches: 2,
    });
  });

  it("marks a sentence without the named model as missing what is required", () => {
    const x = score("Where is the Tonale built?", "2025 will be the year of the new Stelvio");
    expect([x.missingRequired, isAnswer(x, o)]).toEqual([true, false]);
  });

  it("takes the name from the previous sentence and starts the quote there", () => {
    // "This car marks the brand's re-entry into the B-segment": "this car" is the Junior of the sentence before.
    const x = score("What segment is the Junior in?", "re-entry into the B-segment");
    expect(x.quoteFrom).toBe(id("the launch of the new Alfa Romeo Junior"));
    expect([x.missingRequired, isAnswer(x, o)]).toEqual([false, true]);
    expect(x.coverage).toBeLessThan(1);
  });

  it("lends a place the article names elsewhere, as it lends a person: news says 'the plant' once named", () => {
    const x = scoreSentence(index, ask("Which Maserati is assembled in Piedimonte San Germano?"), sentenceWith("where the Maserati Grecale is currently being assembled"), o);
    expect(x.missingRequired).toBe(false);
    expect(bot.answer("Which Maserati is assembled in Piedimonte San Germano?").text).toMatch(/^Grecale, according to “Imparato in Cassino/);
  });

  it("does not take a sentence about the person for where they were born", () => {
    const x = score("Where was Imparato born?", "visited the Cassino Stellantis plant in Piedimonte");
    expect([x.typeOk, x.predicateOk, isAnswer(x, o)]).toEqual([true, false, false]);
    expect(answers("Where was Imparato born?")).toEqual([]);
  });

  it("finds no answer to a price question: no sentence states a price", () => {
    expect(ranked("How much does the Junior cost?").map((x) => x.typeOk)).not.toContain(true);
    expect(answers("How much does the Junior cost?")).toEqual([]);
  });
});

describe("leadAnswer: which article's answer leads", () => {
  const opts = { ...o, ...defaults.recency };
  function lead(question: string) {
    const u = ask(question);
    const all = rankSentences(index, u, o);
    const best = all.find((x) => isAnswer(x, o));
    if (!best) throw new Error(`test: no answer to "${question}"`);
    return { best: best.sentence, lead: leadAnswer(index, u, all, best, opts).sentence };
  }
  const year = (s: { doc: number }) => index.corpus.documents[s.doc]?.meta.date;

  it("lets a newer article lead with the same fact from a weaker sentence: its subject named in the one before", () => {
    // Written for this test (2026): "its production" points back to the Giulia of the sentence before.
    const text = "The Giulia saloon has been in the news for weeks.\n\nUnion leaders heard on Monday that its production will stay in Cassino.";
    const meta = { file: "909_union.txt", title: "Unions meet Stellantis", language: "en" as const, author: null, date: "2026-03", dateInferred: false, url: null };
    const grown = createBrandbot(withArticle(corpus, meta, text), { gazetteer: loadGazetteer() });
    expect(grown.answer("Where is the Giulia built?").text).toMatch(/^Cassino, according to “Unions meet Stellantis” \(March 2026\)\. Also reported in/);
  });

  it("lets the newer article lead when it states the same fact (Pomigliano, 2024 over 2021)", () => {
    const x = lead("Dove viene prodotta la Tonale?");
    expect([x.best.id, year(x.best)]).toEqual([id(ARESE_IT), "2021"]);
    expect([x.lead.id, year(x.lead)]).toEqual([id(CASSINO), "2024"]);
  });

  it("keeps the best answer when a newer article says something else and the question is not about now", () => {
    // The 2025 article's "between 2026 and 2028" scores within 2% of the 2024 article's "2026".
    const x = lead("When is the new Giulia coming?");
    expect([x.best.id, x.lead.id]).toEqual([id("2025 will be the year of the new Stelvio"), id("2025 will be the year of the new Stelvio")]);
  });

  it("lets the newer article's different value lead a question about now (2030 in 2025 over 2026 in 2024)", () => {
    const x = lead("By what year could all the upcoming Alfa models be launched now?");
    expect([x.best.id, year(x.best)]).toEqual([id("2025 will be the year of the new Stelvio"), "2024"]);
    expect([x.lead.id, year(x.lead)]).toEqual([id("If all these models launch by 2030"), "2025"]);
  });

  // Bug (recency.ts): the 2025 sentence that dates the new Giulia ("the next generations of
  // Stelvio and Giulia, expected between 2026 and 2028") is skipped because another clause
  // of it names the Tonale's successor, and "When the Giulia was first unveiled, ..." (the
  // launch years ago) leads instead: bot.answer says "When the Giulia was first unveiled".
  it.fails("lets the 2025 'between 2026 and 2028' lead 'When is the new Giulia coming now?'", () => {
    expect(lead("When is the new Giulia coming now?").lead.id).toBe(id(MELFI));
  });
});

describe("a figure for another market is no answer for the one asked about", () => {
  it("declines the US half-year sales: the seed's figure is worldwide and Italy's, and its next sentence carries that on", () => {
    // The article names the US elsewhere (a plant in Detroit): that must not lend the US to "33,020 vehicles worldwide".
    expect(bot.answer("How many cars did Alfa Romeo sell in the US in the first half of 2025?").answered).toBe(false);
    expect(bot.answer("Quante auto ha venduto Alfa Romeo negli Stati Uniti nel primo semestre 2025?").answered).toBe(false);
    expect(bot.answer("How many cars did Alfa Romeo sell in Italy in the first half of 2025?").text).toMatch(/^16,819, according to/);
  });

  it("still lets the paragraph lend the market it names, even beside a market compared with", () => {
    // Written for this test: the figure's sentence says "its", the one before names the US.
    const text = "Alfa Romeo keeps losing ground in the United States.\n\nOnce its second market after Italy, it counted only 2,828 registrations in the first five months of 2025.";
    const meta = { file: "910_us.txt", title: "A hard year across the Atlantic", language: "en" as const, author: null, date: "2025-06", dateInferred: false, url: null };
    const grown = createBrandbot(withArticle(corpus, meta, text), { gazetteer: loadGazetteer() });
    expect(grown.answer("How many Alfas were registered in the US in the first five months of 2025?").text).toMatch(/^2,828/);
  });

  it("leaves a date alone: a launch in the US is not undone by production in Italy", () => {
    // Written for this test: the title names the US, the sentence another market.
    const text = "The new flagship will go on sale in 2027, a year after production starts in Italy.";
    const meta = { file: "911_flagship.txt", title: "Alfa Romeo's flagship for the United States", language: "en" as const, author: null, date: "2025-06", dateInferred: false, url: null };
    const grown = createBrandbot(withArticle(corpus, meta, text), { gazetteer: loadGazetteer() });
    expect(grown.answer("When will the new flagship go on sale in the US?").text).toMatch(/^2027, according to/);
  });
});

describe("a year held only where it answers something else does not stop the search for one", () => {
  // "this year" dates the teaser (2021, from the article's date): the best-covering sentence holds a
  // year, but not as the answer; the sentence that gives the year asked for must still be scored.
  const text = [
    "Stellantis teased a plug-in hybrid Alfa Romeo reveal this year in its electrification timeline.",
    "The carmaker has said it will be an all-electric brand by 2027, to the dismay of fans of its Ferrari-derived engines.",
  ].join("\n\n");
  const grown = withArticle(corpus, { file: "929_elettrica.txt", title: "Dealers wait for the Tonale", language: "en", author: null, date: "2021-02-07", dateInferred: false, url: null }, text);
  const grownIndex = buildCorpusIndex(grown, undefined, {}, loadGazetteer());

  it("scores the sentence that states the year when the chosen few hold none where asked", () => {
    const u = understand("By what year does Alfa Romeo want to be an all-electric brand?", grownIndex, compileIntents(grownIndex), compileAnswerTypeCues(grownIndex), defaults.understand);
    // Only the best-covering hit is rescored first: the teaser, whose year answers nothing asked.
    const ranked = rankSentences(grownIndex, u, { ...defaults.rank, rescored: 1 });
    expect(ranked[0]?.sentence.text).toContain("this year");
    expect(ranked[0]?.typeOk).toBe(false);
    const answer = ranked.find((x) => isAnswer(x, defaults.rank));
    expect(answer?.sentence.text).toContain("all-electric brand by 2027");
  });
});
