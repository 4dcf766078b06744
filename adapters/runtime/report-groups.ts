/**
 * Groups unanswered questions that ask the same thing in different spellings ("Where is
 * the Giula bilt?", "where is the giulia built"), so the report counts one gap once and
 * the curator sees how often it was really asked.
 */
import { fold } from "../../src/core.js";

/** One way a question was written, and how often and when it was last asked. */
export interface Variant {
  text: string;
  count: number;
  last: number;
}

/** Questions counted as one: `variants` in their most asked wording first, then most asked, then most recent. */
export interface QuestionGroup {
  count: number;
  last: number;
  variants: Variant[];
}

/** Case, accents and punctuation dropped: the words a question is made of. */
export function questionWords(question: string): string[] {
  return fold(question).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions: "teh" is one slip from "the"). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Whether two words are one misspelt as the other. Words with digits must match exactly
 * (2024 is not 2025), words of up to three letters may only swap two letters (CEO is not
 * CFO), and longer words allow more slips.
 */
export function sameWordMisspelt(a: string, b: string): boolean {
  if (a === b) return true;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const longest = Math.max(a.length, b.length);
  const allowed = longest <= 3 ? 0 : longest <= 5 ? 1 : longest <= 8 ? 2 : 3;
  const distance = editDistance(a, b);
  if (longest <= 3) return distance === 1 && [...a].sort().join("") === [...b].sort().join("");
  return distance <= allowed;
}

const sameQuestion = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => sameWordMisspelt(w, b[i]!));

/**
 * Groups questions that differ only in case, punctuation or spelling. Candidates are only
 * compared within the same word count and first letters (a slip rarely changes a word's
 * first letter), which keeps this linear in practice on a large log.
 */
export function groupQuestions(asked: { question: string; at: number }[]): QuestionGroup[] {
  const exact = new Map<string, { words: string[]; variants: Map<string, Variant> }>();
  for (const { question, at } of asked) {
    const words = questionWords(question);
    const key = words.join(" ");
    if (!key) continue;
    const entry = exact.get(key) ?? { words, variants: new Map<string, Variant>() };
    exact.set(key, entry);
    const text = question.trim().replace(/\s+/g, " ");
    const variant = entry.variants.get(text) ?? { text, count: 0, last: 0 };
    entry.variants.set(text, { text, count: variant.count + 1, last: Math.max(variant.last, at) });
  }
  const byWeight = (a: { count: number; last: number }, b: { count: number; last: number }) => b.count - a.count || b.last - a.last;
  const total = (vs: Variant[]) => ({ count: vs.reduce((s, v) => s + v.count, 0), last: Math.max(...vs.map((v) => v.last)) });
  // Each variant remembers how often its exact wording (case and punctuation aside) was
  // asked, so a group is shown in its most common spelling, not its latest slip.
  const keyed = [...exact.values()].map((e) => {
    const variants = [...e.variants.values()];
    const weight = total(variants).count;
    return { words: e.words, ...total(variants), variants: variants.map((v) => ({ ...v, weight })) };
  });
  keyed.sort(byWeight);

  type Weighted = Variant & { weight: number };
  const blocks = new Map<string, { words: string[]; variants: Weighted[] }[]>();
  const groups: { words: string[]; variants: Weighted[] }[] = [];
  for (const entry of keyed) {
    const block = `${entry.words.length}:${entry.words.map((w) => w[0]).join("")}`;
    const candidates = blocks.get(block) ?? [];
    blocks.set(block, candidates);
    const home = candidates.find((g) => sameQuestion(g.words, entry.words));
    if (home) home.variants.push(...entry.variants);
    else {
      const group = { words: entry.words, variants: [...entry.variants] };
      candidates.push(group);
      groups.push(group);
    }
  }
  const variantOrder = (a: Weighted, b: Weighted) => b.weight - a.weight || byWeight(a, b);
  return groups
    .map((g) => ({ ...total(g.variants), variants: g.variants.sort(variantOrder).map(({ weight: _weight, ...v }) => v) }))
    .sort(byWeight);
}
