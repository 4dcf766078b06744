/**
 * Name mentions: runs of capitalised words, codes and acronyms in a sentence ("Santo
 * Ficili", "STLA Medium", "E-Jet", "Pomigliano d'Arco"), with the words around them that
 * tell what kind of thing each one is. Pure text work; typing happens in `typing.ts`.
 */
import { fold, tokenize, type Token } from "../../text/normalize.js";

/** One mention of a name, with the folded words just before and after it. */
export interface Mention {
  /** The name as written. */
  surface: string;
  /** Folded tokens of the name, space-joined: the key names are merged on. */
  key: string;
  words: number;
  /** Up to three folded words before the name, nearest last. */
  before: string[];
  /** Up to three folded words after the name, nearest first. */
  after: string[];
  /** Whether each of those words is capitalised (another name, where an apposition stops). */
  afterCapitalised: boolean[];
  /** The text between the name and the next word ("," in "Ficili, CEO"). */
  gapAfter: string;
  /** The name opens the sentence, where every word is capitalised anyway. */
  atStart: boolean;
}

/** What decides where a name starts and stops. */
export interface MentionRules {
  /** Lower-case words allowed inside a name ("d'Arco", "San Giorgio a Liri"). */
  connectors: ReadonlySet<string>;
  /** Folded words that never belong to a name (stop words, role and type words). */
  breaks: ReadonlySet<string>;
  /** Folded multi-word names already known (vocabulary aliases): a run is split around them. */
  known: ReadonlySet<string>;
}

const isCapitalised = (t: Token) => !t.isNumber && /^\p{Lu}/u.test(t.raw);
// Only a hyphen, an apostrophe or nothing joins parts of one name ("E-Jet", "d'Arco", "X5").
const JOINED = /^(?:\s+|-|['’]|)$/u;

/** Splits a run of name tokens where a known name begins, so "Cassino Stellantis" is two names. */
function splitOnKnown(run: Token[], known: ReadonlySet<string>): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < run.length; i++) {
    const rest = run.slice(i).map((t) => t.norm);
    const knownLength = [3, 2, 1].find((n) => n <= rest.length && known.has(rest.slice(0, n).join(" ")));
    if (knownLength !== undefined) {
      if (current.length) out.push(current);
      out.push(run.slice(i, i + knownLength));
      current = [];
      i += knownLength - 1;
    } else current.push(run[i] as Token);
  }
  if (current.length) out.push(current);
  return out;
}

/** Every name mention in one sentence. */
export function findMentions(text: string, rules: MentionRules): Mention[] {
  const tokens = tokenize(text);
  const runs: { tokens: Token[]; from: number }[] = [];
  let run: Token[] = [];
  let from = 0;
  const close = () => {
    // A run never ends on a connector: "Giulia and" is not a name.
    while (run.length && !isCapitalised(run[run.length - 1] as Token) && !(run[run.length - 1] as Token).isNumber) run.pop();
    if (run.length) runs.push({ tokens: run, from });
    run = [];
  };
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const gap = prev ? text.slice(prev.end, t.start) : "";
    const joined = run.length > 0 && JOINED.test(gap);
    const nextGap = tokens[i + 1] ? text.slice(t.end, (tokens[i + 1] as Token).start) : "";
    // "E-Jet", "E-SUV": a hyphen makes one code of words that alone are not names.
    const hyphenated = (joined && gap === "-") || (nextGap === "-" && isCapitalised(tokens[i + 1] as Token));
    const nameWord = isCapitalised(t) && (hyphenated || !rules.breaks.has(t.norm));
    // A number glued to a name is part of it: "X5", "Fiat 500e" is left to the name before it.
    const code = t.isNumber && joined && gap === "" && run.length > 0;
    const connector = joined && rules.connectors.has(t.norm) && !isCapitalised(t);
    if ((nameWord && (run.length === 0 || joined)) || code || connector) {
      if (run.length === 0) from = i;
      run.push(t);
      return;
    }
    close();
    if (nameWord) {
      from = i;
      run.push(t);
    }
  });
  close();
  const out: Mention[] = [];
  for (const r of runs) {
    let offset = r.from;
    for (const whole of splitOnKnown(r.tokens, rules.known)) {
      // Connectors only join: "del" never starts or ends a name.
      let lead = 0;
      while (lead < whole.length && rules.connectors.has((whole[lead] as Token).norm) && !isCapitalised(whole[lead] as Token)) lead++;
      const part = whole.slice(lead);
      while (part.length && rules.connectors.has((part[part.length - 1] as Token).norm) && !isCapitalised(part[part.length - 1] as Token)) part.pop();
      offset += lead;
      // A lone capital letter ("U" of "U.S.") is no name.
      if (part.length === 0 || (part.length === 1 && (part[0] as Token).raw.length < 2)) {
        offset += whole.length - lead;
        continue;
      }
      const first = part[0] as Token;
      const last = part[part.length - 1] as Token;
      const at = offset;
      offset += whole.length - lead;
      const next = tokens[at + part.length];
      out.push({
        surface: text.slice(first.start, last.end),
        key: part.map((t) => t.norm).join(" "),
        words: part.length,
        before: tokens.slice(Math.max(0, at - 3), at).map((t) => t.norm),
        after: tokens.slice(at + part.length, at + part.length + 3).map((t) => t.norm),
        afterCapitalised: tokens.slice(at + part.length, at + part.length + 3).map((t) => /^\p{Lu}/u.test(t.raw)),
        gapAfter: next ? text.slice(last.end, next.start) : text.slice(last.end),
        atStart: at === 0,
      });
    }
  }
  return out;
}

/** Folded words of a phrase list, for membership tests. */
export function foldedWords(phrases: readonly string[]): Set<string> {
  return new Set(phrases.flatMap((p) => tokenize(fold(p)).map((t) => t.norm)));
}

/**
 * The word of each phrase that stands next to a name: the phrase itself, or the last word of
 * a longer one ("chief executive" -> "executive"), never a small word ("in the future" -> "future").
 */
export function cueWords(phrases: readonly string[], small: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) {
    const last = tokenize(fold(p)).at(-1)?.norm;
    if (last && !small.has(last)) out.add(last);
  }
  return out;
}
