/**
 * Two questions in one ("Where is the Tonale built and who runs the brand?"): each part answered
 * in order through the plain path (or the yes/no one), with its own short answer and quotes, at
 * most the usual number of quotes in all; a part the documents don't cover is said so. Split
 * from `compound.ts`, which keeps the yes/no verdicts.
 */
import type { Answer, AnswerPart, Citation, Language } from "../types.js";
import { capitalise, stringsFor } from "./compose.js";
import { quotedKeys, type Engine } from "./compound.js";

/**
 * Two parts that ask different things of the same things ("What was the 2024 sales target,
 * and what were the sales that year?") cannot share one answer: a later part given word for
 * word an earlier part's answer, from the same quote, found no evidence of its own and is
 * declined. The same thing asked twice in other words ("built", "assembled") keeps its answer,
 * and so do parts about different things ("the Giulia and Stelvio are built at Cassino").
 */
function repeatsDeclined(engine: Engine, texts: readonly string[], answers: Answer[], language: Language): Answer[] {
  const keys = texts.map((q) => [...engine.keysOf(q, language)]);
  // The corpus's own brand is every question's frame, not what a part is about.
  const specific = (k: string) => k.startsWith("e:") && !engine.lexicon.entities.get(k.slice(2))?.generic;
  const names = keys.map((ks) => ks.filter(specific).sort().join(" "));
  const asks = keys.map((ks) => ks.filter((k) => k.startsWith("c:") || k.startsWith("t:")).sort().join(" "));
  // "...reduce costs ... as well as enable the production of new electric and hybrid models" answers
  // "what does it bring in costs?" and "what models will it allow to produce?": the quote says two or more of each part's own concepts, all of them.
  const saysAll = (a: Answer, i: number) => {
    const concepts = (keys[i] as string[]).filter((k) => k.startsWith("c:"));
    const quoted = quotedKeys(engine, a.citations[0]?.quote ?? "");
    return concepts.length >= 2 && concepts.every((k) => quoted.has(k));
  };
  return answers.map((a, i) => {
    const repeats = answers
      .slice(0, i)
      .some((b, j) => leadQuote(a) !== undefined && leadQuote(b) === leadQuote(a) && b.text === a.text && names[j] === names[i] && asks[j] !== asks[i] && !saysAll(a, i));
    return repeats ? { ...a, answered: false, citations: [] } : a;
  });
}

/**
 * One part. The names it carried from the first ("...and how often will new models come out
 * (Junior)?") are a guess: when they find nothing, the part as written is asked, if it stands
 * as a question of its own (two things to look for, not only "what does it cost?").
 */
function answerPart(engine: Engine, text: string, uncarried: string | undefined, language: Language): { text: string; answer: Answer } {
  const answer = engine.answerText(text);
  if (answer.answered || uncarried === undefined) return { text, answer };
  const own = [...engine.keysOf(uncarried, language)].filter((k) => !k.startsWith("n:"));
  if (own.length < MIN_KEYS_STANDING_ALONE) return { text, answer };
  const alone = engine.answerText(uncarried);
  return alone.answered ? { text: uncarried, answer: alone } : { text, answer };
}

/** Keys a part needs to be asked without the names it carried. */
const MIN_KEYS_STANDING_ALONE = 3;

/** Where an answer's first quote stands, to tell answers that lead with the same quote; undefined for a decline. */
export function leadQuote(a: Pick<Answer, "answered" | "citations">): string | undefined {
  const c = a.citations[0];
  return a.answered && c ? `${c.source}:${c.start}:${c.end}` : undefined;
}

/** Two or more parts, each answered on its own; the quotes of all parts, at most `maxCitations`, in order. */
export function answerParts(
  engine: Engine,
  question: string,
  texts: readonly string[],
  language: Language,
  uncarried: readonly (string | undefined)[] = [],
  /** The parts ask one question of two things ("the first market, and the second?"): one quote may answer both. */
  oneQuestion = false,
): Answer {
  const asked = texts.map((q, i) => answerPart(engine, q, uncarried[i], language));
  const answers = oneQuestion
    ? asked.map((a) => a.answer)
    : repeatsDeclined(
        engine,
        asked.map((a) => a.text),
        asked.map((a) => a.answer),
        language,
      );
  const t = stringsFor(language);
  const parts: AnswerPart[] = answers.map((a, i) => ({
    question: capitalise((asked[i] as { text: string }).text),
    answered: a.answered,
    text: a.answered ? a.text : t.partDeclined,
    citations: a.citations,
  }));
  // Each part's first quote before any part's second: every part gets its evidence shown.
  const citations: Citation[] = [];
  for (let round = 0; citations.length < engine.maxCitations && round < engine.maxCitations; round++)
    for (const p of parts) {
      const c = p.citations[round];
      if (c && citations.length < engine.maxCitations && !citations.some((x) => x.source === c.source && x.start === c.start)) citations.push(c);
    }
  const first = answers.find((a) => a.answered);
  const clip = (s: string) => (s.length > 440 ? `${s.slice(0, 437)}...` : s);
  return {
    question,
    kind: first ? "answer" : "decline",
    answered: first !== undefined,
    intent: first?.intent ?? null,
    language,
    text: parts.map((p, i) => `(${i + 1}) ${clip(p.text)}`).join(" "),
    citations,
    parts,
    ...(first ? {} : { help: answers[0]?.help }),
  };
}
