/**
 * Discovery: the named things of a corpus, read from its articles at index time, so an
 * article the bot has never seen is answerable with nothing added but its text and record.
 * Names are found by their shape (mentions.ts), typed by the words around them
 * (evidence.ts) and by a gazetteer (places), and become entity definitions exactly like the
 * hand-written ones the vocabulary may still hold as overrides ("il Biscione").
 */
import { LIST_JOINER_WORDS } from "../../text/patterns.js";
import { ingestDocument, type IngestOptions, type RawSentence } from "../../corpus/ingest.js";
import type { EntityDef, Vocabulary } from "../../corpus/schema.js";
import type { ValidCorpus } from "../../corpus/validate.js";
import { stopwords as stopEn } from "@orama/stopwords/english";
import { stopwords as stopIt } from "@orama/stopwords/italian";
import { fold, tokenize } from "../../text/normalize.js";
import { addEvidence, emptyTally, evidenceWeights, roleNear, type DiscoveryCues, type Kind, type Tally } from "./evidence.js";
import type { Gazetteer, PlaceRecord } from "./gazetteer.js";
import { cueWords, findMentions, foldedWords, lightKey, lightTokens, type Mention, type MentionRules } from "./mentions.js";
import { MONTHS_EN, MONTHS_IT } from "../features.js";

/** Tunables of discovery; each trades recall of names against false names. */
export interface DiscoveryOptions {
  /** A town smaller than this needs a place-like context ("in X", "X plant") to count as a place. */
  smallTown: number;
  /** A name whose type evidence stays below this is kept as a plain name (type "name"). */
  minEvidence: number;
  /** Names written in lower case at least this share of the time are ordinary words ("Plan", "Brand"). */
  lowerCaseShare: number;
  /**
   * A name written after the same number or possessive at least this share of the time, and at
   * least twice, is named with it: "Stradale" is nearly always "33 Stradale", "Cup" "America's
   * Cup"; "Junior", once "GT 1300 Junior", is not.
   */
  prefixedShare: number;
}

/** Chosen on the seed articles: towns like Melfi (13k) are known; "Stelvio" (a village of 400) is the car. */
export const discoveryDefaults: DiscoveryOptions = { smallTown: 5000, minEvidence: 1, lowerCaseShare: 0.5, prefixedShare: 0.6 };

interface NameStats {
  key: string;
  surfaces: Map<string, number>;
  tally: Tally;
  /** Mentions not at a sentence start: the capital is the name's own. */
  inside: number;
  roles: Map<string, Set<string>>;
  /** Brand or group a model was written after ("Maserati Grecale"). */
  brands: Map<string, number>;
  /** Numbers and possessives written just before the name ("33" of "33 Stradale"), by count. */
  prefixes: Map<string, number>;
  /** The number or possessive the name is written with, when it nearly always is (see `prefixedShare`). */
  prefix?: string;
}

const SMALL_WORDS: ReadonlySet<string> = new Set([...stopEn, ...stopIt].flatMap((w) => [fold(w), w.toLowerCase()]));

function cuesOf(vocabulary: Vocabulary): DiscoveryCues {
  const d = vocabulary.discovery;
  const words = (list: readonly string[]) => cueWords(list, SMALL_WORDS);
  const terms = (ids: readonly string[]) => words(vocabulary.concepts.filter((c) => ids.includes(c.id)).flatMap((c) => [...c.en, ...c.it]));
  const roles = new Map<string, string>();
  for (const [id, list] of Object.entries(d.roles)) for (const w of words([...list.en, ...list.it])) if (!roles.has(w)) roles.set(w, id);
  return {
    roles,
    speech: words([...d.speechWords.en, ...d.speechWords.it]),
    vehicles: terms(d.vehicleConcepts),
    platforms: terms(d.platformConcepts),
    plants: terms(d.plantConcepts),
    novelty: terms(d.noveltyConcepts),
    orgs: words([...d.orgWords.en, ...d.orgWords.it]),
    // Prepositions are small words by nature: taken as listed.
    placePrepositions: foldedWords([...d.placePrepositions.en, ...d.placePrepositions.it]),
    events: foldedWords([...d.eventWords.en, ...d.eventWords.it]),
    titles: words(d.titles),
    small: SMALL_WORDS,
  };
}

