/**
 * What an amount measures, read from its unit and the words around it: a time ("two years",
 * "a 90-day pause", "through 2027"), a length ("4.2-metre"), or someone's age ("58-year-old",
 * "Ficili, 58,"). Extraction asks it of every amount a "how long" or "how old" question may take.
 */
import { TIME_UNITS } from "./features.js";

/** An amount as extraction finds it: its words and where they stand. */
interface Amount {
  text: string;
  start: number;
  end: number;
}

// "a 90-day pause": the unit may be joined to its number by a hyphen.
export const FOLLOWED_BY_TIME_UNIT = new RegExp(`^(?:\\s+|-)(?:${TIME_UNITS})\\b`, "iu");
/** Units of length ("4.6 meters", "5 metri"): what "how long" may also ask for. */
export const LENGTH_UNITS = "centimet(?:er|re)s?|centimetri|cm|millimet(?:er|re)s?|mm|met(?:er|re)s?|metri|kilomet(?:er|re)s?|chilometri|km|inch(?:es)?";

/** "through 2027", "fino alla fine del 2027": a year something lasts until. */
export const UNTIL = /\b(?:until|through|till|fino\s+al?|fino\s+alla\s+fine\s+del)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\b/giu;
const LASTS_UNTIL = new RegExp(UNTIL.source, "iu");
const TIME_OR_LENGTH = new RegExp(`\\b(?:${TIME_UNITS}|${LENGTH_UNITS})\\b`, "iu");
const FOLLOWED_BY_AGE = /^[\s-]+(?:years?[\s-]+old|anni)\b/iu;

/**
 * The amount answers "how long" or "how old": a person's age for "how old is Ficili", a time
 * for "how old is the Stelvio" (never "ten centimeters"), a time or a length for "how long",
 * but never someone's age ("how long has Ficili been with the company" is not "58").
 */
export function measuresWhatIsAsked(text: string, c: Amount, asksAge: boolean, ofPerson: boolean): boolean {
  if (ofPerson) return statesAge(text, c);
  if (asksAge) return measuresTimeOrLength(text, c) && !measuresLength(text, c);
  return measuresTimeOrLength(text, c) && !statesAge(text, c);
}

const LENGTH = new RegExp(`\\b(?:${LENGTH_UNITS})\\b`, "iu");
const FOLLOWED_BY_LENGTH = new RegExp(`^[\\s-]*(?:${LENGTH_UNITS})\\b`, "iu");

/** The amount is a length: its unit says so, inside it or right after ("4.2-metre"). */
export function measuresLength(text: string, c: Amount): boolean {
  return LENGTH.test(c.text) || FOLLOWED_BY_LENGTH.test(text.slice(c.end));
}

/** The amount is a time or a length: its unit says so, inside it or right after ("58-year-old"). */
function measuresTimeOrLength(text: string, c: Amount): boolean {
  const after = text.slice(c.end);
  return TIME_OR_LENGTH.test(c.text) || FOLLOWED_BY_TIME_UNIT.test(after) || FOLLOWED_BY_AGE.test(after) || LASTS_UNTIL.test(c.text);
}

const AGED_BEFORE = /\b(?:aged|age of|età di)\s*$/iu;

// "Santo Ficili, 58, has run...": an age set off by commas right after a name.
const NAME_COMMA_BEFORE = /\p{Lu}[\p{L}'’-]*,\s*$/u;

/** The amount is someone's age: "58-year-old", "58 anni", "aged 58", "Ficili, 58,". */
function statesAge(text: string, c: Amount): boolean {
  const before = text.slice(0, c.start);
  const after = text.slice(c.end);
  return FOLLOWED_BY_AGE.test(after) || /years?[\s-]+old$/iu.test(c.text) || AGED_BEFORE.test(before) || (NAME_COMMA_BEFORE.test(before) && /^\s*,/u.test(after));
}
