/**
 * Analysis turns text into slots: one per meaningful word or phrase, each carrying the
 * keys it can match (an entity id, one or more concept ids, a stem or a number). The
 * same analysis runs over articles at load and over questions at answer time, so
 * "assembled", "prodotta" and "built" meet on the one concept key `c:build`.
 */
import { SCALE, spelledAmount } from "./numerals.js";
import type { Language } from "../types.js";
import type { Lexicon, Phrase, PhraseNode } from "./lexicon.js";
import { stemmableForm } from "./inflection.js";
import { monthRuns } from "./periods.js";
import { fold, tokenize, type Token } from "./normalize.js";

export type SlotKind = "entity" | "concept" | "term" | "number";

/** One meaningful unit of a text. */
export interface Slot {
  /** Alternative keys: the slot matches a sentence holding any of them. */
  keys: string[];
  kind: SlotKind;
  /** The words as written, e.g. "Pomigliano d'Arco". */
  surface: string;
  start: number;
  end: number;
  /** Matched through the other language's words (a loanword): a weaker reading of the text. */
  borrowed?: boolean;
}

export interface AnalyzeOptions {
  /** Questions also drop chat filler ("please", "tell me"); articles drop stop words only. */
  mode: "document" | "question";
  /** Optional spelling correction for words the corpus does not know. */
  correct?: (token: Token) => string | undefined;
  /** The text's tokens, when the caller has them already (a question is tokenised once); corrected in place. */
  tokens?: Token[];
}

function matchPhrase(tokens: readonly Token[], i: number, phrase: Phrase): boolean {
  if (i + phrase.words.length > tokens.length) return false;
  for (let k = 0; k < phrase.words.length; k++) {
    const word = phrase.words[k] as string;
    const norm = (tokens[i + k] as Token).norm;
    const isLast = k === phrase.words.length - 1;
    // A plural of the last word still names the thing: "Juniors", "plants".
    if (norm !== word && !(isLast && word.length >= 3 && norm === `${word}s`)) return false;
  }
  if (phrase.caseSensitiveRaw === undefined) return true;
  const raw = tokens.slice(i, i + phrase.words.length).map((t) => t.raw).join("");
  return raw === phrase.caseSensitiveRaw;
}

/**
 * The phrases the words from `i` on may start, down the tree of phrase words. A last word may
 * be in the plural ("Juniors", "STLA platforms"); a one-word plural is read as its singular
 * only when no phrase starts with the plural itself.
 */
function phrasesAt(tokens: readonly Token[], i: number, root: PhraseNode): Phrase[] {
  const singular = (w: string) => (w.length > 3 && w.endsWith("s") ? w.slice(0, -1) : undefined);
  const out: Phrase[] = [];
  let node: PhraseNode | undefined = root;
  for (let k = i; node && k < tokens.length; k++) {
    const norm = (tokens[k] as Token).norm;
    const exact: PhraseNode | undefined = node.next.get(norm);
    const one = singular(norm);
    const plural = one === undefined || (k === i && exact) ? undefined : node.next.get(one);
    if (plural) out.push(...plural.ends);
    if (exact) out.push(...exact.ends);
    node = exact;
  }
  return out;
}

function longestPhrase(tokens: readonly Token[], i: number, language: Language, lexicon: Lexicon, edited: boolean) {
  const candidates = phrasesAt(tokens, i, lexicon.phraseTree);
  if (candidates.length === 0) return undefined;
  // In an article, "the brand states" is the verb: a name is written with its capital there.
  const lower = edited && !/^\p{Lu}/u.test((tokens[i] as Token).raw);
  const best = longestOf(candidates, tokens, i, language, Infinity, lower);
  // "launch in 2025" is not "launch in [a market]": a phrase ending in a preposition whose object
  // is a number gives way to a shorter phrase ("launch"), when there is one ("tra il 2026" stays).
  const next = tokens[i + (best?.length ?? 0)];
  if (!best || best.length < 2 || !next?.isNumber || !lexicon.stopwords[language].has((tokens[i + best.length - 1] as Token).norm)) return best;
  return longestOf(candidates, tokens, i, language, best.length, lower) ?? best;
}

/** The longest phrase of the candidates shorter than `below` words, its keys merged with those of equal length. */
function longestOf(candidates: readonly Phrase[], tokens: readonly Token[], i: number, language: Language, below: number, lower: boolean) {
  let best: { length: number; keys: string[] } | undefined;
  for (const phrase of candidates) {
    if (phrase.words.length >= below || !phrase.languages.includes(language) || !matchPhrase(tokens, i, phrase)) continue;
    const capital = lower ? phrase.capitalKeys : undefined;
    const keys = capital ? phrase.keys.filter((k) => !capital.includes(k)) : phrase.keys;
    if (keys.length === 0) continue;
    if (!best || phrase.words.length > best.length) best = { length: phrase.words.length, keys: [...keys] };
    else if (phrase.words.length === best.length) for (const k of keys) if (!best.keys.includes(k)) best.keys.push(k);
  }
  return best;
}

