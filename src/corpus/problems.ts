/**
 * Corpus problems and their one-line form. Kept apart from the validator so code that
 * only reports problems (the CLI's start-up error) need not load zod.
 */

/** One thing wrong with the corpus, precise enough for a maintainer to fix it. */
export interface CorpusProblem {
  file: string;
  field?: string;
  message: string;
}

/** "corpus: documents.json documents[2].date: must be a date ..." */
export function formatProblem(p: CorpusProblem): string {
  return `corpus: ${p.file}${p.field ? ` ${p.field}` : ""}: ${p.message}`;
}
