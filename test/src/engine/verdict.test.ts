import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/engine/compose.js";
import type { IndexedSentence } from "../../../src/engine/corpus-index.js";
import { compileAnswerTypeCues, compileIntents, understand } from "../../../src/engine/understand.js";
import {
  askedNumber,
  compareNumbers,
  compileYesNo,
  directionOf,
  judgeValues,
  questionShape,
  relationBefore,
  stance,
} from "../../../src/engine/verdict.js";
import { defaults } from "../../../src/engine/brandbot.js";
import { fold } from "../../../src/text/normalize.js";
import { corpus, index } from "../../helpers/corpus.js";

const rules = compileYesNo(corpus.vocabulary);
const intents = compileIntents(index);
const cues = compileAnswerTypeCues(index);
const understood = (q: string) => understand(q, index, intents, cues, defaults.understand);

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
  });
});

describe("numbers are compared with the words around them", () => {
  const seed = (text: string, number: string) => {
    const s = sentence(text);
    return relationBefore(s.text, s.text.indexOf(number), rules, ["en", "it"]);
  };

  it("reads the seed sentences' 'close to', 'roughly' and 'far short of the'", () => {
    expect(seed("already close to 50,000 orders", "50,000")).toBe("<~");
    expect(seed("roughly 70,000 units", "70,000")).toBe("~");
    expect(seed("far short of the 400,000", "400,000")).toBe("<");
    expect(seed("registered 33,020 vehicles", "33,020")).toBe("=");
  });

  it("reads the question's own relation, in both languages", () => {
    const of = (q: string) => {
      const u = understood(q);
      const slot = u.slots.find((s) => s.kind === "number");
      return slot && askedNumber(q, slot, u.language, rules);
    };
    expect(of("La Junior ha già superato i 50.000 ordini?")).toMatchObject({ value: 50000, relation: ">" });
    expect(of("La Junior ha quasi 50.000 ordini?")).toMatchObject({ value: 50000, relation: "<~" });
    expect(of("Does the Junior have fewer than 60,000 orders?")).toMatchObject({ value: 60000, relation: "<" });
    expect(of("Can Alfa Romeo realistically hit Marchionne's 400,000 sales a year?")).toMatchObject({ value: 400000, relation: ">=" });
    expect(of("Did Alfa Romeo register more than 30,000 cars in the first half of 2025?")).toMatchObject({ relation: ">", partial: true });
  });

  it("settles what the intervals settle and nothing else", () => {
    const close = { value: 50000, relation: "<~" as const };
    expect(compareNumbers(close, { value: 50000, relation: ">" })).toBe("no");
    expect(compareNumbers(close, { value: 50000, relation: "=" })).toBe("no");
    expect(compareNumbers(close, { value: 60000, relation: "<" })).toBe("yes");
    expect(compareNumbers(close, { value: 40000, relation: ">" })).toBe("yes");
    expect(compareNumbers(close, { value: 48000, relation: ">" })).toBeNull();
    const roughly = { value: 70000, relation: "~" as const };
    expect(compareNumbers(roughly, { value: 70000, relation: "=" })).toBe("yes");
    expect(compareNumbers(roughly, { value: 100000, relation: ">" })).toBe("no");
    expect(compareNumbers(roughly, { value: 68000, relation: ">" })).toBeNull();
  });

  it("judges a finding from a seed: 'close to 50,000' has not exceeded 50,000; a first-half count does not settle a year", () => {
    const finding = (text: string, phrase: string): Finding => {
      const s = sentence(text);
      const doc = index.corpus.documents[s.doc]!;
      return {
        phrase,
        clause: s.text,
        citation: { source: doc.meta.file, title: doc.meta.title, quote: s.text, date: doc.meta.date, dateInferred: false, url: null, start: s.start, end: s.end },
      };
    };
    const exceeded = "La Junior ha già superato i 50.000 ordini?";
    const slot = understood(exceeded).slots.find((s) => s.kind === "number")!;
    const orders = [finding("already close to 50,000 orders", "close to 50,000 orders")];
    expect(judgeValues(orders, slot, index.lexicon, { asked: askedNumber(exceeded, slot, "it", rules)!, rules })).toBe("no");
    // Without the words around the number, the same finding states 50,000: the old "yes".
    expect(judgeValues(orders, slot, index.lexicon)).toBe("yes");
    const year = understood("Will Alfa Romeo register more than 100,000 cars in 2025?");
    const count = year.slots.find((s) => s.surface === "100,000")!;
    const half = [finding("registered 33,020 vehicles worldwide", "33,020 vehicles")];
    const asking = askedNumber("Will Alfa Romeo register more than 100,000 cars in 2025?", count, "en", rules)!;
    expect(judgeValues(half, count, index.lexicon, { asked: asking, rules })).toBeNull();
    expect(judgeValues(half, count, index.lexicon, { asked: { value: 30000, relation: ">", partial: false }, rules })).toBe("yes");
  });
});

describe("how a seed sentence puts its claim", () => {
  it("a hedge that opens a clause covers the denial inside it", () => {
    const s = sentence("it cannot be excluded that, unlike other car manufacturers");
    expect(stance(s, "en", rules, asked(s, ["focus", "suv", "sedans"]))).toBe("hedged");
  });

  it("'cannot be ruled out' hedges; 'will not be built' and 'cannot be enough' deny", () => {
    const ruledOut = sentence("cannot be ruled out");
    expect(stance(ruledOut, "en", rules, asked(ruledOut, ["models", "arrival"]))).toBe("hedged");
    const scratch = sentence("it will not be built from scratch");
    expect(stance(scratch, "en", rules, asked(scratch, ["built", "scratch"]))).toBe("denied");
    const enough = sentence("certainly cannot be enough");
    expect(stance(enough, "en", rules, asked(enough, ["enough"]))).toBe("denied");
  });

  it("a denial far from the asked value says nothing of it", () => {
    const s = sentence("it will not be built from scratch");
    expect(stance(s, "en", rules, asked(s, ["plant"]), "Belvedere Illinois")).not.toBe("denied");
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
