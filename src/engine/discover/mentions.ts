/**
 * Name mentions: runs of capitalised words, codes and acronyms in a sentence ("Santo
 * Ficili", "STLA Medium", "E-Jet", "Pomigliano d'Arco"), with the words around them that
 * tell what kind of thing each one is. Pure text work; typing happens in `typing.ts`.
 */
import { tokenize, type Token } from "../../text/normalize.js";

/** One mention of a name, with the folded words just before and after it. */
export interface Mention {
  /** The name as written. */
  surface: string;
  /** Folded tokens of the name, space-joined: the key names are merged on. */
  key: string;
  words: number;
  /** Up to three folded words before the name, nearest last. */
  before: string[];
  /** The three folded words before those: where a role stands before "del Biscione X". */
  farBefore: string[];
  /** Up to three folded words after the name, nearest first. */
  after: string[];
  /** Whether each of those words is capitalised (another name, where an apposition stops). */
  afterCapitalised: boolean[];
  /** The text between the name and the next word ("," in "Ficili, CEO"). */
  gapAfter: string;
  /** The name opens the sentence, or a quoted one, where every word is capitalised anyway. */
  atStart: boolean;
  /**
   * What is written just before the name, one space apart, that may belong to it: a short whole
   * number ("the 33 Stradale", never a year) or a capitalised word's possessive ("America's Cup").
   */
  prefixBefore?: string;
}

/** What decides where a name starts and stops. */
export interface MentionRules {
  /** Lower-case words allowed inside a name ("d'Arco", "San Giorgio a Liri"). */
  connectors: ReadonlySet<string>;
  /** Folded words that never belong to a name (stop words, role and type words). */
  breaks: ReadonlySet<string>;
  /** Folded multi-word names already known (vocabulary aliases): a run is split around them. */
  known: ReadonlySet<string>;
  /**
   * Known words the vocabulary writes only in lower case ("italiano", an adjective): capitalised
   * after the start of a run ("la proposta Tributo Italiano") they are part of the name, not another.
   */
  lowerOnly?: ReadonlySet<string>;
  /**
   * Small words that join two names into one place's name only when a gazetteer knows the whole
   * ("San Giorgio a Liri", "Marina di Pisa"), never otherwise ("dalla Polonia a Cassino").
   */
  placeConnectors?: ReadonlySet<string>;
  isPlace?: (name: string) => boolean;
}

const NONE: ReadonlySet<string> = new Set();
const isCapitalised = (t: Token) => !t.isNumber && /^\p{Lu}/u.test(t.raw);
// Only a hyphen, an apostrophe or nothing joins parts of one name ("E-Jet", "d'Arco", "X5").
const JOINED = /^(?:\s+|-|['’]|)$/u;

/** Splits a run of name tokens where a known name begins, so "Cassino Stellantis" is two names. */
function splitOnKnown(run: Token[], known: ReadonlySet<string>, lowerOnly: ReadonlySet<string> = NONE): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < run.length; i++) {
    const rest = run.slice(i).map((t) => t.norm);
    const adjective = i > 0 && lowerOnly.has(rest[0] as string) && isCapitalised(run[i] as Token);
    const knownLength = adjective ? undefined : [3, 2, 1].find((n) => n <= rest.length && known.has(rest.slice(0, n).join(" ")));
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

// Words and numbers, as `tokenize` finds them but lower-cased only (no accent folding): discovery
// reads every sentence of the corpus, and its keys need only agree with each other.
const WORD = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+/gu;
const GLUED = /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll}{2})/u;

/** The light tokens discovery reads; `norm` is the word lower-cased. */
export function lightTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const isNumber = raw.charCodeAt(0) <= 57 && raw.charCodeAt(0) >= 48;
    const lower = isNumber ? raw : raw.toLowerCase();
    // Web copy glues words ("BelvedereIllinois"): split them as `tokenize` does, only where a capital follows.
    if (!isNumber && lower.slice(1) !== raw.slice(1) && GLUED.test(raw)) {
      let offset = 0;
      for (const part of raw.split(GLUED)) {
        out.push({ raw: part, norm: part.toLowerCase(), start: start + offset, end: start + offset + part.length, isNumber: false });
        offset += part.length;
      }
      continue;
    }
    out.push({ raw, norm: lower, start, end: start + raw.length, isNumber });
  }
  return out;
}

/** A phrase's key as discovery writes it: its light tokens joined by spaces. */
export const lightKey = (text: string) => lightTokens(text).map((t) => t.norm).join(" ");

type Run = { tokens: Token[]; from: number };

