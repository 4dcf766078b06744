import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/engine/compose.js";
import type { IndexedSentence } from "../../../src/engine/corpus-index.js";
import { compileAnswerTypeCues, compileIntents, understand } from "../../../src/engine/understand.js";
import { amountAt, amountOf, compareAmounts } from "../../../src/engine/amounts.js";
import { askedAmount, asksThroughClause, assertedValue, compileYesNo, directionOf, judgeValues, nestedPlaces, plans, questionShape, stance } from "../../../src/engine/verdict.js";
import { defaults } from "../../../src/engine/brandbot.js";
import { fold } from "../../../src/text/normalize.js";
import { bot as seedBot, corpus, index, withArticle } from "../../helpers/corpus.js";
import { loadGazetteer } from "../../../adapters/runtime/gazetteer.js";
import { createBrandbot } from "../../../src/index.js";
import { periodOf } from "../../../src/engine/dates.js";
import { writtenSentence } from "../../helpers/engine.js";

const rules = compileYesNo(corpus.vocabulary);
const intents = compileIntents(index);
const cues = compileAnswerTypeCues(index);
const understood = (q: string) => understand(q, index, intents, cues, defaults.understand);

/** The value a yes/no question asserts, as [its words, its answer type]. */
function assertedIn(q: string): [string, string] | undefined {
  const u = understood(q);
  const v = assertedValue(u, index.lexicon, q, questionShape(q, u, rules));
  return v && [v.slot.surface, v.type];
}

/** The seed sentence that holds `text`. */
function sentence(text: string): IndexedSentence {
  const s = index.sentences.find((x) => x.text.includes(text));
  if (!s) throw new Error(`no seed sentence holds ${text}`);
  return s;
}

/** The keys of a sentence's slots written as one of `words`: what a question asked about. */
const asked = (s: IndexedSentence, words: string[]) => new Set(s.slots.filter((x) => words.includes(fold(x.surface))).flatMap((x) => x.keys));

