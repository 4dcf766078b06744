/**
 * The shape of a yes/no question beyond its words: names it sets aside ("besides the Giulia"),
 * the way a change goes, whether it asks what can be or what happened, its listed subjects and
 * its cleft ("Was it Marchionne who...?"). Read once per question, before any evidence.
 */
import { fold } from "../text/normalize.js";
import { joinsListItems, PURPOSE_SOURCE } from "../text/patterns.js";
import type { Language } from "../types.js";
import { relationBefore } from "./amounts.js";
import type { QuerySlot, Understanding } from "./understand.js";
import type { YesNoRules } from "./verdict.js";

/** Where any of the patterns match in `text`. */
export const spans = (text: string, list: readonly RegExp[]) => list.flatMap((re) => [...text.matchAll(re)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })));
/** Does any of the patterns match in `text`? */
export const found = (text: string, list: readonly RegExp[]) => list.some((re) => text.search(re) >= 0);
/** Words asking how likely something is ("likely", "probabilmente"): not the rest of the hedges ("may", "if"). */
const LIKELIHOOD = /(?<![\p{L}])(?:likely|unlikely|probably|presumably|probabil\p{L}*|improbabil\p{L}*|presumibilmente)(?![\p{L}])/u;

/** What a yes/no question asks beyond its words: which names it sets aside, which way a change goes, whether it asks what can be. */
export interface QuestionShape {
  /** Names after "besides", "other than", "oltre a": what the answer must be other than. */
  excluded: ReadonlySet<QuerySlot>;
  /** "Did sales go up?": the quote must say which way they went. */
  direction: "up" | "down" | undefined;
  /** "Can it hit 400,000?": a value stated as a target does not say it can. */
  possible: boolean;
  /** The question hedges itself ("probabilmente"): a hedged quote answers it plainly. */
  hedged: boolean;
  /** "Has it reached 400,000?" asks what happened: a target or a forecast does not answer it; "Will it...?" and "Did it expect...?" they do. */
  factual: boolean;
  /** "Was the plan dropped?": its own verb denies, so a quote that denies agrees. */
  reversed: boolean;
  /** Numbers the question compares ("more than 100,000"): asked about even when no article gives them. */
  compared: ReadonlySet<QuerySlot>;
  /** "Is the Grecale an Alfa Romeo?": the corpus's own brand, asked as the value. */
  identity: QuerySlot | undefined;
  /** The names the question opens with, joined as a list ("the next Giulia and Stelvio"): what it asks about, never the value. */
  subjects: ReadonlySet<QuerySlot>;
  /** "Was it Larry Dominique who said...?", "È stato Imparato a...?": the name a cleft puts first is the value asserted. */
  cleft: QuerySlot | undefined;
  /** "Did Imparato also stop at a dealer in San Giorgio?": the value is asked beside others, which then change nothing. */
  additive: boolean;
}

/** "also", "as well", "too?", "anche", "pure": a value asked about beside others (English "pure electric" is no "also"). */
const ADDITIVE: Record<Language, RegExp> = {
  en: /\b(?:also|as\s+well)\b|\btoo\s*\?\s*$/u,
  it: /\b(?:anche|pure)\b/u,
};

/** "Is it true that...", "È vero che...": a lead-in that only asks whether, before a cleft or "the one who". */
const TRUE_THAT = String.raw`(?:(?:is\s+it|it\s+is|it['’]s)\s+true\s+that\s+|(?:(?:è|e')\s+)?vero\s+che\s+)?`;
/** The opening of a cleft, up to the name it puts first ("Was it", "È stato"), per language. */
const CLEFT_OPENING: Record<Language, RegExp> = {
  en: new RegExp(String.raw`^\s*${TRUE_THAT}(?:was|is|will)(?:n['’]t)?\s+it\s+(?:be\s+)?$`, "iu"),
  it: new RegExp(String.raw`^\s*${TRUE_THAT}(?:è|e'|era|sarà|fu)\s+(?:stat[oaie]\s+)?$`, "iu"),
};
/**
 * "Was the 400,000 target set by Marchionne?", "l'aveva fissato Tavares?": the one who did it,
 * named last after the verb, is the value asserted, as a cleft's name is.
 */
