/**
 * Another maker's example set beside the answer ("exactly as BMW does with the X5", "come fa BMW
 * con la X5"): its names are no answer, and a sentence whose only anchors sit in it answers
 * nothing. Read once per sentence by extraction.
 */
import type { Span } from "./figure-context.js";

// "exactly as BMW does with the X5", "come fa BMW con la X5": another maker's example, set beside
// the answer. Each match runs from "as"/"come fa" to where the example begins; group 1 or 2 is the maker.
const MAKER = "(\\p{Lu}[\\p{L}\\d-]*(?:\\s+\\p{Lu}[\\p{L}\\d-]*)?)";
const COMPARISON = new RegExp(
  `\\b(?:[Aa]s|[Ll]ike)\\s+${MAKER}\\s+(?:does|did|do|has done)\\s+with\\s+(?:the\\s+|its\\s+|their\\s+)?|\\b[Cc]ome\\s+(?:fa|ha fatto|faceva|fanno)\\s+${MAKER}\\s+con\\s+(?:la\\s+|il\\s+|lo\\s+|l['’]\\s*|i\\s+|le\\s+)?`,
  "dgu",
);
// How far before its example a comparison may begin.
const COMPARISON_REACH = 60;

export interface Comparison extends Span {
  maker: Span;
}

/** A sentence's comparisons, read once: most sentences have none. */
export function comparisonsIn(text: string): Comparison[] {
  const out: Comparison[] = [];
  for (const m of text.matchAll(COMPARISON)) {
    const start = m.index ?? 0;
    const [makerStart, makerEnd] = m.indices?.[1] ?? m.indices?.[2] ?? [start, start];
    if (m[0].length <= COMPARISON_REACH) out.push({ start, end: start + m[0].length, maker: { start: makerStart, end: makerEnd } });
  }
  return out;
}

/** The comparison whose example starts at the span ("the X5" of "as BMW does with the X5"), if any. */
export const comparedAt = (comparisons: readonly Comparison[], x: Span) => comparisons.find((m) => m.end === x.start);

/** Is the span a comparison's example, or the last word of its maker ("BMW", "X5" of "as BMW does with the X5")? */
export const inComparison = (comparisons: readonly Comparison[], x: Span) =>
  comparedAt(comparisons, x) !== undefined || comparisons.some((m) => x.start >= m.maker.start && x.end === m.maker.end);