describe("how a question is put", () => {
  it("sets aside the names after 'besides' and 'oltre a', not the others", () => {
    const en = "Will Cassino get more Alfa Romeo models besides the Giulia and Stelvio?";
    expect([...questionShape(en, understood(en), rules).excluded].map((s) => s.surface)).toEqual(["Giulia", "Stelvio"]);
    const it = "Cassino avrà altri modelli oltre a Giulia e Stelvio?";
    expect([...questionShape(it, understood(it), rules).excluded].map((s) => s.surface)).toEqual(["Giulia", "Stelvio"]);
    const none = "Is the Stelvio built in Pomigliano?";
    expect(questionShape(none, understood(none), rules).excluded.size).toBe(0);
  });

  it("takes a closing tag and an embedded 'whether' for a yes/no question, and a year put as a fragment", () => {
    const a = seedBot.answer("junior has almost 50k orders, right?");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/^Yes\. Close to 50,000 orders/);
    expect(seedBot.answer("La Junior ha quasi 50.000 ordini, vero?").verdict).toBe("yes");
    expect(seedBot.answer("Buongiorno, vorrei sapere se Jean-Philippe Imparato, durante il suo giro negli stabilimenti italiani, ha visitato anche quello di Pomigliano d'Arco.").verdict).toBe("yes");
    expect(seedBot.answer("new stelvio coming in 2025?").verdict).toBe("changed");
    // Chat typing drops the apostrophe: "wont" denies as "won't" does, so the denial in the quote agrees.
    expect(seedBot.answer("did the alfa north america guy say their US factory wont be built from the ground up?").verdict).toBe("yes");
    // An amount put after a word that sizes it is asserted too; "near" is "nearly" before an amount.
    expect(seedBot.answer("junior already near 50k orders?").verdict).toBe("yes");
    expect(seedBot.answer("Junior over 100,000 orders?").verdict).toBe("no");
    // Asking where, inside a request, is still asking where.
    expect(seedBot.answer("I'd like to know where the Tonale is built.").verdict ?? null).toBeNull();
  });

  it("asserts the last name of a kind that has values, not a segment that frames it", () => {
    expect(assertedIn("Secondo Imparato la Cina è il mercato numero uno al mondo per le auto di segmento E?")).toEqual(["Cina", "place"]);
    expect(assertedIn("Is the Stelvio built in Pomigliano?")).toEqual(["Pomigliano", "place"]);
  });

  it("never asserts the names listed as the subject; a platform is a value, a segment is not", () => {
    expect(assertedIn("Will the next Giulia and Stelvio use the STLA Large platform?")).toEqual(["STLA Large", "platform"]);
    expect(assertedIn("Are the next Giulia and Stelvio going to be fully electric?")).toBeUndefined();
    expect(assertedIn("Are the Giulia, the Stelvio and the Tonale built in Cassino?")).toEqual(["Cassino", "place"]);
  });

  it("reads which way a change is asked about, in both languages", () => {
    const shape = (q: string) => questionShape(q, understood(q), rules);
    expect(shape("Did Alfa Romeo's sales in the US go up in 2025?").direction).toBe("up");
    expect(shape("Did Alfa Romeo's US sales fall in 2025?").direction).toBe("down");
    expect(shape("Le vendite di Alfa Romeo negli Stati Uniti sono cresciute nel 2025?").direction).toBe("up");
    expect(shape("Le vendite negli Stati Uniti sono calate nel 2025?").direction).toBe("down");
    expect(shape("Is the Stelvio built in Pomigliano?").direction).toBeUndefined();
  });

  it("tells a question about what can be from one about what is", () => {
    const shape = (q: string) => questionShape(q, understood(q), rules);
    expect(shape("Can Alfa Romeo realistically hit Marchionne's 400,000 sales a year?").possible).toBe(true);
    expect(shape("Alfa Romeo potrà raggiungere 400.000 vendite?").possible).toBe(true);
    expect(shape("Did Alfa Romeo expect to sell 80-90 thousand cars in 2024?").possible).toBe(false);
    // Doubt about the future ("really", "davvero") asks whether it can, too; of the past it only stresses.
    expect(shape("Will Alfa really sell 400,000 cars a year?").possible).toBe(true);
    expect(shape("Alfa venderà davvero 400.000 auto l'anno?").possible).toBe(true);
    expect(shape("Did Alfa really sell 20,000 cars in Italy?").possible).toBe(false);
    // "davvero" ends like a future ("farò"), folded: that reading is gone.
    expect(shape("Alfa ha davvero venduto 20.000 auto in Italia?").possible).toBe(false);
    expect(shape("Will Alfa sell between 80 and 90 thousand cars in 2024?").possible).toBe(false);
  });

  it("takes a target for no answer to a doubt that it will be reached; a doubt about the past keeps its figure", () => {
    expect(seedBot.answer("Will Alfa really reach 400,000 sales a year?").verdict).toBeNull();
    expect(seedBot.answer("Is Alfa actually going to sell 400,000 cars a year?").verdict).toBeNull();
    expect(seedBot.answer("Will Alfa sell between 80 and 90 thousand cars in 2024?").text).toMatch(/^Yes\. Between 80 and 90 thousand cars, according to/);
    expect(seedBot.answer("Will Alfa sell at least 80,000 cars in 2024?").text).toMatch(/^Yes\. Between 80 and 90 thousand cars, according to/);
    expect(seedBot.answer("Did Alfa really sell 20,000 cars in Italy in the first half of 2025?").text).toMatch(/^No\. 16,819, according to/);
    expect(seedBot.answer("Alfa ha davvero venduto 20.000 auto in Italia nel primo semestre 2025?").text).toMatch(/^No\. 16,819, secondo/);
  });
});

