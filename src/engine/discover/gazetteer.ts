/**
 * What the core asks of a gazetteer. The data (every town of the world, countries and
 * continents in English and Italian) lives in packages the composition root loads; the core
 * only asks questions of it, so it stays free of I/O and tests can hand in a small one.
 */

/** A place a name may stand for. */
export interface PlaceRecord {
  kind: "city" | "region" | "country" | "continent";
  /** The place's name in English (the entity's display name). */
  name: string;
  /** Every name people write for it, in English and Italian ("Italy", "Italia"). */
  aliases: string[];
  /** ISO 3166-1 alpha-2 code: the country a city or region lies in, or the country itself. */
  country?: string;
  /** Continent code (EU, NA...) of a country. */
  continent?: string;
  /** Inhabitants, for cities: a town of 400 people named like a car is more likely the car. */
  population?: number;
}

/** Looks names up; answers undefined for anything it does not know. */
export interface Gazetteer {
  /** The most populous place with this exact name (case and accents as written are ignored). */
  place(name: string): PlaceRecord | undefined;
  /** A country by its ISO code, with its English and Italian names. */
  country(code: string): PlaceRecord | undefined;
  /** A continent by its code, with its English and Italian names. */
  continent(code: string): PlaceRecord | undefined;
  /** True for a common given name ("Carlos", "Davide"): "Carlos Tavares" is a person. */
  firstName(word: string): boolean;
}

/** A gazetteer that knows nothing: places are then told by context alone ("the X plant"). */
export const emptyGazetteer: Gazetteer = {
  place: () => undefined,
  country: () => undefined,
  continent: () => undefined,
  firstName: () => false,
};