/**
 * In articles, a named person also stands for their role (`r:ceo@alfa_romeo`), so a question about
 * "the Alfa boss" finds sentences that only say "Imparato". Questions keep plain keys, or
 * "Who chose Imparato?" would match any sentence that says "CEO". Likewise a car named by its
 * powertrain ("Elettrica EV") states that powertrain (`c:electric`) in articles only.
 */
function withRoleKeys(keys: string[], lexicon: Lexicon): string[] {
  const roles = keys.flatMap((k) => (k.startsWith("e:") ? (lexicon.entities.get(k.slice(2))?.roles ?? []) : []));
  const powertrains = keys.flatMap((k) => lexicon.powertrainsOf.get(k) ?? []).filter((k) => !keys.includes(k));
  return roles.length || powertrains.length ? [...keys, ...roles.map((r) => `r:${r.role}@${r.of}`), ...powertrains] : keys;
}

/**
 * In articles, a place also stands for the regions it lies in ("Cassino" is in Italy), so
 * "Are the Italian plants enough?" finds "the Cassino and Pomigliano plants".
 */
function withPlaceKeys(keys: string[], lexicon: Lexicon): string[] {
  const out = [...keys];
  for (const k of keys) {
    if (!k.startsWith("e:")) continue;
    for (let at = lexicon.entities.get(k.slice(2))?.within, hops = 0; at !== undefined && hops < 8; hops++) {
      if (!out.includes(`e:${at}`)) out.push(`e:${at}`);
      at = lexicon.entities.get(at)?.within;
    }
  }
  return out;
}

/** Concept keys of the single words inside a multi-word name, not already among its keys. */
function wordConcepts(tokens: readonly Token[], language: Language, lexicon: Lexicon, have: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.isNumber || t.norm.length < 3) continue;
    for (const k of lexicon.conceptStems[language].get(lexicon.stem(t.norm, language)) ?? []) if (!have.includes(k) && !out.includes(k)) out.push(k);
  }
  return out;
}

const MODELS: ReadonlySet<string> = new Set(["model"]);
const OPENING_NAMES: ReadonlySet<string> = new Set(["model", "org", "brand", "name"]);

/**
 * Keys of the shorter names a longer one holds, not already among its keys: a model it starts or
 * ends with ("Junior" in "Junior Ibrida", "Q4" in "Tonale Plug-In Hybrid Q4"), a variant being
 * still its model; a company or untyped name it starts with ("Sauber" in "Sauber Motorsport").
 */
function namesWithin(tokens: readonly Token[], i: number, length: number, lexicon: Lexicon, have: readonly string[]): string[] {
  const out: string[] = [];
  const add = (phrase: Phrase, types: ReadonlySet<string> = MODELS) => {
    for (const k of phrase.keys) if (k.startsWith("e:") && types.has(lexicon.entities.get(k.slice(2))?.type ?? "") && !have.includes(k) && !out.includes(k)) out.push(k);
  };
  // "Sauber Motorsport" is still Sauber: a company's name opening a longer one names it too.
  for (const phrase of phrasesAt(tokens, i, lexicon.phraseTree)) if (phrase.words.length < length && matchPhrase(tokens, i, phrase)) add(phrase, OPENING_NAMES);
  // "Tonale Plug-In Hybrid Q4" is a Q4 too: a model's name standing whole inside the longer one, at its end.
  for (let j = i + 1; j < i + length; j++)
    for (const phrase of phrasesAt(tokens, j, lexicon.phraseTree)) if (j + phrase.words.length === i + length && matchPhrase(tokens, j, phrase)) add(phrase);
  // "Junior Ibrida Q4" is also the "Junior Q4": a shorter model name whose words it holds in order, from its first.
  const words = tokens.slice(i, i + length).map((t) => t.norm);
  for (const phrase of lexicon.phrases.get(words[0] as string) ?? []) {
    if (phrase.words.length > 1 && phrase.words.length < length && inOrder(phrase.words, words)) add(phrase);
  }
  return out;
}

/** Are `part`'s words all in `whole`, in the same order, the first ones matching? */
function inOrder(part: readonly string[], whole: readonly string[]): boolean {
  let at = 0;
  for (const w of whole) if (w === part[at]) at++;
  return at === part.length && part[0] === whole[0];
}

