/**
 * Evidence for what kind of thing a name is, read from the words around each mention:
 * "CEO Santo Ficili" (a person), "the STLA Medium platform" (a platform), "the new Junior
 * SUV" (a model), "stabilimento di Melfi" (a place). Each mention adds to a tally per kind;
 * the gazetteer adds what it knows; the largest tally names the type.
 */
import type { Mention } from "./mentions.js";

/** Folded cue words, by what they tell; read from the vocabulary's `discovery` section. */
export interface DiscoveryCues {
  roles: Map<string, string>;
  speech: ReadonlySet<string>;
  vehicles: ReadonlySet<string>;
  platforms: ReadonlySet<string>;
  plants: ReadonlySet<string>;
  novelty: ReadonlySet<string>;
  orgs: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  /** Last words of events' names ("show", "cup", "salone"). */
  events: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  /** Articles and prepositions, skipped when looking for the word before a name ("heir to the X"). */
  small: ReadonlySet<string>;
}

export type Kind = "person" | "model" | "platform" | "org" | "place";

/** How much one mention's context says, per kind. Tuned on the seed articles' wording. */
export const evidenceWeights = {
  /** "CEO X", "X, head of": a role beside a name is the surest sign of a person. */
  role: 2,
  /** "said X", "X told": only people speak. */
  speech: 1.5,
  /** "the X platform", "piattaforma X". */
  platform: 2,
  /** "the X SUV", "Alfa Romeo X": a vehicle word or a brand right before. */
  vehicle: 1.5,
  brandPrefix: 2,
  /** A vehicle word up to three words before: weaker, the name may be a place ("SUVs built in X"). */
  vehicleBefore: 1,
  /** "the new X", "the heir to the X": in this domain, new things and their forebears are models. */
  novelty: 1,
  /** "the X group", "marchio X". */
  org: 1.5,
  /** "the X plant", "stabilimento di X". */
  plant: 1,
  /** "Carlos Tavares": a given name first; enough alone, outweighed by any model or place evidence. */
  givenName: 1,
  /** "in X", "a X": weak, many things follow "in". */
  preposition: 0.5,
  /** The gazetteer knows a town by the name: as strong as a vehicle word, so "the Tonale SUV" still wins. */
  gazetteerTown: 1.5,
  /** The gazetteer knows a country, region or continent by the name: stronger than any one context. */
  gazetteerRegion: 3,
} as const;

export type Tally = Record<Kind, number>;

/** Kinds in the order that wins a tie: a gazetteer's place before a guessed person. */
export const emptyTally = (): Tally => ({ place: 0, platform: 0, model: 0, org: 0, person: 0 });

/**
 * The role a mention stands beside, if any ("ceo" for "CEO Santo Ficili"), and on which side:
 * before the name ("Stellantis CEO X") or after it ("X, CEO of Stellantis"), where its
 * organisation is named too.
 */
export function roleNear(m: Mention, cues: DiscoveryCues): { role: string; before: boolean } | undefined {
  const before = cues.roles.get(m.before[m.before.length - 1] ?? "");
  if (before) {
    // "Chief Operating Officer Enlarged Europe": a word between a role word and another role
    // word or name, with nothing between them, is part of a title, not a person.
    const titled = /^\s+$/u.test(m.gapAfter) && (cues.roles.has(m.after[0] ?? "") || m.afterCapitalised[0] === true);
    return titled ? undefined : { role: before, before: true };
  }
  // Apposition: "Santo Ficili, CEO of ...", "Davide Mele, head of ...".
  if (!/^\s*,\s*$/.test(m.gapAfter)) return undefined;
  const role = wordAfter(m, (w) => cues.roles.get(w));
  return role ? { role, before: false } : undefined;
}

/**
 * What `read` finds in the first of the three words after the name that it reads, unless
 * another name comes first: "Turin, Alfa Romeo CEO Santo Ficili" gives Turin no role.
 */
function wordAfter<T>(m: Mention, read: (word: string) => T | undefined): T | undefined {
  for (const [i, w] of m.after.slice(0, 3).entries()) {
    const found = read(w);
    if (found !== undefined) return found;
    if (m.afterCapitalised[i]) return undefined;
  }
  return undefined;
}

/** "CMP/eCMP modular platform", "STLA Large platform": a platform word within three words after, no other name between. */
const platformAfter = (m: Mention, cues: DiscoveryCues) => wordAfter(m, (w) => (cues.platforms.has(w) ? true : undefined)) === true;

/** Adds what one mention's context tells to the tally of its name. */
export function addEvidence(t: Tally, m: Mention, cues: DiscoveryCues, brandBefore: boolean): void {
  const w = evidenceWeights;
  const prev = m.before[m.before.length - 1] ?? "";
  const next = m.after[0] ?? "";
  if (roleNear(m, cues) || cues.titles.has(prev)) t.person += w.role;
  // "Ficili said", "said Ficili", "according to Ficili", "secondo Ficili".
  const according = prev === "to" && cues.speech.has(m.before[m.before.length - 2] ?? "");
  if (cues.speech.has(next) || cues.speech.has(prev) || according) t.person += w.speech;
  // "piattaforma STLA Small", and with an Italian adjective between: "piattaforma modulare STLA Small".
  const platformBefore = cues.platforms.has(prev) || cues.platforms.has(m.before[m.before.length - 2] ?? "");
  if (platformAfter(m, cues) || platformBefore) t.platform += w.platform;
  if (cues.vehicles.has(next)) t.model += w.vehicle;
  // "a compact SUV called the Brennero": a vehicle word just before, across a naming verb.
  else if (m.before.some((b) => cues.vehicles.has(b))) t.model += w.vehicleBefore;
  // "il capo marketing del Biscione Cristiano Fiorio": a role of the brand, then the name, is the one who holds it.
  const roleOfBrand = brandBefore && [...m.farBefore, ...m.before].some((b) => cues.roles.has(b));
  if (roleOfBrand) t.person += w.role;
  else if (brandBefore) t.model += w.brandPrefix;
  const content = [...m.before].reverse().find((b) => !cues.small.has(b)) ?? "";
  if (cues.novelty.has(content)) t.model += w.novelty;
  if (cues.orgs.has(next) || cues.orgs.has(prev)) t.org += w.org;
  if (cues.plants.has(next) || m.before.some((b) => cues.plants.has(b))) t.place += w.plant;
  // "a Trivero, la cittadina del Biellese", "Cassino, the town where...": a place word in apposition.
  else if (/^\s*,\s*$/u.test(m.gapAfter) && cues.plants.has(m.after.find((a) => !cues.small.has(a)) ?? "")) t.place += w.plant;
  if (cues.placePrepositions.has(prev)) t.place += w.preposition;
}