describe("numbers are compared with the words around them", () => {
  const seed = (text: string, number: string) => {
    const s = sentence(text);
    return amountAt(s.text, s.text.indexOf(number), rules, ["en", "it"]);
  };

  it("reads the seed sentences' 'close to', 'roughly', 'far short of the' and 'between 80 and 90 thousand'", () => {
    expect(seed("already close to 50,000 orders", "50,000")).toEqual(amountOf("<~", 50000));
    expect(seed("roughly 70,000 units", "70,000")).toEqual(amountOf("~", 70000));
    expect(seed("far short of the 400,000", "400,000")).toEqual(amountOf("<", 400000));
    expect(seed("registered 33,020 vehicles", "33,020")).toEqual(amountOf("=", 33020));
    expect(seed("between 80 and 90 thousand cars", "80")).toMatchObject({ lo: 80000, hi: 90000 });
    // A share is not an amount.
    expect(seed("34% sales drop", "34")).toBeUndefined();
  });

  it("reads the question's own relation, in both languages", () => {
    const of = (q: string) => {
      const u = understood(q);
      const slot = u.slots.filter((s) => s.kind === "number").find((s) => !/^(?:19|20)\d\d$/.test(s.surface));
      return slot && askedAmount(q, slot, u.language, rules);
    };
    expect(of("La Junior ha già superato i 50.000 ordini?")?.amount).toEqual(amountOf(">", 50000));
    expect(of("La Junior ha quasi 50.000 ordini?")?.amount).toEqual(amountOf("<~", 50000));
    expect(of("Does the Junior have fewer than 60,000 orders?")?.amount).toEqual(amountOf("<", 60000));
    expect(of("Can Alfa Romeo realistically hit Marchionne's 400,000 sales a year?")?.amount).toEqual(amountOf(">=", 400000));
    expect(of("Did Alfa Romeo expect to sell 80-90 thousand cars in 2024?")?.amount).toMatchObject({ lo: 80000, hi: 90000 });
    expect(of("Did Alfa Romeo register more than 30,000 cars in the first half of 2025?")).toMatchObject({ partial: true });
    expect(of("did alfa really register 33k+ cars worldwide?")?.amount).toEqual(amountOf(">=", 33000));
  });

  it("settles what the intervals settle and nothing else", () => {
    const close = amountOf("<~", 50000);
    expect(compareAmounts(close, amountOf(">", 50000))).toBe("no");
    expect(compareAmounts(close, amountOf("=", 50000))).toBe("no");
    expect(compareAmounts(close, amountOf("<", 60000))).toBe("yes");
    expect(compareAmounts(close, amountOf(">", 40000))).toBe("yes");
    expect(compareAmounts(close, amountOf(">", 48000))).toBeNull();
    const roughly = amountOf("~", 70000);
    expect(compareAmounts(roughly, amountOf("=", 70000))).toBe("yes");
    expect(compareAmounts(roughly, amountOf(">", 100000))).toBe("no");
    expect(compareAmounts(roughly, amountOf(">", 68000))).toBeNull();
    const range = { lo: 80000, hi: 90000, loOpen: false, hiOpen: false, approximate: false };
    expect(compareAmounts(range, amountOf(">", 80000))).toBeNull();
    expect(compareAmounts(range, amountOf("<", 100000))).toBe("yes");
    // "Around 100k?" reaches down to 90,000: a range that only touches it is not it.
    expect(compareAmounts(range, amountOf("~", 100000))).toBe("no");
    expect(compareAmounts(range, amountOf("~", 90000))).toBeNull();
  });

  it("judges findings from seeds: 'close to 50,000' has not exceeded it; a first-half count and a target settle nothing", () => {
    const finding = (text: string, phrase: string): Finding => {
      const s = sentence(text);
      const doc = index.corpus.documents[s.doc]!;
      return {
        phrase,
        clause: s.text,
        sentenceIds: [s.id],
        citation: { source: doc.meta.file, title: doc.meta.title, quote: s.text, date: doc.meta.date, dateInferred: false, url: null, start: s.start, end: s.end },
      };
    };
    const judge = (question: string, number: string, findings: Finding[], factual = true) => {
      const u = understood(question);
      const slot = u.slots.find((s) => s.surface === number)!;
      return judgeValues(findings, slot, index.lexicon, { asked: askedAmount(question, slot, u.language, rules)!, rules, factual });
    };
    const orders = [finding("already close to 50,000 orders", "close to 50,000 orders")];
    expect(judge("La Junior ha già superato i 50.000 ordini?", "50.000", orders)).toBe("no");
    // Without the words around the number, the same finding states 50,000: the old "yes".
    expect(judgeValues(orders, understood("La Junior ha già superato i 50.000 ordini?").slots.find((s) => s.surface === "50.000")!, index.lexicon)).toBe("yes");
    const half = [finding("registered 33,020 vehicles worldwide", "33,020 vehicles")];
    expect(judge("Will Alfa Romeo register more than 100,000 cars in 2025?", "100,000", half)).toBeNull();
    expect(judge("Did Alfa Romeo register more than 30,000 cars in 2025?", "30,000", half)).toBe("yes");
    const target = [finding("set an ambitious target for Alfa Romeo", "400,000 annual registrations")];
    expect(judge("Has Alfa Romeo reached 400,000 sales?", "400,000", target)).toBeNull();
    const forecast = [finding("expects to sell between 80 and 90 thousand cars", "between 80 and 90 thousand cars")];
    expect(judge("Did Alfa Romeo expect to sell 80-90 thousand cars in 2024?", "90 thousand", forecast, false)).toBe("yes");
  });

  it("tells a question about what happened from one about a plan or the future", () => {
    const factual = (q: string) => questionShape(q, understood(q), rules).factual;
    expect(factual("Has Alfa Romeo reached 400,000 sales?")).toBe(true);
    expect(factual("Did Alfa Romeo expect to sell 80-90 thousand cars in 2024?")).toBe(false);
    expect(factual("Will Alfa Romeo register more than 100,000 cars in 2025?")).toBe(false);
    expect(factual("Alfa Romeo venderà più di 100.000 auto nel 2025?")).toBe(false);
    expect(factual("La Junior ha già superato i 50.000 ordini?")).toBe(true);
    // What someone said would happen is a forecast.
    expect(factual("Did Imparato say Alfa would sell around 100k cars in 2024?")).toBe(false);
  });
});

