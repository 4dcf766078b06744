/**
 * Openings that point back: "It will...", "Both models...", "Il nuovo modello...". News names a
 * car once and then calls it "the new model"; a sentence so opened is about what came before,
 * across a paragraph break too.
 */
import type { Lexicon } from "./lexicon.js";
import { fold } from "./normalize.js";

/** Does the text open with one of the vocabulary's pointing-back words or phrases (whole words only)? */
export function opensPointingBack(text: string, lexicon: Lexicon): boolean {
  // Past any opening quote mark or bracket: “It...”, "(The new model...".
  const opening = fold(text.slice(0, 44)).replace(/^[^\p{L}]+/u, "");
  for (const words of lexicon.anaphora) if (opening.startsWith(words) && !/\p{L}/u.test(opening.charAt(words.length))) return true;
  return false;
}

/**
 * "Imparato stated that this model would be...": a demonstrative and a car noun among the text's
 * first words. Only such a phrase: "that", "it" or "saranno" a few words in point anywhere.
 */
export function callsBackACar(text: string): boolean {
  // Only the opening words are read: no need to split a long sentence whole.
  return CAR_CALLED_BACK.test(text.slice(0, OPENING_CHARS).split(/\s+/u).slice(0, EARLY_WORDS + 2).join(" "));
}

/** How many opening words may stand before the phrase ("Imparato stated that this model"). */
const EARLY_WORDS = 6;
/** Far more characters than eight opening words take. */
const OPENING_CHARS = 200;
/** A car named by its kind, whole ("model", not "model's" nor "car-maker"). */
const CAR_NOUN = "(?:models?|cars?|suv|vehicles?|crossover|sedan|saloon|supercar|coupe|hatchback|flagship|modell[oi]|auto|vettura|veicolo|berlina|fuoriserie|ammiraglia)(?![\\p{L}'’-])";
/** ...and not the trade or a plan: "the car market", "the model year", "il modello di business". */
const NOT_THE_TRADE = "(?!\\s+(?:market|industry|makers?|sector|segment|world|year|range|mercato|settore|industria|mondo|di\\s+business)(?![\\p{L}]))";
const CAR_CALLED_BACK = new RegExp(`(?:^|[^\\p{L}])(?:this|these|the new|questo|questa|questi|queste|il nuovo|la nuova|quest['’])\\s*${CAR_NOUN}${NOT_THE_TRADE}`, "iu");

/**
 * "The crossover will be produced at...", "La berlina avrà...": a sentence that opens with a car
 * named by its kind is about the car the sentence before it named, as surely as if it named it.
 */
export function opensWithACar(text: string): boolean {
  return CAR_OPENING.test(text.replace(/^[^\p{L}]+/u, ""));
}

const CAR_OPENING = new RegExp(`^(?:the|this|il|la|lo|l['’]|questo|questa|quest['’])\\s*(?:(?:new|compact|nuov[oa]|compatt[oa])\\s+)?${CAR_NOUN}${NOT_THE_TRADE}`, "iu");

/**
 * "...the arrival of new Alfa Romeo models at the plant in the future cannot be ruled out": news
 * names a factory once, then calls it "the plant", "lo stabilimento", anywhere in the next sentence.
 */
export function callsBackAPlant(text: string): boolean {
  return PLANT_CALLED_BACK.test(text);
}

const PLANT_CALLED_BACK =
  /(?:^|[^\p{L}])(?:(?:the|this|that)\s+(?:plant|factory|facility)|(?:lo|quello|questo)\s+stabilimento|(?:la|quella|questa)\s+fabbrica|(?:l['’]|quell['’]|quest['’])\s*impianto)(?![\p{L}'’-])/iu;