const DOER_BEFORE: Record<Language, RegExp> = {
  en: /\b\p{L}{2,}(?:ed|en|t)\s+by\s+(?:the\s+)?$/iu,
  it: /\b\p{L}{2,}(?:at[oaie]|it[oaie]|ut[oaie]|ess[oaie]|est[oaie])\s+(?:(?:da|dal|dall['’]|dalla)\s*)?$/iu,
};
/** What follows the name a cleft puts first: "who", "that", "a" ("È stato Imparato a scegliere..."). */
const CLEFT_AFTER = /^\s+(?:who|that|which|che|(?:a|ad)\s+\p{L}+(?:are|ere|ire|rsi))(?![\p{L}])/iu;
/**
 * "Is Carlos Tavares the one presenting...?", "È Filosa quello che...?", "Is Belvedere, Illinois
 * where Alfa will build...?": a name singled out as the one who does it, or where it is done.
 */
const ONE_WHO_OPENING = new RegExp(String.raw`^\s*${TRUE_THAT}(?:(?:is|was|will)(?:n['’]t)?|è|e'|era|sarà|fu)\s+$`, "iu");
const ONE_WHO_AFTER = /^[,\s]+(?:the\s+(?:one|man|person|executive)\b|(?:quello|quella|colui|colei|la\s+persona)\s+che\b|(?:where|when|dove|quando)\s)/iu;

/** The first name and the names listed with it ("Giulia and Stelvio", "Giulia, Stelvio e Tonale"). */
function listedSubjects(question: string, u: Understanding): Set<QuerySlot> {
  const names = u.slots.filter((s) => s.kind === "entity" && !s.generic);
  const out = new Set<QuerySlot>();
  for (const [i, s] of names.entries()) {
    const before = names[i - 1];
    // "the Tonale plug-in and the Dodge Hornet": a version word may follow an item, and a maker
    // written right before its model ("Dodge Hornet") is one item with it.
    const gap = before ? question.slice(before.end, s.start).replace(VERSION_WORDS, "") : "";
    const madeBy = before !== undefined && out.has(before) && /^\s+$/u.test(question.slice(before.end, s.start)) && /^\p{Lu}/u.test(before.surface) && i >= 2;
    if (i > 0 && !(before && out.has(before) && (joinsListItems(gap, true) || madeBy))) break;
    out.add(s);
  }
  // "Lo stabilimento Stellantis di Belvedere è ancora attivo?", "Is the Belvedere plant still active?":
  // a plant named by its town is what the question is about, not a place asserted of something.
  for (const s of names) if (PLANT_OPENING.test(question.slice(0, s.start)) || (OPENER_ONLY.test(question.slice(0, s.start)) && PLANT_AFTER.test(question.slice(s.end)))) out.add(s);
  return out;
}

const PLANT_NOUN = "(?:stabilimento|fabbrica|impianto|plant|factory)";
/** The question opens with a plant and names its town: "Lo stabilimento (Stellantis) di Belvedere...". */
const PLANT_OPENING = new RegExp(`^\\s*(?:(?:lo|il|la|l['’]|the)\\s*)?${PLANT_NOUN}\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?(?:di|of|in|a)\\s+$`, "iu");
/** ...or opens with a verb, then "the <town> plant": "Is the Belvedere plant...". */
const OPENER_ONLY = /^\s*(?:is|was|are|were|will|has|does)\s+(?:the\s+)?$/iu;
const PLANT_AFTER = new RegExp(`^\\s+${PLANT_NOUN}(?![\\p{L}])`, "iu");

/** Lower-case words right after a list item that only say which version ("plug-in", "ibrida"). */
const VERSION_WORDS = /^(?:\s+[\p{Ll}][\p{Ll}-]*){1,2}(?=\s*(?:,|\band\b|\bor\b|\be\b|\bo\b))/u;

const CONDITIONAL_OPENING = /^\s*(?:would|could)\b/u;
const PURPOSE = new RegExp(PURPOSE_SOURCE, "gu");

export function questionShape(question: string, u: Understanding, rules: YesNoRules): QuestionShape {
  const folded = fold(question);
  const l = u.language;
  // A name is set aside from an exclusion word up to the end of its phrase.
  const cuts = spans(folded, [rules.exclusion[l]]);
  const excluded = new Set(
    u.slots.filter((s) => s.kind === "entity" && cuts.some((c) => s.start >= c.end && !/[,;:?]/u.test(folded.slice(c.end, s.start)))),
  );
  // "per crescere nel mondo, bastano...?", "in order to grow, ...": a purpose asks no direction.
  const unpurposed = folded.replace(PURPOSE, " ");
  const up = found(unpurposed, [rules.up[l]]);
  const down = found(unpurposed, [rules.down[l]]);
  return {
    additive: ADDITIVE[l].test(folded),
    excluded,
    direction: up === down ? undefined : up ? "up" : "down",
    // "Is Alfa actually going to hit 400,000?" asks whether it can, as "Can it hit 400,000?" does: a target
    // is no answer. "Did Alfa really sell 20,000?" asks what happened.
    possible: found(folded, [rules.possibility[l]]) || (found(folded, [rules.doubt[l]]) && found(folded, [rules.future[l]])),
    // "would a US factory be the first...?": a conditional question asks what would be, as its quote may say.
    hedged: found(folded, [rules.modality[l]]) || CONDITIONAL_OPENING.test(folded),
    // "Is it likely to come out of Melfi?" asks what is expected, as "Will it...?" does: a plan answers it.
    factual: !found(folded, [rules.projection[l], rules.future[l]]) && !LIKELIHOOD.test(folded) && !CONDITIONAL_OPENING.test(folded),
    reversed: spans(folded, [rules.reversal[l]]).some((m) => !changesAmount(folded, m)) || negatesContent(folded, rules.negation[l], rules.litotes[l]),
    compared: new Set(u.slots.filter((s) => s.kind === "number" && relationBefore(question, s.start, rules, [l]) !== "=")),
    subjects: listedSubjects(question, u),
    cleft: u.slots.find(
      (s) =>
        s.kind === "entity" &&
        ((CLEFT_OPENING[l].test(question.slice(0, s.start)) && CLEFT_AFTER.test(question.slice(s.end))) ||
          (ONE_WHO_OPENING.test(question.slice(0, s.start)) && ONE_WHO_AFTER.test(question.slice(s.end))) ||
          (DOER_BEFORE[l].test(question.slice(0, s.start)) && /^[\s?!.]*$/u.test(question.slice(s.end)))),
    ),
    identity: u.slots.find(
      (s) => s.kind === "entity" && s.generic && spans(folded.slice(0, s.start), [rules.indefinite[l]]).some((m) => /^\s*$/u.test(folded.slice(m.end, s.start))),
    ),
  };
}

/**
 * "dropped by 31%", "sales drop 10%": a word of dropping before an amount tells a change, not a
 * denial. Not a plain negator ("not 100% electric" denies) nor a year ("dropped by 2024" is a plan dropped).
 */
export const changesAmount = (folded: string, m: { start: number; end: number }) =>
  !/^(?:not|non|never|mai|no)$/u.test(folded.slice(m.start, m.end)) &&
  /^\s+(?:by\s+|of\s+|to\s+|del\s+|dell['’]\s*)?(?:about\s+|around\s+|circa\s+)?(?!(?:19|20)\d{2}(?![\d.,]|\s*%))\d/u.test(folded.slice(m.end));

/**
 * "Did he say the plant won't be built from scratch?": a denial inside what is asked, as a verb
 * of dropping is, so a quote that denies it agrees. Not the opening auxiliary ("Isn't it built in
 * Cassino?" asks whether it is) nor a closing "or not".
 */
function negatesContent(folded: string, negation: RegExp, litotes: RegExp): boolean {
  const asked = folded.replace(/[,\s]+(?:or not|o no|oppure no)\s*\??\s*$/u, "").replace(/\b(?:whether or not|se o no)\b/gu, " ");
  const opener = /^\S+/u.exec(asked)?.[0].length ?? 0;
  const kept = spans(asked, [litotes]);
  return spans(asked, [negation]).some((m) => m.start >= opener && !kept.some((k) => m.start < k.end && k.start < m.end));
}
