/**
 * spellingFix: an unknown word becomes the closest word the corpus or vocabulary knows;
 * real words, names we do not cover and regular word forms are left alone. `corrected`
 * rewrites a question with the fixes.
 */
import { describe, expect, it, vi } from "vitest";
import { corrected, memoSpelling, spellingFix } from "../../../src/engine/spelling.js";
import { tokenize } from "../../../src/text/normalize.js";
import type { Language } from "../../../src/types.js";
import { index } from "../../helpers/corpus.js";

/** The fix for `word` as it stands in `question` (its position matters: first words are special). */
function fixIn(question: string, word: string, language?: Language): string | undefined {
  const token = tokenize(question).find((t) => t.raw === word);
  if (!token) throw new Error(`test: "${word}" is not a token of "${question}"`);
  return spellingFix(index, token, language);
}

describe("misspelt names and words become the known ones", () => {
  it("fixes models, people and the group by one or two letters", () => {
    expect(fixIn("where is the giula bilt", "giula", "en")).toBe("giulia");
    expect(fixIn("when is the stelvo due", "stelvo", "en")).toBe("stelvio");
    expect(fixIn("Dove viene costruita la Tonalle?", "Tonalle", "it")).toBe("tonale");
    expect(fixIn("Imparatto visited Cassino", "Imparatto", "en")).toBe("imparato");
    expect(fixIn("who is the ceo of stelantis", "stelantis", "en")).toBe("stellantis");
  });

  it("leaves a short lowercase word one letter off a name alone ('flat' is not 'Fiat'), but fixes a letter left out", () => {
    expect(fixIn("does it keep four-wheel drive with a flat battery", "flat", "en")).toBeUndefined();
    expect(fixIn("is the fiat brand in the articles", "fiat", "en")).toBeUndefined();
    expect(fixIn("where is the tonal built", "tonal", "en")).toBe("tonale");
  });

  it("fixes two neighbouring letters typed the wrong way round, below nine letters too", () => {
    expect(fixIn("how many years of histroy does alfa romeo have", "histroy", "en")).toBe("history");
    expect(fixIn("wehre is the giulia built", "wehre", "en")).toBe("where");
    expect(fixIn("dove viene prodotta la Tonael?", "Tonael", "it")).toBe("tonale");
  });

  it("takes an eight-letter word two letters from a known one as a real word", () => {
    // "deadline" is not a misspelt "decline": two edits need nine letters or more.
    expect(fixIn("By which deadline year was Alfa supposed to reach the target?", "deadline", "en")).toBeUndefined();
  });

  it("fixes verbs in both languages", () => {
    expect(fixIn("where is the giula bilt", "bilt", "en")).toBe("built");
    expect(fixIn("chi ha sceltto Imparato", "sceltto", "it")).toBe("scelto");
  });

  // Was a bug, now fixed: the fuzzy search is Levenshtein, where a swap costs two edits, so the
  // commonest typos of the brand's best-known model stayed unknown and were declined.
  it("fixes two swapped letters: 'Giuila' and 'Guilia' are the Giulia", () => {
    expect(fixIn("Where is the Giuila built?", "Giuila", "en")).toBe("giulia");
    expect(fixIn("Quando arriva la nuova Guilia?", "Guilia", "it")).toBe("giulia");
  });
});

describe("a question's first word is most likely a question word", () => {
  it("fixes a cut or misspelt first word, even of three letters", () => {
    expect(fixIn("wher is it", "wher", "en")).toBe("where");
    expect(fixIn("wich plant builds it", "wich", "en")).toBe("which");
    expect(fixIn("wen is it", "wen", "en")).toBe("when");
  });

  it("never turns a word into a number word of its own length ('mette' may become another word, never 'sette'), but fixes a letter left out", () => {
    expect(fixIn("quanto sarà lungo il crossover che si mette tra junior e tonale", "mette", "it")).not.toBe("sette");
    expect(fixIn("sono quatro modelli?", "quatro", "it")).toBe("quattro");
  });

  it("does not turn a real word mid-question into a question word", () => {
    // "quarto" (fourth) is one letter from "quanto" (how much).
    expect(fixIn("il quarto modello", "quarto", "it")).toBeUndefined();
  });
});

describe("real words are left alone", () => {
  it("leaves words the corpus knows, and short words", () => {
    expect(fixIn("Where is the Giulia built?", "Giulia", "en")).toBeUndefined();
    expect(fixIn("Where is the Giulia built?", "built", "en")).toBeUndefined();
    expect(fixIn("it is the car", "car", "en")).toBeUndefined();
    expect(fixIn("where is it bilt", "it", "en")).toBeUndefined();
  });

  it("leaves another form of a word the articles use, and longer words with regular endings", () => {
    expect(fixIn("where are the plants merging", "merging", "en")).toBeUndefined();
    // Not "stated": a real word the articles lack keeps its meaning.
    expect(fixIn("Which plant started production?", "started", "en")).toBeUndefined();
    // Italian verbs in the infinitive or third person plural: "comprare" (to buy) is not a misspelt "copiare".
    expect(fixIn("Si potrà comprare la Junior in America?", "comprare", "it")).toBeUndefined();
    expect(fixIn("Dove la vendono?", "vendono", "it")).toBeUndefined();
    // ...but a capitalised word is a name, whatever its ending.
    expect(fixIn("nella fabbrica di Belvidere, in Illinois", "Belvidere", "it")).toBe("belvedere");
  });

  it("never turns a capitalised unknown name into an ordinary word", () => {
    expect(fixIn("Does Jeep build here?", "Jeep", "en")).toBeUndefined();
    expect(fixIn("Where is Fiat built?", "Fiat", "en")).toBeUndefined();
  });

  it("never fixes into the other language's words", () => {
    // English "logo" is not Italian "luogo"; Italian question, English-only "built" is no fix.
    expect(fixIn("where is the logo", "logo", "en")).toBeUndefined();
    expect(fixIn("Where is the Giulia bilt?", "bilt", "it")).toBeUndefined();
  });
});

describe("corrected: the question with its fixes", () => {
  it("rewrites only the misspelt words, keeping the rest as written", () => {
    expect(corrected("wher is the giula bilt", memoSpelling(index, "en"))).toBe("where is the giulia built");
    expect(corrected("Dove viene costruita la Tonalle?", memoSpelling(index, "it"))).toBe("Dove viene costruita la tonale?");
  });

  it("returns a correct question unchanged", () => {
    expect(corrected("Where is the Giulia built?", memoSpelling(index, "en"))).toBe("Where is the Giulia built?");
  });

  it("remembers each token's fix: the same answer, one search", () => {
    const fix = memoSpelling(index, "en");
    const token = tokenize("where is the giula bilt")[3]!;
    const search = vi.spyOn(index.words, "fuzzyGet");
    try {
      expect([fix(token), fix(token)]).toEqual(["giulia", "giulia"]);
      expect(search).toHaveBeenCalledTimes(1);
    } finally {
      search.mockRestore();
    }
  });
});
