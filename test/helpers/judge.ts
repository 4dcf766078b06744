/**
 * The scorer's pass rules (shared/eval/score.mjs), reimplemented so the evaluation runs
 * in-process in `npm test` without the shared folder a user's clone does not have.
 */
import type { Answer } from "../../src/types.js";
import type { EvalCase } from "./corpus.js";

export const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** Returns why an answer fails its case, or null when it passes. */
export function judge(c: EvalCase, a: Answer, docs: Record<string, string>): string | null {
  const e = c.expect;
  if (!e.answerable) return a.answered ? `should decline, answered: ${a.text.slice(0, 100)}` : a.text.trim() ? null : "empty decline";
  if (!a.answered) return `declined: ${a.text.slice(0, 100)}`;
  if (a.citations.length === 0 || a.citations.length > 3) return `${a.citations.length} citations`;
  if (a.text.length > 1000) return `text is ${a.text.length} characters`;
  for (const cit of a.citations) {
    const doc = docs[cit.source];
    if (doc === undefined || !doc.includes(fold(cit.quote))) return `quote not verbatim in ${cit.source}`;
  }
  const first = a.citations[0]?.source ?? "";
  if (!(e.sources ?? []).some((p) => first.startsWith(p))) return `first citation ${first}, expected ${e.sources?.join(",")}`;
  const hay = fold([a.text, ...a.citations.map((x) => x.quote)].join(" \n "));
  const missing = (e.all ?? []).filter((s) => !hay.includes(fold(s)));
  return missing.length ? `missing ${JSON.stringify(missing)}` : null;
}