describe("how a seed sentence puts its claim", () => {
  it("reads a plan only in the clause holding the asked words: the re-entry is stated, the ambition is another clause's", () => {
    const s = sentence("This car marks the brand’s re-entry into the B-segment");
    expect(plans(s, rules, asked(s, ["re-entry"]))).toBe(false);
    expect(plans(s, rules, asked(s, ["win back"]))).toBe(true);
    // No asked word in it: the whole sentence speaks of an ambition.
    expect(plans(s, rules, new Set())).toBe(true);
  });


  it("a hedge that opens a clause covers the denial inside it", () => {
    const s = sentence("it cannot be excluded that, unlike other car manufacturers");
    expect(stance(s, "en", rules, asked(s, ["focus", "suv", "sedans"]))).toBe("hedged");
  });

  it("doubts, open questions and proposals hedge: 'pone interrogativi seri sullo stabilimento', 'remains uncertain', 'a proposal for'", () => {
    for (const [text, language, words] of [
      ["Il rinvio delle nuove Giulia e Stelvio pone interrogativi seri sullo stabilimento di Cassino.", "it", ["stabilimento"]],
      ["The future of the Cassino plant remains uncertain.", "en", ["plant"]],
      ["The designers also received a proposal for an estate version of the sedan.", "en", ["estate"]],
    ] as const) {
      const s = writtenSentence(text, language);
      expect(stance(s, language, rules, asked(s, [...words]))).toBe("hedged");
    }
  });

  it("'cannot be ruled out' hedges; 'will not be built' and 'cannot be enough' deny", () => {
    const ruledOut = sentence("cannot be ruled out");
    expect(stance(ruledOut, "en", rules, asked(ruledOut, ["models", "arrival"]))).toBe("hedged");
    const scratch = sentence("it will not be built from scratch");
    expect(stance(scratch, "en", rules, asked(scratch, ["built", "scratch"]))).toBe("denied");
    const enough = sentence("certainly cannot be enough");
    expect(stance(enough, "en", rules, asked(enough, ["enough"]))).toBe("denied");
  });

  it("a denial in a relative clause is about that clause's subject, not the words before it", () => {
    // Written here, after an article about the 33 Stradale.
    const s = writtenSentence("The supercar comes with a V6 or a fully electric powertrain of which details haven't yet been announced.", "en");
    expect(stance(s, "en", rules, asked(s, ["electric"]))).toBe("plain");
    const built = writtenSentence("The electric version will not be built, the brand said.", "en");
    expect(stance(built, "en", rules, asked(built, ["electric"]))).toBe("denied");
  });

  it("a hedge bears on what follows it, not on an earlier clause", () => {
    const s = sentence("aimed at a younger and more international audience, could represent");
    expect(stance(s, "en", rules, asked(s, ["aimed at", "younger"]))).toBe("plain");
    expect(stance(s, "en", rules, asked(s, ["turning point", "represent"]))).toBe("hedged");
    // "is not clear" right after what it doubts.
    const located = sentence("will be located is not clear");
    expect(stance(located, "en", rules, asked(located, ["located"]))).toBe("hedged");
  });

  it("a plan the sentence says was the original one is denied, and a question about the original plan agrees with it", () => {
    const en = writtenSentence("Stellantis had originally intended to sell the next Stelvio only as an EV, but it now plans a hybrid too.", "en");
    expect(stance(en, "en", rules, asked(en, ["sell", "ev"]))).toBe("denied");
    const it = writtenSentence("In origine dovevano essere solamente elettriche, ma poi i piani sono cambiati.", "it");
    expect(stance(it, "it", rules, asked(it, ["elettriche"]))).toBe("denied");
    const q = "Did Stellantis originally plan to sell the next Stelvio only as an EV?";
    expect(questionShape(q, understood(q), rules).reversed).toBe(true);
  });

  it("a denial far from the asked value says nothing of it", () => {
    const s = sentence("it will not be built from scratch");
    expect(stance(s, "en", rules, asked(s, ["plant"]), { phrase: "Belvedere Illinois", lexicon: index.lexicon })).not.toBe("denied");
  });

  it("a hedge in the subject of \"is\" hedges what the sentence says it is, however far", () => {
    const s = sentence("it will not be built from scratch");
    expect(stance(s, "en", rules, asked(s, ["plant"]), { phrase: "Belvedere Illinois", lexicon: index.lexicon })).toBe("hedged");
    const it = writtenSentence("Per la nuova fabbrica americana la sede più probabile secondo gli analisti del settore è lo stabilimento di Belvidere.", "it");
    expect(stance(it, "it", rules, asked(it, ["fabbrica"]), { phrase: "Belvidere", lexicon: index.lexicon })).toBe("hedged");
    const plain = writtenSentence("The most important plant for the brand is Cassino, where the Giulia is built.", "en");
    expect(stance(plain, "en", rules, asked(plain, ["plant"]), { phrase: "Cassino", lexicon: index.lexicon })).toBe("plain");
  });

  it("finds the asked value by the name the sentence gives it, and a hedge in another clause says nothing of it", () => {
    // The extractor normalises "US market" to "the United States"; the "If we want..." clause hedges only itself.
    const s = sentence("The first market in the world for the E-segment is the US market");
    const value = { phrase: "the United States", lexicon: index.lexicon };
    expect(stance(s, "en", rules, asked(s, ["market", "world", "global"]), value)).toBe("plain");
    expect(stance(s, "en", rules, asked(s, ["global"]))).toBe("hedged");
  });

  it("reads 'May 31' as a date, not as the hedge 'may'", () => {
    const s = sentence("visited the Cassino Stellantis plant in Piedimonte San Germano on May 31");
    expect(stance(s, "en", rules, asked(s, ["visited"]), { phrase: "May 31", lexicon: index.lexicon })).toBe("plain");
  });

  it("an Italian seed sentence stating a plant plainly is plain", () => {
    const s = sentence("la visita al Cassino Plant dove nascono le Giulia e Stelvio");
    expect(stance(s, "it", rules, asked(s, ["nascono"]))).toBe("plain");
  });

  it("reads the direction of a change next to the asked word: 'a 34% sales drop' went down", () => {
    const s = sentence("34% sales drop");
    expect(directionOf(s, rules, asked(s, ["sales"]))).toBe("down");
    expect(directionOf(sentence("already close to 50,000 orders"), rules, new Set())).toBeUndefined();
  });
});