/** Term keys of the words of a multi-word name, the words a question could name it by in part. */
function nameWords(tokens: readonly Token[], language: Language, lexicon: Lexicon, have: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.isNumber || t.norm.length < 3 || lexicon.stopwords[language].has(t.norm)) continue;
    const key = `t:${stemOf(t, language, lexicon)}`;
    if (!have.includes(key) && !out.includes(key)) out.push(key);
  }
  return out;
}

/** A word's stem, as its term key and concept look-up use it. */
function stemOf(token: Token, language: Language, lexicon: Lexicon): string {
  return lexicon.stem(stemmable(token, language), language);
}

/** The form of a token to stem: an Italian future or conditional as its infinitive (see inflection.ts). */
function stemmable(token: Token, language: Language): string {
  // A spelling fix replaced the word: stem the fix, not what was typed.
  return token.norm !== fold(token.raw) ? token.norm : stemmableForm(token.raw, token.norm, language);
}

/** The vocabulary concept whose phrases are padding in a question ("so far", "vorrei sapere"). */
export const FILLER_PHRASE = "c:filler_phrase";

/** The text's tokens, each misspelt one read as its fix. */
function correctedTokens(text: string, correct: AnalyzeOptions["correct"], given?: Token[]): Token[] {
  const tokens = given ?? tokenize(text);
  for (const t of correct ? tokens : []) t.norm = correct?.(t) ?? t.norm;
  return tokens;
}

/** A word no phrase holds: a concept by its stem ("costruita" is built), or a term of its own. */
function wordSlot(token: Token, midQuestion: boolean, language: Language, lexicon: Lexicon): Slot {
  const slot = { surface: token.raw, start: token.start, end: token.end };
  const stem = stemOf(token, language, lexicon);
  // A capitalised word mid-question is a name ("Lancia"), not an inflection of a concept ("lancio").
  const name = midQuestion && /^\p{Lu}/u.test(token.raw) && token.raw !== token.raw.toUpperCase();
  const concepts = name ? undefined : lexicon.conceptStems[language].get(stem);
  if (concepts) return { ...slot, keys: [...concepts], kind: "concept" };
  // A name is no word of either language: "Quadrifoglio" in an English question is the Italian article's "Quadrifoglio", stemmed as Italian.
  const across = name ? lexicon.stem(stemmable(token, language), language === "en" ? "it" : "en") : stem;
  return { ...slot, keys: across === stem ? [`t:${stem}`] : [`t:${stem}`, `t:${across}`], kind: "term" };
}

/** "half a million" is the number 500,000, as "500,000" would be. */
function spelledSlot(text: string, tokens: readonly Token[], i: number): { slot: Slot; length: number } | undefined {
  const spelled = spelledAmount(tokens, i);
  if (!spelled) return undefined;
  const [first, last] = [tokens[i] as Token, tokens[i + spelled.length - 1] as Token];
  return { slot: { keys: [`n:${spelled.value}`], kind: "number", surface: text.slice(first.start, last.end), start: first.start, end: last.end }, length: spelled.length };
}