/** Folded alias -> entity, for the vocabulary's own entities. */
function knownAliases(vocabulary: Vocabulary): Map<string, EntityDef> {
  const out = new Map<string, EntityDef>();
  for (const e of vocabulary.entities) for (const a of e.aliases) out.set(lightKey(a), e);
  return out;
}

const slug = (s: string) => s.replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "") || "x";

function mostUsed(m: Map<string, number>): string | undefined {
  return [...m].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
}

/**
 * The name to show in answers: the spelling most used, with small joining words in lower
 * case ("Pomigliano d'Arco"), plain apostrophes, and words web copy glued together set apart.
 */
function displayName(surfaces: Map<string, number>, connectors: ReadonlySet<string>): string {
  const written = mostUsed(surfaces) ?? "";
  const tokens = tokenize(written);
  let out = "";
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const gap = prev ? written.slice(prev.end, t.start) : "";
    out += (prev && gap === "" && !t.isNumber && !prev.isNumber ? " " : gap.replace(/[’`]/g, "'")) + (connectors.has(t.norm) && i > 0 ? t.raw.toLowerCase() : t.raw);
  });
  return out || written;
}

/**
 * Entity definitions for the named things of a corpus that its vocabulary does not already
 * define. Deterministic: the same corpus gives the same entities, in the same order.
 */
export function discoverEntities(
  corpus: Pick<ValidCorpus, "documents" | "vocabulary">,
  gazetteer: Gazetteer,
  ingest: IngestOptions,
  options: DiscoveryOptions = discoveryDefaults,
  /** The documents' sentences, when the caller has split them already (the index build has). */
  ingested: readonly (readonly RawSentence[])[] = corpus.documents.map((d, i) => ingestDocument(i, d.text, d.language, ingest)),
): EntityDef[] {
  const { vocabulary } = corpus;
  const cues = cuesOf(vocabulary);
  const known = knownAliases(vocabulary);
  const rules = { ...mentionRules(vocabulary, cues, known), isPlace: (name: string) => gazetteer.place(name)?.kind === "city" };
  const { stats, lowerCase, sentences } = gatherMentions(ingested, rules, known, cues);
  // "Paese", "EV", "PHEV": a single word the vocabulary knows as an ordinary word is one, however
  // written ("Museo Storico", several words, may still name a place).
  const ordinary = new Set(vocabulary.concepts.flatMap((c) => [...c.en, ...c.it]).map(fold));
  const kept = [...stats.values()].filter((st) => !(ordinary.has(st.key) && !st.key.includes(" ")) && keepName(st, lowerCase, options));
  // "Alfas", "Juniors": the plural of a name already known or found is that name, not another.
  const singular = new Set([...known.keys(), ...kept.map((st) => st.key)]);
  const names = kept.filter((st) => !(st.key.length > 3 && st.key.endsWith("s") && singular.has(st.key.slice(0, -1))));
  // "Santo Ficili ... Ficili said": a full name whose last word also stands alone is a person.
  // Not when that word is a thing of its own ("the B-SUV Junior": the Junior is a car the articles name).
  const alone = new Map(names.map((n) => [n.key, n]));
  const thing = (st: NameStats | undefined) => st !== undefined && st.tally.model + st.tally.platform + st.tally.place + st.tally.org > st.tally.person;
  // "Paris Motor Show": a name ending in an event's word is no person, whatever given name opens it.
  const isEvent = (st: NameStats) => cues.events.has(st.key.split(" ").at(-1) as string);
  // "Giulia Quadrifoglio", "Stelvio Quadrifoglio": a name opening with a car's name is that car's version.
  // Not a person the text itself marks as one ("designed by Giulia Rossi, head of design").
  const versionOf = (st: NameStats) => st.key.includes(" ") && st.tally.person === 0 && isModel(alone.get(st.key.split(" ")[0] as string));
  for (const n of names) {
    const last = n.key.split(" ").at(-1) as string;
    if (versionOf(n)) n.tally.model += evidenceWeights.speech;
    // Not when the first word is an ordinary word ("Elettrica Veloce": a trim, though "Veloce" stands alone too).
    else if (n.key.includes(" ") && alone.has(last) && !thing(alone.get(last)) && !isEvent(n) && !ordinary.has(n.key.split(" ")[0] as string)) n.tally.person += evidenceWeights.speech;
  }
  for (const st of names) prefixName(st, options.prefixedShare, gazetteer);
  const typed = new Map<string, Typed>();
  for (const st of names) typed.set(st.key, { st, ...typeOf(st, gazetteer, options, isEvent(st), versionOf(st)) });
  typeListedTogether(sentences, typed);
  const surnameOf = shortForms(typed);
  collectRoles(sentences, typed, known, cues, surnameOf, vocabulary.discovery.roleImplies);
  // "Industry Minister Adolfo Urso" is a title and a name: its initials stand for nothing.
  const titled = new Set([...cues.titles, ...cues.roles.keys()]);
  return buildEntities(typed, surnameOf, known, gazetteer, rules.connectors, lowerCase, titled);
}

type Typed = { st: NameStats; kind: Kind | "name"; place?: PlaceRecord };

const WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica";

/** What may break, join or already be a name, for finding mentions. */
function mentionRules(vocabulary: Vocabulary, cues: DiscoveryCues, known: Map<string, EntityDef>): MentionRules {
  const breaks = new Set(SMALL_WORDS);
  for (const set of [cues.roles.keys(), cues.vehicles, cues.platforms, cues.plants, cues.novelty, cues.orgs, cues.titles]) for (const w of set) breaks.add(w);
  // Months and weekdays are capitalised in English, and a town somewhere may share their name ("Monday"): never a name.
  for (const m of `${MONTHS_EN}|${MONTHS_IT}|${WEEKDAYS}`.split("|")) breaks.add(m);
  const aliases = vocabulary.entities.flatMap((e) => e.aliases);
  const capitalised = new Set(aliases.filter((a) => a !== a.toLowerCase()).map(lightKey));
  const lowerOnly = new Set(aliases.filter((a) => a === a.toLowerCase() && !a.includes(" ")).map(lightKey).filter((k) => !capitalised.has(k)));
  return { connectors: foldedWords(vocabulary.discovery.connectors), breaks, known: new Set(known.keys()), placeConnectors: foldedWords(vocabulary.discovery.placeConnectors), lowerOnly };
}

/**
 * "Alfa Romeo Junior: la produzione è in Polonia" is written as a sentence, so its capitals mark
 * names; "Cassino Plant Shutdown Extended as Alfa..." capitalises every word, so they mark nothing.
 */
function inSentenceCase(tokens: ReturnType<typeof lightTokens>): boolean {
  // Title case leaves only short words ("as", "and", "with") in lower case: a long one is a sentence's.
  return tokens.some((t, i) => i > 0 && !t.isNumber && t.raw.length >= 6 && t.raw === t.norm);
}

/** Every mention of every body sentence and sentence-case sub-heading, with each new name's evidence tallied and lower-case word counts. */
function gatherMentions(ingested: readonly (readonly RawSentence[])[], rules: MentionRules, known: Map<string, EntityDef>, cues: DiscoveryCues) {
  const stats = new Map<string, NameStats>();
  const lowerCase = new Map<string, number>();
  const sentences: Mention[][] = [];
  for (const s of ingested.flat()) {
    const tokens = lightTokens(s.text);
    // Lower-case occurrences tell ordinary words from names ("Plan" at a sentence start).
    for (const t of tokens) if (!t.isNumber && t.raw === t.norm) lowerCase.set(t.norm, (lowerCase.get(t.norm) ?? 0) + 1);
    if (s.kind !== "body" && !(s.kind === "heading" && inSentenceCase(tokens))) continue;
    const mentions = findMentions(s.text, rules, tokens);
    sentences.push(mentions);
    mentions.forEach((m, i) => {
      if (known.has(m.key)) return;
      const prev = mentions[i - 1];
      // "Maserati Grecale": written right after a brand or group.
      // The brand's own last word right before the name ("Alfa Romeo Junior"); "Bianco Alfa ... a Trivero" is none,
      // nor is an apposition ("responsabile ... di Alfa Romeo, Cristiano Fiorio").
      const brandBefore =
        prev !== undefined && m.before.length > 0 && prev.key.split(" ").at(-1) === m.before[m.before.length - 1] && /^\s+$/u.test(prev.gapAfter) && isOrg(known.get(prev.key));
      const st = stats.get(m.key) ?? newStats(m.key);
      stats.set(m.key, st);
      st.surfaces.set(m.surface, (st.surfaces.get(m.surface) ?? 0) + 1);
      if (!m.atStart) st.inside++;
      if (m.prefixBefore) st.prefixes.set(m.prefixBefore, (st.prefixes.get(m.prefixBefore) ?? 0) + 1);
      addEvidence(st.tally, m, cues, brandBefore);
      const brand = brandBefore ? known.get(prev?.key ?? "") : undefined;
      // The corpus's own brand is every model's: only another brand is worth recording.
      if (brand && !brand.generic) st.brands.set(brand.id, (st.brands.get(brand.id) ?? 0) + 1);
    });
  }
  return { stats, lowerCase, sentences };
}

/**
 * "the MiTo and Giulietta", "Cassino e Pomigliano": a name with no evidence of its own takes
 * the kind of the name it is listed with.
 */
function typeListedTogether(sentences: Mention[][], typed: Map<string, Typed>): void {
  for (const mentions of sentences)
    mentions.forEach((a, i) => {
      const b = mentions[i + 1];
      if (!b || !LIST_JOINER_WORDS.has(a.after[0] ?? "") || b.before[b.before.length - 1] !== a.after[0]) return;
      const [ta, tb] = [typed.get(a.key), typed.get(b.key)];
      if (ta && tb && ta.kind === "name" && tb.kind !== "name" && tb.kind !== "person") Object.assign(ta, { kind: tb.kind, place: tb.place });
      else if (ta && tb && tb.kind === "name" && ta.kind !== "name" && ta.kind !== "person") Object.assign(tb, { kind: ta.kind, place: ta.place });
    });
}

/** Does the evidence make this name a model ("Giulia" in "the new Giulia")? */
const isModel = (st: NameStats | undefined) => st !== undefined && st.tally.model > 0 && st.tally.model >= Math.max(st.tally.person, st.tally.place, st.tally.org, st.tally.platform);

/** Short forms that stand for a longer name: a person's surname alone, a place's first word ("Pomigliano"). */
function shortForms(typed: Map<string, Typed>): Map<string, string> {
  const surnameOf = new Map<string, string>();
  for (const t of typed.values()) {
    const last = t.st.key.split(" ").at(-1) as string;
    // Not a word that is a model or a place of its own ("the B-SUV Junior": the Junior stays a car).
    const alone = typed.get(last)?.kind;
    if (t.kind === "person" && t.st.key.includes(" ") && last.length > 2 && (alone === undefined || alone === "name" || alone === "person")) surnameOf.set(last, t.st.key);
  }
  // "Pomigliano" for "Pomigliano d'Arco", when no other name claims the word and no other place opens with it ("Reggio").
  const places = [...typed.values()].filter((t) => t.kind === "place" && t.st.key.includes(" "));
  for (const [first, full] of soleHolders(places, (words) => words[0] as string)) {
    const alone = typed.get(first);
    // Also when context alone made it a place ("assembled in Pomigliano"): the place data has no such town.
    const untyped = alone !== undefined && (alone.kind === "name" || (alone.kind === "place" && alone.place === undefined));
    if (untyped && !surnameOf.has(first)) surnameOf.set(first, full);
  }
  // "Jean-Philippe" for "Jean-Philippe Imparato": given names written alone are the one person whose name opens with them.
  const people = [...typed.values()].filter((t) => t.kind === "person");
  for (const t of typed.values()) {
    if ((t.kind !== "person" && t.kind !== "name") || surnameOf.has(t.st.key)) continue;
    const longer = people.filter((p) => p.st.key.startsWith(`${t.st.key} `));
    if (longer.length === 1) surnameOf.set(t.st.key, (longer[0] as Typed).st.key);
  }
  // "Touring Superleggera" for "Carrozzeria Touring Superleggera": a name of two words or more that
  // ends a longer one of no other kind, when only one longer name ends with it.
  const others = [...typed.values()].filter((t) => t.st.key.split(" ").length >= 3 && t.kind !== "person" && t.kind !== "place");
  for (const [tail, full] of soleHolders(others, (words) => words.slice(1).join(" ")))
    if (typed.get(tail)?.kind === "name" && !surnameOf.has(tail)) surnameOf.set(tail, full);
  mergeMisspelt(people, surnameOf);
  return surnameOf;
}

/**
 * "Jean-Philippe Imperato" in one article, "Jean-Philippe Imparato" in the others: the same given
 * names and a surname one letter off are a misspelling of the name written more often, and the
 * misspelt name and its short forms stand for it.
 */
function mergeMisspelt(people: readonly Typed[], surnameOf: Map<string, string>): void {
  const uses = (t: Typed) => [...t.st.surfaces.values()].reduce((a, b) => a + b, 0);
  const full = people.filter((p) => p.st.key.includes(" "));
  for (const variant of full)
    for (const main of full) {
      if (variant === main || !misspelt(variant.st.key, main.st.key)) continue;
      if (uses(variant) > uses(main) || (uses(variant) === uses(main) && variant.st.key < main.st.key)) continue;
      surnameOf.set(variant.st.key, main.st.key);
      for (const [short, of] of surnameOf) if (of === variant.st.key) surnameOf.set(short, main.st.key);
      break;
    }
}

/** Same words but the last, and last words of five letters or more, with the same first letter, one edit apart. */
function misspelt(a: string, b: string): boolean {
  const x = a.split(" ");
  const y = b.split(" ");
  const [p, q] = [x.pop() as string, y.pop() as string];
  if (x.join(" ") !== y.join(" ") || Math.min(p.length, q.length) < 5 || p[0] !== q[0]) return false;
  return oneEditApart(p, q);
}

function oneEditApart(p: string, q: string): boolean {
  if (Math.abs(p.length - q.length) > 1 || p === q) return false;
  let i = 0;
  while (i < p.length && p[i] === q[i]) i++;
  // Substitution, or one letter more in the longer word.
  return p.length === q.length ? p.slice(i + 1) === q.slice(i + 1) : p.length > q.length ? p.slice(i + 1) === q.slice(i) : p.slice(i) === q.slice(i + 1);
}

/** Each part of the names (their first word, their last words) that only one of them has, with that name's key. */
function soleHolders(names: readonly Typed[], partOf: (words: string[]) => string): Map<string, string> {
  const holders = new Map<string, string[]>();
  for (const t of names) {
    const part = partOf(t.st.key.split(" "));
    holders.set(part, [...(holders.get(part) ?? []), t.st.key]);
  }
  return new Map([...holders].flatMap(([part, keys]) => (keys.length === 1 ? [[part, keys[0] as string] as const] : [])));
}

/**
 * "33 Stradale", "America's Cup": a name nearly always written after one prefix is named with it
 * (at least twice). A town stays itself: "Stellantis's Tychy plant" is Tychy.
 */
function prefixName(st: NameStats, share: number, gazetteer: Gazetteer): void {
  const [prefix, count] = [...st.prefixes].sort((a, b) => b[1] - a[1])[0] ?? [];
  const total = [...st.surfaces.values()].reduce((a, b) => a + b, 0);
  // Once is enough for a model number written every time: "the ultra-exclusive 33 Stradale".
  // So is a place's possessive before a name that is never written alone: "the America's Cup"
  // is an event, not a mention of America.
  const always = count === total && prefix !== undefined && (/^\d/u.test(prefix) || isPlacePossessive(prefix, gazetteer));
  if (prefix === undefined || count === undefined || (count < 2 && !always) || count < share * total) return;
  if (!/^\d/u.test(prefix) && gazetteer.place(mostUsed(st.surfaces) ?? st.key)) return;
  st.prefix = prefix;
}

const isPlacePossessive = (prefix: string, gazetteer: Gazetteer) => /['’]s$/u.test(prefix) && gazetteer.place(prefix.slice(0, -2)) !== undefined;

// A town that lends an event its name is a large one: "Geneva" alone is also a town of 20,000 in the US.
// A country or region hosting one counts as that large.
const HOST_POPULATION = 100_000;

/** The country, region or large city an event is named after ("Paris" of "Paris Motor Show"), if any. */
function hostOf(word: string, gazetteer: Gazetteer): PlaceRecord | undefined {
  const place = gazetteer.place(word);
  if (!place || place.kind === "continent") return undefined;
  return place.kind !== "city" || (place.population ?? 0) >= HOST_POPULATION ? place : undefined;
}

/** The name's written forms with its prefix in front, when it has one. */
const withPrefix = (st: NameStats, surface: string) => (st.prefix ? `${st.prefix} ${surface}` : surface);

function newStats(key: string): NameStats {
  return { key, surfaces: new Map(), tally: emptyTally(), inside: 0, roles: new Map(), brands: new Map(), prefixes: new Map() };
}

const isOrg = (e: EntityDef | undefined) => e !== undefined && (e.type === "brand" || e.type === "org");

function keepName(st: NameStats, lowerCase: Map<string, number>, o: DiscoveryOptions): boolean {
  if (st.inside === 0) {
    const space = st.key.indexOf(" ");
    // Only ever capitalised because it opens sentences: an ordinary word.
    if (space < 0) return false;
    // "Every Junior Ibrida ...", only ever opening sentences, its first word written in lower case elsewhere: no name starts there.
    if ((lowerCase.get(st.key.slice(0, space)) ?? 0) > 0) return false;
  }
  const total = [...st.surfaces.values()].reduce((a, b) => a + b, 0);
  const lower = lowerCase.get(st.key) ?? 0;
  return st.key.includes(" ") || lower < o.lowerCaseShare * (lower + total) || lower === 0;
}

// "MiTo", "X5", "E-Jet": a capital inside a word, a digit, or a lone letter joined by a hyphen.
const CODE = /\p{Ll}\p{Lu}\p{Ll}{0,2}(?:$|[\s-])|\d|(?:^|[\s-])\p{Lu}-|-\p{Lu}(?:$|[\s-])/u;

function typeOf(st: NameStats, gazetteer: Gazetteer, o: DiscoveryOptions, event: boolean, version: boolean): { kind: Kind | "name"; place?: PlaceRecord } {
  const surface = withPrefix(st, mostUsed(st.surfaces) ?? st.key);
  const code = CODE.test(surface);
  // Towns are not written like codes: "MiTo" is the car, not the Japanese city.
  // "Belvidere, Illinois" glued or a town the data lacks: its last word may still be a region or country.
  const last = tokenize(surface).at(-1)?.raw ?? surface;
  const region = st.key.includes(" ") ? gazetteer.place(last) : undefined;
  // The town alone is its name too: "Belvedere" for "Belvedere, Illinois".
  const town = surface.slice(0, surface.length - last.length).replace(/[\s,]+$/u, "");
  const inRegion: PlaceRecord | undefined =
    region && region.kind !== "city" ? { kind: "city" as const, name: surface, aliases: [surface, town], region, ...(region.country ? { country: region.country } : {}) } : undefined;
  // "the Paris Motor Show": an event named after a city or country happens there, the answer to where.
  const host = event && !code ? hostOf(tokenize(surface)[0]?.raw ?? "", gazetteer) : undefined;
  const held: PlaceRecord | undefined = host ? { kind: "city", name: surface, aliases: [surface], population: host.population ?? HOST_POPULATION, ...(host.country ? { country: host.country } : {}) } : undefined;
  const place = code ? undefined : (gazetteer.place(surface) ?? partOf(surface, gazetteer) ?? inRegion ?? held);
  const t = { ...st.tally };
  // "Carlos Tavares": a given name opening a name of two or three words.
  const words = tokenize(surface);
  const given = !version && words.length >= 2 && words.length <= 3 && gazetteer.firstName((words[0] as { raw: string }).raw);
  if (given) t.person += evidenceWeights.givenName;
  if (event) t.person = 0;
  // In a corpus about cars, a code-like name with no other evidence is most often a model.
  if (code) t.model += evidenceWeights.novelty;
  // No town is written after a number: "la produzione della 33 Stradale" names the car, whatever the words around.
  if (st.prefix && /^\d/u.test(st.prefix)) t.place = 0;
  if (place) {
    const big = place.kind !== "city" || (place.population ?? 0) >= o.smallTown;
    // A small town counts only where the text treats the name as a place more than as anything
    // else: "le versioni Quadrifoglio di Stelvio e Giulia" is the car, though Stelvio is a village too.
    const mostlyPlace = t.place > 0 && t.place > Math.max(t.model, t.person, t.org, t.platform);
    if (big || mostlyPlace) t.place += place.kind === "city" ? evidenceWeights.gazetteerTown : evidenceWeights.gazetteerRegion;
  }
  // A given name settles a tie ("to replace Carlos Tavares" read once as a car's context).
  const [kind, score] = (Object.entries(t) as [Kind, number][]).sort((a, b) => b[1] - a[1] || (given ? Number(b[0] === "person") - Number(a[0] === "person") : 0))[0] as [Kind, number];
  if (score < o.minEvidence) return { kind: "name" };
  return kind === "place" ? { kind, ...(place ? { place } : {}) } : { kind };
}

/** "Northern California", "Sud Italia": a compass word before a region or country names a part of it, a region. */
function partOf(surface: string, gazetteer: Gazetteer): PlaceRecord | undefined {
  const m = COMPASS.exec(surface);
  const whole = m ? gazetteer.place(surface.slice(m[0].length)) : undefined;
  if (!whole || whole.kind === "city") return undefined;
  return { kind: "region", name: surface, aliases: [surface], ...(whole.country ? { country: whole.country } : {}), ...(whole.kind === "region" ? { region: whole } : {}) };
}
const COMPASS = /^(?:northern|southern|eastern|western|central|north|south|east|west|nord|sud|centro|northeast|northwest|southeast|southwest)\s+(?=\p{Lu})/iu;

/** Roles people hold and for whom: "Alfa Romeo CEO Santo Ficili", "Antonio Filosa, CEO of Stellantis". */
function collectRoles(
  sentences: Mention[][],
  typed: Map<string, { st: NameStats; kind: Kind | "name" }>,
  known: Map<string, EntityDef>,
  cues: DiscoveryCues,
  surnameOf: Map<string, string>,
  implies: Record<string, string[]>,
): void {
  for (const mentions of sentences) {
    mentions.forEach((m, i) => {
      const person = typed.get(surnameOf.get(m.key) ?? m.key);
      if (!person || person.kind !== "person") return;
      const near = roleNear(m, cues);
      if (!near) return;
      // The organisation is the name on the role's side: right before "CEO X", right after "X,
      // CEO of". Not any name elsewhere in the sentence: "our new [group] CEO, Antonio Filosa"
      // in an article about Alfa Romeo does not make him Alfa Romeo's CEO.
      const neighbour = near.before ? mentions[i - 1] : mentions[i + 1];
      const org = neighbour && orgIdOf(neighbour.key, known, typed);
      if (!org) return;
      const { role } = near;
      for (const held of [role, ...(implies[role] ?? [])]) {
        const set = person.st.roles.get(held) ?? new Set();
        set.add(org);
        person.st.roles.set(held, set);
      }
    });
  }
}

function orgIdOf(key: string, known: Map<string, EntityDef>, typed: Map<string, { st: NameStats; kind: Kind | "name" }>): string | undefined {
  const k = known.get(key);
  if (k) return isOrg(k) ? k.id : undefined;
  return typed.get(key)?.kind === "org" ? `d_${slug(key)}` : undefined;
}

function buildEntities(
  typed: Map<string, { st: NameStats; kind: Kind | "name"; place?: PlaceRecord }>,
  surnameOf: Map<string, string>,
  known: Map<string, EntityDef>,
  gazetteer: Gazetteer,
  connectors: ReadonlySet<string>,
  lowerCase: Map<string, number>,
  titled: ReadonlySet<string>,
): EntityDef[] {
  const out: EntityDef[] = [];
  const regions = new Map<string, string>();
  /** The entity a country or continent stands for: the vocabulary's own ("Italy") or a new one. */
  const regionId = (record: PlaceRecord | undefined, type: "market", inside?: string): string | undefined => {
    if (!record) return undefined;
    const own = record.aliases.map((a) => known.get(lightKey(a))).find((e) => e !== undefined);
    if (own) return own.id;
    const id = `d_${slug(fold(record.name))}`;
    if (!regions.has(id)) {
      regions.set(id, id);
      const parent = inside ?? (record.kind === "country" && record.continent ? regionId(gazetteer.continent(record.continent), type) : undefined);
      out.push({ id, type, name: record.name, generic: false, aliases: record.aliases, roles: [], exactCase: false, ...(parent ? { within: parent } : {}) });
    }
    return id;
  };
  const shortForms = new Map<string, string[]>();
  for (const [short, full] of surnameOf) shortForms.set(full, [...(shortForms.get(full) ?? []), short]);
  const acronyms = acronymsOf(typed, known, lowerCase, titled);
  for (const { st, kind, place } of typed.values()) {
    if (surnameOf.has(st.key)) continue;
    const name = withPrefix(st, displayName(st.surfaces, connectors));
    const id = `d_${slug(st.key)}`;
    if (kind === "place" && place && place.kind !== "city") {
      // A region lies in its country, a part of a region ("Northern California") in that region.
      const country = place.kind === "country" || !place.country ? undefined : regionId(gazetteer.country(place.country), "market");
      regionId(place, "market", place.region ? regionId({ ...place.region, kind: "region" }, "market", country) : country);
      continue;
    }
    // The prefixed form first ("33 Stradale"), and the bare name as the articles also write it.
    const aliases = [...new Set([name, ...[...st.surfaces.keys()].map((surface) => withPrefix(st, surface)), ...st.surfaces.keys()])];
    // The short forms the articles use alone ("Imparato", "Pomigliano").
    for (const short of shortForms.get(st.key) ?? []) {
      const written = mostUsed(typed.get(short)?.st.surfaces ?? new Map());
      if (written && !aliases.includes(written)) aliases.push(written);
    }
    // A town's names in the place data ("Belvedere" for "Belvedere, Illinois").
    if (kind === "place" && place?.kind === "city") for (const a of place.aliases) if (!aliases.includes(a) && !known.has(lightKey(a))) aliases.push(a);
    const acronym = acronyms.get(st.key);
    if (acronym && !aliases.includes(acronym)) aliases.push(acronym);
    // The surname alone, of each way the name is written ("Imperato" where an article misspells it).
    if (kind === "person" && st.key.includes(" "))
      for (const written of [name, ...aliases.filter((a) => a.includes(" "))]) {
        const last = tokenize(written).at(-1)?.raw;
        if (last && last.length > 2 && !known.has(lightKey(last)) && !aliases.includes(last)) aliases.push(last);
      }
    const roles = [...st.roles].flatMap(([role, orgs]) => [...orgs].map((of) => ({ role, of })));
    const country = kind === "place" ? regionId(place?.country ? gazetteer.country(place.country) : undefined, "market") : undefined;
    // A town found through its region lies in that region, which lies in the country.
    const region = kind === "place" && place?.region ? regionId({ ...place.region, kind: "region" }, "market", country) : undefined;
    const within = kind === "place" ? (region ?? country) : kind === "model" ? mostUsed(st.brands) || undefined : undefined;
    const type = kind === "name" ? "name" : kind;
    // A one-word name the articles also write in lower case is an ordinary word there too.
    const exactCase = !st.key.includes(" ") && (lowerCase.get(st.key) ?? 0) > 0;
    out.push({ id, type, name, generic: false, aliases, roles, exactCase, ...(within ? { within } : {}) });
  }
  return out;
}

/**
 * "WEC" for "World Endurance Championship": readers ask with the initials of a name an article
 * spells out. Three letters at least (two-letter initials are mostly words or other names: "AD",
 * "GT"), never a person's or a place's nor a name holding a title ("Industry Minister Adolfo
 * Urso"), and only initials that no name of the corpus or the vocabulary already
 * is, that the articles never write as a word, and that stand for one name alone.
 */
function acronymsOf(typed: Map<string, Typed>, known: Map<string, EntityDef>, lowerCase: Map<string, number>, titled: ReadonlySet<string>): Map<string, string> {
  const byInitials = new Map<string, string[]>();
  for (const { st, kind } of typed.values()) {
    if (kind === "person" || kind === "place" || st.key.split(" ").some((w) => titled.has(w))) continue;
    const capitals = displayName(st.surfaces, new Set()).split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    const words = st.key.split(" ");
    // Every word capitalised: "Luna Rossa Prada Pirelli", not "Giulia and Stelvio" or "New plan".
    if (capitals.length < 3 || capitals.length !== words.length) continue;
    const initials = capitals.map((w) => w[0]).join("");
    byInitials.set(initials, [...(byInitials.get(initials) ?? []), st.key]);
  }
  const out = new Map<string, string>();
  for (const [initials, keys] of byInitials) {
    const key = lightKey(initials);
    if (keys.length === 1 && !typed.has(key) && !known.has(key) && !lowerCase.has(key)) out.set(keys[0] as string, initials);
  }
  return out;
}