describe("asksThroughClause: a question word inside a yes/no question", () => {
  it("reads one after a noun as opening a clause, so the question asks no type of answer", () => {
    expect(asksThroughClause("Is the Junior meant to win back people who used to drive a MiTo?", "en", rules)).toBe(true);
    expect(asksThroughClause("Is Cassino the plant where the Giulia is built?", "en", rules)).toBe(true);
    expect(asksThroughClause("La Junior è pensata per chi guidava una MiTo?", "it", rules)).toBe(true);
  });

  it("still asks after a word that embeds a question, or at the start", () => {
    expect(asksThroughClause("Do you know where the Giulia is built?", "en", rules)).toBe(false);
    expect(asksThroughClause("Sai dove viene costruita la Giulia?", "it", rules)).toBe(false);
    expect(asksThroughClause("Where is the Giulia built?", "en", rules)).toBe(false);
    expect(asksThroughClause("Is the Giulia built in Cassino?", "en", rules)).toBe(false);
  });
});

describe("a year put as part of it", () => {
  // Written for this test: one article, one date, put as the end of the year.
  const meta = { file: "909_facelift.txt", title: "Tonale facelift timing", language: "en" as const, author: null, date: "2025-04", dateInferred: false, url: null };
  const bot = createBrandbot(withArticle(corpus, meta, "The Tonale facelift will arrive at the end of 2025, Alfa Romeo confirmed."), { gazetteer: loadGazetteer() });

  it("reads the months each part covers, in both languages", () => {
    expect(periodOf("Is the facelift coming in mid-2025?", "2025")).toEqual({ from: 5, to: 8, deadline: false });
    expect(periodOf("the third quarter of 2027", "2027")).toEqual({ from: 7, to: 9, deadline: false });
    // A deadline: met up to its end ("by", "entro"), or only before it begins ("before").
    expect(periodOf("entro la fine del 2025", "2025")).toEqual({ from: 9, to: 12, deadline: true });
    expect(periodOf("before the summer of 2026", "2026")).toEqual({ from: 1, to: 5, deadline: true });
    // A verb before the year is no part of it.
    expect(periodOf("Will the Stelvio start production in 2025?", "2025")).toBeUndefined();
    expect(periodOf("Did Tonale sales fall in 2025?", "2025")).toBeUndefined();
    expect(periodOf("Will Giulia production end in 2026?", "2026")).toBeUndefined();
  });

  it("says no when the parts do not overlap, yes when they do or the question names the whole year", () => {
    expect(bot.answer("Is the Tonale facelift coming in mid-2025?").verdict).toBe("no");
    expect(bot.answer("Is the Tonale facelift coming in late 2025?").verdict).toBe("yes");
    expect(bot.answer("Is the Tonale facelift coming in 2025?").verdict).toBe("yes");
  });

  it("takes a deadline as met by any earlier part of the year", () => {
    const mid = createBrandbot(withArticle(corpus, { ...meta, file: "912_facelift.txt" }, "The Tonale facelift will arrive in mid-2025, Alfa Romeo confirmed."), { gazetteer: loadGazetteer() });
    expect(mid.answer("Will the Tonale facelift arrive by the end of 2025?").verdict).toBe("yes");
    expect(mid.answer("Will the Tonale facelift arrive before the summer of 2025?").verdict).toBe("no");
  });
});