/** Runs of capitalised words (with the connectors and codes a name may hold) in one sentence. */
function nameRuns(text: string, rules: MentionRules, tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let run: Token[] = [];
  let from = 0;
  const close = () => {
    // A run never ends on a connector: "Giulia and" is not a name (nor on the "e" of "e-").
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
    // "e-CMP", "e-Tense": one small letter before a hyphen and a capital starts a name.
    const letterPrefix = run.length === 0 && !t.isNumber && t.raw.length === 1 && nextGap === "-" && isCapitalised(tokens[i + 1] as Token);
    // "A7", "Q3": a capital glued to a number is a code, though "A" alone is a small word.
    const gluedToNumber = nextGap === "" && tokens[i + 1]?.isNumber === true;
    const nameWord = letterPrefix || (isCapitalised(t) && (hyphenated || gluedToNumber || !rules.breaks.has(t.norm)));
    // A number glued to a name is part of it: "X5", "Fiat 500e" is left to the name before it.
    const code = t.isNumber && joined && gap === "" && run.length > 0;
    // "il V6 della Giulia": an engine's code is no name that a "della" carries on.
    const codeOnly = run.length <= 2 && run.some((x) => x.isNumber);
    const connector = joined && rules.connectors.has(t.norm) && !isCapitalised(t) && !codeOnly;
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
  return runs;
}

/** Every name mention in one sentence. */
export function findMentions(text: string, rules: MentionRules, tokens: readonly Token[] = lightTokens(text)): Mention[] {
  const found = mentionsWithTokens(text, rules, tokens);
  return joinPlaces(text, rules, tokens, found).map((m) => m.mention);
}

type Found = { mention: Mention; part: Token[]; at: number };

/** "San Giorgio" a "Liri": two mentions one small word apart are one, when that whole is a known place. */
function joinPlaces(text: string, rules: MentionRules, tokens: readonly Token[], found: Found[]): Found[] {
  const { placeConnectors, isPlace } = rules;
  if (!placeConnectors || !isPlace || found.length < 2) return found;
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    const between = prev ? tokens[prev.at + prev.part.length] : undefined;
    const joins = prev !== undefined && between !== undefined && prev.at + prev.part.length + 1 === f.at && placeConnectors.has(between.norm) && between.raw === between.norm;
    const whole = joins ? text.slice((prev.part[0] as Token).start, (f.part[f.part.length - 1] as Token).end) : "";
    if (joins && /^[\p{L}\p{M}\s'’-]+$/u.test(whole) && isPlace(whole)) {
      const part = [...prev.part, between, ...f.part];
      out[out.length - 1] = { mention: mentionAt(text, tokens, part, prev.at), part, at: prev.at };
    } else out.push(f);
  }
  return out;
}

function mentionsWithTokens(text: string, rules: MentionRules, tokens: readonly Token[]): Found[] {
  const out: Found[] = [];
  for (const r of nameRuns(text, rules, tokens)) {
    let offset = r.from;
    for (const whole of splitOnKnown(r.tokens, rules.known, rules.lowerOnly)) {
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
      out.push({ mention: mentionAt(text, tokens, part, offset), part, at: offset });
      offset += whole.length - lead;
    }
  }
  return out;
}

// "33" of "33 Stradale": one to four digits, no separators, and not a year ("2024 Tonale").
const MODEL_NUMBER = /^(?!(?:19|20)\d\d$)\d{1,4}$/u;
// "America's Cup": a capitalised word and its possessive, right before the name.
const POSSESSIVE_BEFORE = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*['’]s $/u;

/** The number or possessive just before the token at `at` (see {@link Mention.prefixBefore}). */
function prefixOf(text: string, tokens: readonly Token[], at: number, first: Token): string | undefined {
  const prev = tokens[at - 1];
  if (prev && MODEL_NUMBER.test(prev.raw) && text.slice(prev.end, first.start) === " ") return prev.raw;
  return POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, first.start - 40), first.start))?.[0].trimEnd();
}

/** One mention with the words around it, which typing reads as evidence. */
function mentionAt(text: string, tokens: readonly Token[], part: Token[], at: number): Mention {
  const first = part[0] as Token;
  const last = part[part.length - 1] as Token;
  const next = tokens[at + part.length];
  const prefixBefore = prefixOf(text, tokens, at, first);
  return {
    ...(prefixBefore ? { prefixBefore } : {}),
    surface: text.slice(first.start, last.end),
    key: part.map((t) => t.norm).join(" "),
    words: part.length,
    before: tokens.slice(Math.max(0, at - 3), at).map((t) => t.norm),
    farBefore: tokens.slice(Math.max(0, at - 6), Math.max(0, at - 3)).map((t) => t.norm),
    after: tokens.slice(at + part.length, at + part.length + 3).map((t) => t.norm),
    afterCapitalised: tokens.slice(at + part.length, at + part.length + 3).map((t) => /^\p{Lu}/u.test(t.raw)),
    gapAfter: next ? text.slice(last.end, next.start) : text.slice(last.end),
    // A quote closed right after the name ("il motore a benzina “Hurricane”") sets a name apart, not a sentence.
    atStart: at === 0 || (OPENS_QUOTE.test(text.slice((tokens[at - 1] as Token).end, first.start)) && !CLOSES_QUOTE.test(text.slice(last.end))),
  };
}

/** “Despite Alfa Romeo believing...”: a quoted sentence opens with a capital too. */
const OPENS_QUOTE = /[“"«‘]\s*$/u;
const CLOSES_QUOTE = /^\s*[”"»’]/u;

/** Words of a phrase list, folded and merely lower-cased, for membership tests on either kind of token. */
export function foldedWords(phrases: readonly string[]): Set<string> {
  return new Set(phrases.flatMap((p) => [...tokenize(p).map((t) => t.norm), ...lightTokens(p).map((t) => t.norm)]));
}

/**
 * The word of each phrase that stands next to a name: the phrase itself, or the last word of
 * a longer one ("chief executive" -> "executive"), never a small word ("in the future" -> "future").
 */
export function cueWords(phrases: readonly string[], small: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) {
    for (const last of [tokenize(p).at(-1)?.norm, lightTokens(p).at(-1)?.norm]) if (last && !small.has(last)) out.add(last);
  }
  return out;
}
