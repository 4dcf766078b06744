/**
 * Corpus problems and their one-line form. Kept apart from the validator so code that
 * only reports problems (the CLI's start-up error) need not load zod.
 */

/** Largest accepted document, in bytes (2 MiB): here, not in the validator, so the reader can check sizes without loading zod. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

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