const APOSTROPHE = /^['’]$/u;

/** Do the token at `i` and the next make a contraction the stop words hold ("they're": "they", "re")? */
function isStopContraction(text: string, tokens: readonly Token[], i: number, skip: ReadonlySet<string>): boolean {
  const [head, tail] = [tokens[i] as Token, tokens[i + 1]];
  return tail !== undefined && APOSTROPHE.test(text.slice(head.end, tail.start)) && skip.has(`${head.norm}'${tail.norm}`);
}

/** Splits `text` into slots; never throws, whatever the input. */
export function analyze(text: string, language: Language, lexicon: Lexicon, options: AnalyzeOptions): Slot[] {
  const tokens = correctedTokens(text, options.correct, options.tokens);
  const skip = options.mode === "question" ? lexicon.questionFiller[language] : lexicon.stopwords[language];
  const other: Language = language === "en" ? "it" : "en";
  const slots: Slot[] = [];
  const pushPhrase = (i: number, phrase: { length: number; keys: string[] }, borrowed = false) => {
    const first = tokens[i] as Token;
    const last = tokens[i + phrase.length - 1] as Token;
    const kind = phrase.keys.some((k) => k.startsWith("e:")) ? "entity" : "concept";
    let keys = options.mode === "document" ? withPlaceKeys(withRoleKeys(phrase.keys, lexicon), lexicon) : phrase.keys;
    // "E-SUV", "STLA Large": a product's name still says what it is, so "the big SUV" finds it.
    const product = phrase.keys.some((k) => ["model", "platform"].includes(lexicon.entities.get(k.slice(2))?.type ?? ""));
    if (options.mode === "document" && product && phrase.length > 1) keys = [...keys, ...wordConcepts(tokens.slice(i, i + phrase.length), language, lexicon, keys)];
    // "electric range": a spec's phrase still says its other words ("electric"), though not another spec.
    else if (options.mode === "document" && kind === "concept" && phrase.length > 1 && phrase.keys.some((k) => lexicon.measured.has(k)))
      keys = [...keys, ...wordConcepts(tokens.slice(i, i + phrase.length), language, lexicon, keys).filter((k) => !lexicon.measured.has(k))];
    // "at the Paris Motor Show" still mentions Paris: a question naming a word of a longer name finds it,
    // and "the Junior Ibrida" is still the Junior: a shorter name it starts with is named too.
    if (options.mode === "document" && kind === "entity" && phrase.length > 1) keys = [...keys, ...namesWithin(tokens, i, phrase.length, lexicon, keys), ...nameWords(tokens.slice(i, i + phrase.length), language, lexicon, keys)];
    const slot: Slot = { keys, kind, surface: text.slice(first.start, last.end), start: first.start, end: last.end };
    if (borrowed) slot.borrowed = true;
    slots.push(slot);
    return i + phrase.length;
  };
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    const spelled = spelledSlot(text, tokens, i);
    if (spelled) {
      slots.push(spelled.slot);
      i += spelled.length;
      continue;
    }
    const phrase = longestPhrase(tokens, i, language, lexicon, options.mode === "document");
    // "in terms of", "so far", "vorrei sapere": chat padding, dropped from questions.
    if (phrase && options.mode === "question" && phrase.keys.includes(FILLER_PHRASE)) {
      i += phrase.length;
      continue;
    }
    if (phrase) {
      i = pushPhrase(i, phrase);
      continue;
    }
    const slot = { surface: token.raw, start: token.start, end: token.end };
    if (token.isNumber) {
      // "400 mila", "400mila", "400 thousand" in a question: the whole amount too, as an article writes "400,000".
      // The word as written: spelling correction may have taken "mila", which no article has, for another word.
      // Thousands only: articles write a count as "400,000", but a sum as "€3 million" (the number 3).
      const next = tokens[i + 1];
      const scale = options.mode === "question" && next && /^\s*$/u.test(text.slice(token.end, next.start)) ? SCALE[fold(next.raw)] : undefined;
      const whole = scale === 1e3 ? Math.round(Number(token.norm) * scale) : undefined;
      if (next && whole !== undefined && Number.isFinite(whole)) {
        slots.push({ keys: [`n:${token.norm}`, `n:${whole}`], kind: "number", surface: text.slice(token.start, next.end), start: token.start, end: next.end });
        i += 2;
        continue;
      }
      // "between 80 and 90 thousand", "80-90k": the number a range shares its scale with is that many
      // thousands too, and an article's "90 thousand" is the 90,000 a question may write.
      const thousands = inThousands(tokens, i, text, options.mode === "document");
      const asThousands = thousands ? [`n:${Math.round(Number(token.norm) * 1e3)}`] : [];
      slots.push({ ...slot, keys: [`n:${token.norm}`, ...asThousands, ...(options.mode === "document" ? specsMeasured(text, token.end, lexicon) : [])], kind: "number" });
      i++;
      continue;
    }
    // "they're", "we've", "you'll": the tokens split at the apostrophe, and the stop word list holds the whole.
    if (isStopContraction(text, tokens, i, skip)) {
      i += 2;
      continue;
    }
    if (token.norm.length < 2 || skip.has(token.norm)) {
      i++;
      continue;
    }
    // Loanwords cross languages: Italian articles and questions say "CEO", "SUV", "tour". A word
    // the vocabulary lists as the language's own filler is no loan: "sono state" says no "state".
    const own = lexicon.questionFiller[language].has(token.norm);
    const borrowed = own ? undefined : longestPhrase(tokens, i, other, lexicon, options.mode === "document");
    if (borrowed) {
      i = pushPhrase(i, borrowed, true);
      continue;
    }
    slots.push(wordSlot(token, options.mode === "question" && i > 0, language, lexicon));
    i++;
  }
  if (options.mode === "question") joinGlued(slots, language, lexicon);
  return withMonthRuns(options.mode === "document" ? withSuccession(slots, text, lexicon) : slots, text, options.mode, lexicon);
}

