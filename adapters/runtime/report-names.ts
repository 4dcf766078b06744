/**
 * The named things an unanswered question asks about that no article mentions: what to
 * look for when adding an article. Names are read from how people write them (capitalised
 * words and runs of them, codes such as "GTV6" or "SUV"), never from a hand-kept list, and
 * checked against the articles' own text, ignoring case and accents.
 */
import { stopwords as stopEn } from "@orama/stopwords/english";
import { stopwords as stopIt } from "@orama/stopwords/italian";
import { fold } from "../../src/core.js";

const STOP = new Set([...stopEn, ...stopIt].map(fold));
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** A word's folded form with every non-letter run as one space: how names and articles are compared. */
const plain = (text: string) => fold(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();

function isCode(word: string, shouting: boolean): boolean {
  const letters = word.replace(/[^\p{L}]/gu, "");
  if (/\d/.test(word)) return letters.length > 0;
  if (shouting || letters.length < 2) return false;
  // "SUV", "GTV", "McLaren": capitals past the first letter are written on purpose.
  return /^\p{Lu}+$/u.test(letters) || /^\p{L}+\p{Lu}/u.test(letters);
}

/**
 * The names a question asks about, as written: runs of capitalised words ("Alfa Romeo
 * Junior") and codes. A sentence's first word counts only when it is a code: its capital
 * says nothing ("Also Ferrari?" asks about Ferrari; "Fiat Panda?" is read as "Panda").
 */
export function candidateNames(question: string): string[] {
  const letters = question.replace(/[^\p{L}]/gu, "");
  const shouting = letters.length > 6 && letters.replace(/[^\p{Lu}]/gu, "").length > letters.length / 2;
  const names: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) names.push(run.join(" "));
    run = [];
  };
  let previousEnd = -1;
  for (const match of question.matchAll(WORD)) {
    const word = match[0];
    const gap = previousEnd < 0 ? "" : question.slice(previousEnd, match.index);
    previousEnd = match.index + word.length;
    const initial = gap === "" || /[.?!¿¡:;]/.test(gap);
    const adjacent = /^[ \t]+$/.test(gap);
    const capitalised = !shouting && /^\p{Lu}/u.test(word);
    const common = word.length < 2 || STOP.has(fold(word));
    const name = isCode(word, shouting) || (capitalised && !initial && !common);
    if (name) {
      if (!adjacent) flush();
      run.push(word);
    } else flush();
  }
  flush();
  return [...new Map(names.map((n) => [plain(n), n])).values()];
}

/** Tells whether the articles mention a name, as whole words, ignoring case, accents and punctuation. */
export function corpusMentions(texts: string[]): (name: string) => boolean {
  const haystack = ` ${texts.map(plain).join(" ")} `;
  return (name) => {
    const needle = plain(name);
    return needle !== "" && haystack.includes(` ${needle} `);
  };
}

/**
 * The names in `questions` that no article mentions. For a run of words the unmentioned
 * words are named ("Junior" of "Alfa Romeo Junior"); the whole run only when every word
 * appears but never together.
 */
export function namesNotInArticles(questions: string[], mentions: (name: string) => boolean): string[] {
  const missing = new Map<string, string>();
  for (const name of questions.flatMap(candidateNames)) {
    if (mentions(name)) continue;
    const words = name.split(" ");
    const absent = words.filter((w) => !mentions(w));
    for (const n of absent.length ? absent : [name]) if (!missing.has(plain(n))) missing.set(plain(n), n);
  }
  return [...missing.values()];
}