describe("a day put as the date", () => {
  // The seed article 003 says Imparato visited Cassino "on May 31"; the article itself is dated 2 June 2024.
  it("says no to another day, even the article's own date, in either language", () => {
    const it_ = seedBot.answer("Imparato ha visitato lo stabilimento di Cassino il 2 giugno 2024 per la piattaforma STLA Large?");
    expect(it_.verdict).toBe("no");
    expect(it_.citations[0]?.quote).toContain("on May 31");
    expect(seedBot.answer("Did Imparato visit Cassino on June 2?").verdict).toBe("no");
  });

  it("says yes to the day the quote gives, written in the other language", () => {
    expect(seedBot.answer("Imparato è stato a Cassino il 31 maggio?").verdict).toBe("yes");
    expect(seedBot.answer("Did Imparato visit the Cassino plant on May 31?").verdict).toBe("yes");
  });
});

describe("a sum asked about, and a name a rumour raises", () => {
  // Written for this test (facts as reported in 2023): a count and a price in one sentence, and a rumoured name.
  const meta = { file: "913_supercar.txt", title: "The new supercar", language: "en" as const, author: null, date: "2023-08", dateInferred: false, url: null };
  const text =
    "Alfa Romeo will only build 33 of the 33 Stradale, and a report says prices start at €3 million. " +
    "Rumors suggest that the Alfa Romeo E-SUV might be followed, about a year later, by another E-segment model, possibly a coupe-style sedan, potentially named New Alfa Romeo GTV.";
  const bot = createBrandbot(withArticle(corpus, meta, text), { gazetteer: loadGazetteer() });

  it("takes a year naming the subject ('the 2027 flagship') for no asserted value, and a year asked about for one", () => {
    expect(assertedIn("Will the big 2027 Alfa Romeo flagship be a sedan?")).toBeUndefined();
    expect(assertedIn("Will the Giulia arrive in 2026?")).toEqual(["2026", "time"]);
    expect(assertedIn("La nuova Giulia arriverà entro il 2026?")).toEqual(["2026", "time"]);
  });

  it("takes a number written with its currency as a sum of money, not a count", () => {
    expect(assertedIn("Does the Junior cost €30,000?")).toEqual(["30,000", "money"]);
    expect(assertedIn("Will Stellantis invest 13 billion dollars?")).toEqual(["13", "money"]);
    expect(assertedIn("Will Alfa Romeo sell 400,000 cars?")).toEqual(["400,000", "quantity"]);
    expect(assertedIn("La Junior costa 30 mila euro?")).toEqual(["30 mila", "money"]);
    // The count of cars built is no answer to a price ("No. 33" was given); a price is matched as written.
    expect(bot.answer("Does the 33 Stradale cost €3 million?").text).toMatch(/^Yes\. €3 million, according to/);
    expect(bot.answer("Does the 33 Stradale cost €2 million?").text).toMatch(/^No\. €3 million, according to/);
  });

  it("leaves open a name that a hedged quote raises itself, though it names another model", () => {
    const a = bot.answer("Will Alfa's second E-segment model be called GTV?");
    expect(a.citations[0]?.quote).toContain("potentially named New Alfa Romeo GTV");
    expect(a.verdict).toBeNull();
  });
});

describe("clefts, denials inside the question, and negations that deny nothing", () => {
  const shape = (q: string) => questionShape(q, understood(q), rules);

  it("asserts the name a cleft puts first, in both languages", () => {
    expect(assertedIn("Was it Larry Dominique who said the US plant won't be built from scratch?")).toEqual(["Larry Dominique", "person"]);
    expect(assertedIn("È stato Imparato a visitare Cassino?")).toEqual(["Imparato", "person"]);
    expect(assertedIn("Is the Stelvio built in Pomigliano?")).toEqual(["Pomigliano", "place"]);
  });

  it("reads a denial inside what is asked as the question's own, not an opening 'isn't' or a closing 'or not'", () => {
    expect(shape("Did Larry Dominique say the US plant won't be built from scratch?").reversed).toBe(true);
    expect(shape("Isn't the Stelvio built in Cassino?").reversed).toBe(false);
    expect(shape("Is the Stelvio built in Cassino or not?").reversed).toBe(false);
    // A fall by an amount is a change, not a plan dropped.
    expect(shape("Did Giulia sales drop by 36% in the third quarter?").reversed).toBe(false);
    expect(shape("Was the US plan dropped?").reversed).toBe(true);
  });

  it("answers a cleft by who the quote names, and a denial asked by a denial quoted", () => {
    expect(seedBot.answer("Was it Larry Dominique who said the US plant won't be built from scratch?").verdict).toBe("yes");
    const other = seedBot.answer("Was it Imparato who said the US plant won't be built from scratch?");
    expect(other.verdict).toBe("no");
    expect(other.text).toMatch(/^No\. Larry Dominique, according to/);
  });

  it("takes 'non è un caso che' and 'not only' as no denial", () => {
    const s = sentence("Non è un caso che proprio da quelle parti Imparato");
    expect(stance(s, "it", rules, asked(s, ["recato", "concessionaria"]))).toBe("plain");
    expect(seedBot.answer("Was it Imparato who visited the Eco Liri dealership?").verdict).toBe("yes");
  });
});

