/**
 * `brandbot corpus check`: validates seeds/ and corpus/ and lists every problem with its
 * file and field, so a maintainer fixes them all in one pass. Exits 1 on any problem.
 */
import { formatProblem, validateCorpus } from "../../src/index.js";
import { readRawCorpus } from "../runtime/load.js";

/** Prints the check's findings; returns the exit code. */
export async function runCorpusCheck(root: string): Promise<number> {
  const raw = await readRawCorpus(root);
  const { corpus, problems } = validateCorpus(raw);
  if (!corpus) {
    for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write(`corpus: ${problems.length} problem${problems.length === 1 ? "" : "s"} found\n`);
    return 1;
  }
  process.stdout.write(`corpus: ok — ${corpus.documents.length} documents, ${corpus.vocabulary.intents.length} intents, ${corpus.vocabulary.entities.length} entities\n`);
  return 0;
}
