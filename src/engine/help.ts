/**
 * Help derived from the corpus: what the bot covers and questions worth trying, read from
 * the articles themselves. The vocabulary gives only each intent's label and a few general
 * phrasings; the names in the topics are the ones the articles use most about that intent,
 * and every example is asked before it is offered, so adding or removing an article changes
 * both and no example the bot would decline is ever suggested.
 */
import type { AnswerType, EntityDef } from "../corpus/schema.js";
import { analyze } from "../text/analyze.js";
import type { Answer, Language } from "../types.js";
import type { CorpusIndex } from "./corpus-index.js";
import type { CompiledIntent } from "./intents.js";

export interface HelpLists {
  topics: string[];
  examples: string[];
}

export interface HelpOptions {
  /** Names shown per topic: enough to show the range, few enough to read at a glance. */
  namesPerTopic: number;
  /** Example questions offered: one per intent until this many. */
  maxExamples: number;
  /** A name must come up this often in an intent's sentences to stand for it: once is chance. */
  minMentions: number;
  /** Questions tried per intent before giving up on an example for it (each try is one answer). */
  triesPerIntent: number;
}

export const helpDefaults: HelpOptions = { namesPerTopic: 4, maxExamples: 4, minMentions: 2, triesPerIntent: 6 };

/** Which kinds of named thing stand for an intent: the kind it answers with, or any but people and places. */
function kindsFor(type: AnswerType): ReadonlySet<string> | null {
  if (type === "place") return new Set(["place"]);
  if (type === "person") return new Set(["person"]);
  if (type === "time" || type === "quantity") return new Set(["model"]);
  return null;
}

/**
 * For each intent, the named things most typical of its sentences (those holding one of its
 * evidence words): mentions there, squared, over mentions anywhere, so a name that is
 * everywhere (the brand) yields to one that belongs to the topic. One pass over the columns.
 */
export function typicalNames(index: CorpusIndex, intents: readonly CompiledIntent[], o: HelpOptions): EntityDef[][] {
  const { columns: c } = index.parts;
  const evidence = intents.map((i) => new Set(i.evidence));
  const inIntent = intents.map(() => new Map<string, number>());
  const anywhere = new Map<string, number>();
  const keys = new Set<string>();
  for (let id = 0; id < c.doc.length; id++) {
    keys.clear();
    for (let i = c.slotOffset[id] as number, end = c.slotOffset[id + 1] as number; i < end; i++)
      for (const k of c.keyLists[c.slotKeys[i] as number] ?? []) keys.add(k);
    const entities = [...keys].filter((k) => k.startsWith("e:") && !index.lexicon.entities.get(k.slice(2))?.generic);
    for (const k of entities) anywhere.set(k, (anywhere.get(k) ?? 0) + 1);
    evidence.forEach((ev, n) => {
      if (![...ev].some((k) => keys.has(k))) return;
      const counts = inIntent[n] as Map<string, number>;
      for (const k of entities) counts.set(k, (counts.get(k) ?? 0) + 1);
    });
  }
  const scored = intents.map((intent, n) => {
    const kinds = kindsFor(intent.def.answerType);
    return [...(inIntent[n] as Map<string, number>)]
      .map(([k, count]) => ({ k, def: index.lexicon.entities.get(k.slice(2)), count, score: (count * count) / (anywhere.get(k) ?? count) }))
      .filter((x) => x.def && x.count >= o.minMentions && (kinds ? kinds.has(x.def.type) : x.def.type !== "person" && x.def.type !== "place"));
  });
  // Each name stands for the one topic it is most typical of, so the topics read apart.
  const home = new Map<string, { n: number; score: number }>();
  scored.forEach((list, n) => {
    for (const x of list) if (x.score > (home.get(x.k)?.score ?? -1)) home.set(x.k, { n, score: x.score });
  });
  return scored.map((list, n) =>
    list
      .filter((x) => home.get(x.k)?.n === n)
      .sort((a, b) => b.score - a.score || b.count - a.count || a.k.localeCompare(b.k))
      .slice(0, o.namesPerTopic)
      .map((x) => x.def as EntityDef),
  );
}

/** An intent's phrasings, then each with its named thing swapped for one typical of the intent. */
function candidateQuestions(index: CorpusIndex, intent: CompiledIntent, typical: readonly EntityDef[], language: Language): string[] {
  const out: string[] = [];
  for (const phrasing of intent.def.phrasings[language]) {
    const slots = analyze(phrasing, language, index.lexicon, { mode: "question" });
    for (const slot of slots) {
      const id = slot.keys.find((k) => k.startsWith("e:"))?.slice(2);
      const def = id ? index.lexicon.entities.get(id) : undefined;
      if (!def || def.generic) continue;
      for (const other of typical)
        if (other.type === def.type && other.name !== def.name) out.push(phrasing.slice(0, slot.start) + other.name + phrasing.slice(slot.end));
    }
    out.push(phrasing);
  }
  return [...new Set(out)];
}

/** The help lists for one language: topics with their typical names, and examples the bot answers. */
export function deriveHelp(
  index: CorpusIndex,
  intents: readonly CompiledIntent[],
  language: Language,
  ask: (question: string) => Answer,
  o: HelpOptions = helpDefaults,
): HelpLists {
  const names = typicalNames(index, intents, o);
  const topics = intents.map((intent, n) => {
    // A label starts a sentence; in the list it follows "about:" ("where models are built"), acronyms kept.
    const given = intent.def.label[language];
    const label = /^\p{Lu}\p{Ll}/u.test(given) ? given[0]!.toLowerCase() + given.slice(1) : given;
    const typical = (names[n] ?? []).map((e) => e.name);
    return typical.length ? `${label} (${typical.join(", ")})` : label;
  });
  const examples: string[] = [];
  intents.forEach((intent, n) => {
    if (examples.length >= o.maxExamples) return;
    const tries = candidateQuestions(index, intent, names[n] ?? [], language).slice(0, o.triesPerIntent);
    const found = tries.find((q) => {
      const a = ask(q);
      return a.answered && a.language === language;
    });
    if (found) examples.push(found);
  });
  return { topics, examples };
}
