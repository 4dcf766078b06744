/**
 * Questions that are more than one plain ask: yes/no questions (a verdict before the quotes)
 * and two questions in one (each part answered in order). Both reuse the plain answer path
 * through the small {@link Engine} surface, so the rules of evidence stay in one place.
 */
import type { Lexicon } from "../text/lexicon.js";
import type { Answer, AnswerPart, Citation, Language, Verdict } from "../types.js";
import { composeAnswerText, stringsFor, type Finding } from "./compose.js";
import type { Scored } from "./rank.js";
import { queryKeys } from "./query-keys.js";
import type { Understanding } from "./understand.js";
import { assertedValue, judgeValues, stance, type YesNoRules } from "./verdict.js";

/** What the best evidence for an understood question is, as the plain answer path finds it. */
export interface Evidence {
  lead: Scored;
  findings: Finding[];
}

/** The plain answer path, as compound questions use it. */
export interface Engine {
  lexicon: Lexicon;
  evidence(u: Understanding): Evidence | undefined;
  /** The plain answer (or decline) of an understood question, from its evidence when the caller has it. */
  plain(question: string, u: Understanding, found?: Evidence): Answer;
  /** The answer to a whole question text (for the parts of a two-part one). */
  answerText(question: string): Answer;
  /** The keys a text holds (its named things and concepts), as articles are analysed. */
  keysOf(text: string, language: Language): Set<string>;
  /** Concept keys that make a different subject of the same name ("the successor to the Tonale"). */
  otherSubject: readonly string[];
  maxCitations: number;
}

/** An answer built from findings: what the plain path and the verdict path both return. */
export function answerOf(question: string, u: Understanding, findings: readonly Finding[], text: string): Answer {
  return {
    question,
    kind: "answer",
    answered: true,
    intent: u.intent?.def.id ?? "general",
    language: u.language,
    text,
    citations: findings.map((f) => f.citation),
  };
}

/** A yes/no question: the plain answer with a verdict in front when the quotes settle it. */
export function answerYesNo(engine: Engine, question: string, u: Understanding, rules: YesNoRules): Answer {
  const t = stringsFor(u.language).verdict;
  const asserted = assertedValue(u, engine.lexicon);
  if (asserted) {
    // Ask for the value itself: "Is the Stelvio built in Pomigliano?" -> where is the Stelvio built?
    const keys = new Set(asserted.slot.keys);
    const probe: Understanding = {
      ...u,
      slots: u.slots.filter((s) => s !== asserted.slot),
      answerType: asserted.type,
      named: new Set([...u.named].filter((k) => !keys.has(k))),
      kindAt: -1,
    };
    const found = engine.evidence(probe);
    // "the successor to the Tonale ... Melfi" is another car's plant, not a change of the Tonale's.
    const askedKeys = new Set(u.slots.flatMap((s) => s.keys));
    const sameSubject = (f: Finding) => {
      // Only the words leading up to the value: a long sentence lists other cars too.
      const at = f.phrase ? f.clause.toLowerCase().indexOf(f.phrase.toLowerCase()) : -1;
      const near = at < 0 ? f.clause : f.clause.slice(Math.max(0, at - 60), at + (f.phrase?.length ?? 0));
      const keys = engine.keysOf(near, u.language);
      return !engine.otherSubject.some((k) => keys.has(k) && !askedKeys.has(k));
    };
    let verdict = found ? judgeValues(found.findings.filter(sameSubject), asserted.slot, engine.lexicon) : null;
    if (found && verdict !== null) {
      const how = stance(found.lead.sentence, u.language, rules, queryKeys(probe).meaningful);
      const denied = how === "denied" && verdict === "yes";
      if (how === "hedged") verdict = null;
      else if (denied) verdict = "no";
      const prefix = verdict === null ? "" : `${t[verdict]} `;
      const suffix = verdict === null ? ` ${t.unsettled}` : "";
      // When the quote denies the very value asked about, the sentence itself is the answer, not the value.
      const shown = denied || verdict === null ? found.findings.map((f) => ({ ...f, phrase: undefined })) : found.findings;
      return { ...answerOf(question, u, found.findings, `${prefix}${composeAnswerText(shown, u.language, true)}${suffix}`), verdict };
    }
  }
  const found = engine.evidence(u);
  const plain = engine.plain(question, u, found);
  if (!found || !plain.answered) return { ...plain, verdict: null };
  // No value to compare: the quote's own stance decides, and only a plain, complete match says yes.
  const how = stance(found.lead.sentence, u.language, rules, queryKeys(u).meaningful);
  const verdict: Verdict = how === "denied" ? "no" : how === "plain" && found.lead.coverage >= 0.8 ? "yes" : null;
  const text = verdict === null ? `${plain.text} ${t.unsettled}` : `${t[verdict]} ${plain.text}`;
  return { ...plain, text, verdict };
}

/** Two or more parts, each answered on its own; the quotes of all parts, at most `maxCitations`, in order. */
export function answerParts(engine: Engine, question: string, texts: readonly string[], language: Language): Answer {
  const answers = texts.map((q) => engine.answerText(q));
  const t = stringsFor(language);
  const parts: AnswerPart[] = answers.map((a, i) => ({
    question: texts[i] as string,
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
