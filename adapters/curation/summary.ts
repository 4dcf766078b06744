/**
 * What a new article adds, told to the curator right after `add`: how many sentences the
 * bot can now quote, which named things of the vocabulary it mentions, and two questions
 * it now answers, each checked by asking the rebuilt bot and seeing the new file cited first.
 */
import type { Brandbot, Language } from "../../src/types.js";
import type { ValidCorpus } from "../../src/core.js";

export interface AddSummary {
  file: string;
  title: string;
  date: string | null;
  dateInferred: boolean;
  language: Language;
  sentences: number;
  /** Names of vocabulary entities the text mentions, in vocabulary order. */
  named: string[];
  /** Up to two questions whose first quote now comes from this file. */
  examples: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether `alias` occurs in `text` as whole words: case-insensitive, except short acronyms. */
function mentions(text: string, alias: string): boolean {
  const flags = alias.length <= 3 ? "u" : "iu";
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(alias)}(?![\\p{L}\\p{N}])`, flags).test(text);
}

type Entity = ValidCorpus["vocabulary"]["entities"][number];

/**
 * Questions worth trying, best first: the vocabulary's phrasings in `language` that already
 * name something the article names, then each phrasing with its named thing (or year)
 * swapped for one the article names, then the rest.
 */
function candidates(corpus: ValidCorpus, language: Language, found: Entity[], years: string[]): string[] {
  const named: string[] = [];
  const swapped: string[] = [];
  const rest: string[] = [];
  const phrasings = corpus.vocabulary.intents.flatMap((i) => i.phrasings[language]);
  for (const phrasing of phrasings) {
    const inPhrasing = corpus.vocabulary.entities.filter((e) => !e.generic && e.aliases.some((a) => mentions(phrasing, a)));
    (inPhrasing.some((e) => found.includes(e)) ? named : rest).push(phrasing);
    for (const entity of inPhrasing) {
      const alias = entity.aliases.find((a) => mentions(phrasing, a))!;
      // "in the US" becomes "in Europe", not "in the Europe": place names carry their own article.
      const article = entity.type === "place" || entity.type === "market" ? "(?:the\\s+)?" : "";
      for (const other of found.filter((f) => f.type === entity.type && !inPhrasing.includes(f)))
        swapped.push(phrasing.replace(new RegExp(`${article}${escape(alias)}`, "i"), other.aliases[0]!));
    }
    const year = /\b(?:19|20)\d{2}\b/.exec(phrasing)?.[0];
    if (year) for (const other of years.filter((y) => y !== year)) swapped.push(phrasing.replace(year, other));
  }
  return [...new Set([...named, ...swapped, ...rest])];
}

/** Summarises `file` as the rebuilt `bot` sees it. */
export function summarise(bot: Brandbot, corpus: ValidCorpus, file: string, maxTries = 300): AddSummary {
  const document = corpus.documents.find((d) => d.meta.file === file);
  const info = bot.sources().find((s) => s.source === file);
  if (!document || !info) throw new Error(`add: ${file} is not in the rebuilt corpus`);
  const found = corpus.vocabulary.entities.filter((e) => !e.generic && e.aliases.some((a) => mentions(document.text, a)));
  const examples: string[] = [];
  const years = [...new Set(document.text.match(/\b(?:19|20)\d{2}\b/g) ?? [])];
  for (const question of candidates(corpus, document.language, found, years).slice(0, maxTries)) {
    const answer = bot.answer(question);
    if (answer.answered && answer.citations[0]?.source === file) examples.push(question);
    if (examples.length === 2) break;
  }
  return {
    file,
    title: document.meta.title,
    date: document.meta.date,
    dateInferred: document.meta.dateInferred,
    language: document.language,
    sentences: info.sentences,
    named: found.map((e) => e.name),
    examples,
  };
}

/** The summary as the terminal shows it, one fact a line. */
export function formatSummary(s: AddSummary): string {
  const date = s.date ? `${s.date}${s.dateInferred ? " (inferred)" : ""}` : "none stated";
  return [
    `added seeds/${s.file}`,
    `  title:     ${s.title}`,
    `  date:      ${date}`,
    `  language:  ${s.language}`,
    `  sentences: ${s.sentences}`,
    `  named:     ${s.named.join(", ") || "nothing the vocabulary knows"}`,
    ...(s.examples.length ? ["  now answers:", ...s.examples.map((q) => `    ${q}`)] : ["  now answers: no example question picks it first yet"]),
  ].join("\n");
}