describe("a number doubted with a reaching verb", () => {
  it("is settled by the number the articles give when none gives the doubted one", () => {
    // "hit" reads as "can it reach?"; no quote says 100,000, and the forecast of 80-90 thousand answers it.
    const a = seedBot.answer("So is Alfa Romeo expecting to hit around 100,000 cars sold globally by the end of 2024?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\. Between 80 and 90 thousand cars, according to/);
    // A quote that weighs the doubted number itself still answers by its stance.
    expect(seedBot.answer("Is Alfa going to hit 400k sales a year by 2030?").citations[0]?.quote).toContain("400,000");
  });
});

describe("who set a target, and what a target was", () => {
  it("asserts the name a cleft singles out, even with no other name in the question", () => {
    expect(assertedIn("Fu Marchionne a fissare l'obiettivo delle 400.000 Alfa vendute all'anno?")).toEqual(["Marchionne", "person"]);
    expect(assertedIn("Is Carlos Tavares the one presenting Stellantis' new industrial plan in early 2026?")).toEqual(["Carlos Tavares", "person"]);
    expect(seedBot.answer("Fu Marchionne a fissare l'obiettivo delle 400.000 Alfa vendute all'anno?").verdict).toBe("yes");
    const other = seedBot.answer("Is Carlos Tavares the one presenting Stellantis' new industrial plan in early 2026?");
    expect(other.verdict).toBe("no");
    expect(other.text).toMatch(/^No\. Antonio Filosa, according to/);
  });

  it("reads 'è vero che' and 'is it true that' as a way of asking, before a cleft too", () => {
    expect(assertedIn("È vero che è stato Marchionne a scegliere Imparato come CEO di Alfa Romeo?")).toEqual(["Marchionne", "person"]);
    const a = seedBot.answer("È vero che è stato Marchionne a scegliere Imparato come CEO di Alfa Romeo?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\. Carlos Tavares, secondo/);
    expect(seedBot.answer("Is it true that Imparato visited Cassino on May 31?").verdict).toBe("yes");
  });

  it("asserts the person a question names as its subject when nothing else it asserts settles it", () => {
    for (const q of ["Will Carlos Tavares present Stellantis's new industrial plan in early 2026?", "Carlos Tavares presenterà il nuovo piano di Stellantis nel 2026?"]) {
      const a = seedBot.answer(q);
      expect(a.verdict).toBe("no");
      expect(a.text).toMatch(/^No\. Antonio Filosa, (?:according to|secondo)/);
    }
    // A place named after the subject is still what is asserted.
    expect(assertedIn("Did Imparato visit Cassino?")).toEqual(["Cassino", "place"]);
  });

  it("leaves 'other models besides...' unsettled by a quote that says they cannot be ruled out", () => {
    for (const q of ["Will Cassino get other new Alfa Romeo models besides the Giulia and Stelvio?", "Besides Giulia and Stelvio, will Cassino get any other new Alfa Romeo models in the future?"]) {
      const a = seedBot.answer(q);
      expect(a.verdict).toBeNull();
      expect(a.citations[0]?.quote).toContain("the arrival of new Alfa Romeo models at the plant in the future cannot be ruled out");
    }
  });

  it("reads 'inizio 2026' as part of a date, and a year that only dates the question leaves the name as what it asserts", () => {
    const a = seedBot.answer("il nuovo piano industriale Stellantis di inizio 2026 lo presenta Carlos Tavares?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\. Antonio Filosa, secondo/);
  });

  it("reads 'make a profit' as profit, not as making cars", () => {
    const a = seedBot.answer("Does Alfa Romeo still make a profit?");
    expect(a.verdict).toBe("yes");
    expect(a.citations[0]?.quote).toContain("is continuing to generate profits");
  });

  it("reads 'reaching 400,000' in a target as the target, not as at least 400,000", () => {
    expect(seedBot.answer("Did Marchionne once promise 500,000 Alfa sales a year?").text).toMatch(/^No\. 400,000 annual registrations, according to/);
    expect(seedBot.answer("Did Marchionne promise 400,000 Alfa sales a year?").verdict).toBe("yes");
  });

  it("answers a question about what is likely from a plan that says it is likely", () => {
    const shape = (q: string) => questionShape(q, understood(q), rules);
    expect(shape("Is the next-gen Tonale likely to come out of Melfi?").factual).toBe(false);
    const a = seedBot.answer("Is the next-gen Tonale likely to come out of Melfi?");
    expect(a.verdict).toBe("yes");
    expect(a.citations[0]?.quote).toContain("the successor to the Tonale, likely to be built in Melfi");
  });
});

describe("a month asserted", () => {
  it("judges 'in April' against the date the article gives", () => {
    expect(assertedIn("Did Imparato go to Cassino to check on the STLA Large line in April?")).toEqual(["April", "time"]);
    expect(seedBot.answer("Did Imparato go to Cassino to check on the STLA Large line in April?").text).toMatch(/^No\. May 31, according to/);
  });
});

describe("how much a quote must cover to settle a question", () => {
  it("settles a question the quote covers all but a light verb of", () => {
    const a = seedBot.answer("Does the Junior bring Alfa back into the B-segment?");
    expect(a.verdict).toBe("yes");
    expect(a.citations[0]?.quote).toContain("re-entry into the B-segment");
  });
});

describe("the reviewed edges of those rules", () => {
  const shape = (q: string) => questionShape(q, understood(q), rules);

  it("takes 'È stato X a <place>' for a visit, not a cleft, and 'whether or not' for no denial", () => {
    expect(shape("È stato Imparato a Cassino?").cleft).toBeUndefined();
    expect(shape("È stato Imparato a visitare Cassino?").cleft?.surface).toBe("Imparato");
    expect(shape("Did Filosa say whether or not Cassino will build the Stelvio?").reversed).toBe(false);
    expect(shape("Was the 8C dropped by 2024?").reversed).toBe(true);
  });

  it("reads only likelihood words, not 'may' or 'if', as asking what is expected", () => {
    expect(shape("Did Alfa sell 50,000 Juniors if the dealers are right?").factual).toBe(true);
    expect(shape("Is the Junior probably built in Tychy?").factual).toBe(false);
  });
});

describe("claims joined by 'and', a maker beside its car, a car's heir", () => {
  it("a hedge or denial right after 'and' opens the next claim: 'bring an electric sedan to market and probably not just one'", () => {
    const s = sentence("I will bring an electric sedan to market and probably not just one");
    expect(stance(s, "en", rules, asked(s, ["bring", "electric", "sedan", "market"]))).toBe("plain");
    expect(seedBot.answer("Will Alfa Romeo bring an electric sedan to market?").verdict).toBe("yes");
    expect(seedBot.answer("Alfa Romeo porterà sul mercato una berlina elettrica?").text).toMatch(/^Sì\. /);
  });

  it("a maker named beside its car stays in the probe: 'la Maserati Grecale' asks a Maserati, not any car of Cassino", () => {
    const q = "a cassino fanno anche la maserati grecale?";
    const u = understood(q);
    const value = u.slots.find((s) => s.surface === "grecale");
    expect(value && nestedPlaces(value, u.slots, index.lexicon, q)).toEqual([]);
    expect(seedBot.answer(q).text).not.toMatch(/Giulia e Stelvio/);
  });

  it("a place the title names frames a sentence that names no other: 'where the Maserati Grecale is currently being assembled' puts it in Cassino", () => {
    const a = seedBot.answer("a cassino fanno anche la maserati grecale?");
    expect(a.verdict).toBe("yes");
    expect(a.citations[0]?.quote).toContain("where the Maserati Grecale is currently being assembled");
  });

  it("a place beside the asserted one is still set aside with it", () => {
    const q = "Is the Stelvio built in Cassino, Italy?";
    const u = understood(q);
    const value = u.slots.find((s) => s.surface === "Cassino");
    expect(value && nestedPlaces(value, u.slots, index.lexicon, q).map((s) => s.surface)).toEqual(["Italy"]);
  });
});

describe("the car named as the one replaced", () => {
  it("'a Maserati car, probably the heir to the Levante' gives the heir, not the Levante", () => {
    expect(seedBot.answer("Which Maserati model will be built in Cassino from 2027?").text).toMatch(/^The heir to the Levante, according to/);
    expect(seedBot.answer("Quale Maserati fanno a Cassino?").text).not.toMatch(/^Levante,/);
  });
});