/**
 * Is the number at token `i` a count of thousands: followed by "thousand" or "mila" (in an article;
 * a question's "400 mila" is read whole above), or the first of a range whose second is ("80 and
 * 90 thousand", "tra 80 e 90 mila", "80-90k")?
 */
function inThousands(tokens: readonly Token[], i: number, text: string, own: boolean): boolean {
  const token = tokens[i] as Token;
  if (!/^\d{1,3}$/u.test(token.raw)) return false;
  const scaledAt = (j: number) => {
    const t = tokens[j];
    if (!t) return false;
    if (t.isNumber) return /^\d{1,3}k$/iu.test(t.raw);
    return SCALE[fold(t.raw)] === 1e3 && /^\s*$/u.test(text.slice((tokens[j - 1] as Token).end, t.start));
  };
  if (own && scaledAt(i + 1)) return true;
  // The range's second number: after a dash, or after "and", "to", "e", "a".
  const next = tokens[i + 1];
  if (!next) return false;
  const dashed = next.isNumber && /^\s*[-–]\s*$/u.test(text.slice(token.end, next.start));
  const joined = !next.isNumber && RANGE_JOINERS.has(next.norm) && tokens[i + 2]?.isNumber === true;
  const second = dashed ? i + 1 : joined ? i + 2 : -1;
  return second > 0 && /^\d{1,3}(?:k)?$/iu.test((tokens[second] as Token).raw) && ((tokens[second] as Token).raw.toLowerCase().endsWith("k") || scaledAt(second + 1));
}
const RANGE_JOINERS: ReadonlySet<string> = new Set(["and", "to", "e", "a"]);

/** "an 800 V architecture", "77 kWh": a figure in a spec's unit states that spec, whatever words surround it. */
function specsMeasured(text: string, end: number, lexicon: Lexicon): string[] {
  const after = text.slice(end, end + 16);
  const out: string[] = [];
  for (const [key, unit] of lexicon.unitsOf) if (unit.test(after)) out.push(key);
  return out;
}

/**
 * "BottegaFuoriserie" is split like web copy's "BelvedereIllinois", but an article may write the
 * name as one word ("BOTTEGAFUORISERIE"): a question's glued words also find the word they make.
 */
function joinGlued(slots: Slot[], language: Language, lexicon: Lexicon): void {
  for (let i = 0; i + 1 < slots.length; i++) {
    const [a, b] = [slots[i] as Slot, slots[i + 1] as Slot];
    if (a.kind !== "term" || b.kind !== "term" || a.end !== b.start || !/^\p{L}+$/u.test(a.surface + b.surface)) continue;
    const key = `t:${lexicon.stem(fold(a.surface + b.surface), language)}`;
    for (const s of [a, b]) if (!s.keys.includes(key)) s.keys = [...s.keys, key];
  }
}

/**
 * "the first five months", "between January and May": one key for the run of months. An
 * article keeps its words too (a month may be asked on its own); a question asks the run alone,
 * so "first", "five" and "months" weigh nothing a "January to May" sentence lacks.
 */
function withMonthRuns(slots: Slot[], text: string, mode: AnalyzeOptions["mode"], lexicon: Lexicon): Slot[] {
  const runs = monthRuns(text);
  if (runs.length === 0) return slots;
  const within = (s: Slot, r: { start: number; end: number }) => s.start >= r.start && s.end <= r.end && s.kind !== "number";
  const kept = mode === "question" ? slots.filter((s) => !runs.some((r) => within(s, r))) : slots;
  // A period the vocabulary requires ("first half") stays one of the run's names, and required.
  const named = (r: { start: number; end: number }) => slots.filter((s) => within(s, r)).flatMap((s) => s.keys.filter((k) => lexicon.requiredConcepts.has(k)));
  const added: Slot[] = runs.map((r) => ({ keys: [r.key, ...(mode === "question" ? named(r) : [])], kind: "concept", surface: text.slice(r.start, r.end), start: r.start, end: r.end }));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/**
 * "Santo Ficili has been appointed as the new CEO", "il nuovo amministratore delegato": a new
 * holder of a role succeeds the last one, so "Who took over from Imparato?" finds the sentence.
 */
function withSuccession(slots: Slot[], text: string, lexicon: Lexicon): Slot[] {
  slots.forEach((slot, i) => {
    const before = slots[i - 1];
    const role = slot.kind === "concept" && slot.keys.some((k) => k.startsWith("c:") && lexicon.roleConcepts.has(k.slice(2)));
    if (role && before?.keys.includes("c:new") && /^\s*$/u.test(text.slice(before.end, slot.start)) && !slot.keys.includes("c:successor")) slot.keys = [...slot.keys, "c:successor"];
  });
  return slots;
}
