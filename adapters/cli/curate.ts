/**
 * `brandbot add <file|url>...`, `brandbot corpus list` and `brandbot corpus remove <file>`:
 * the terminal side of curation. The work is in adapters/curation/; this file parses
 * nothing and prints results. Each source is added on its own, so one bad file among
 * several is reported and the others still go in; the exit code is 1 if any failed.
 */
import { CurationError } from "../curation/extracted.js";
import type { Overrides } from "../curation/record.js";
import { loadBrandbot } from "../runtime/load.js";

export interface AddCommand {
  home: string;
  sources: string[];
  overrides: Overrides;
  dryRun: boolean;
}

const problem = (error: unknown) => (error instanceof CurationError ? error.message : `add: ${error instanceof Error ? error.message : String(error)}`);

/** Adds every source in turn; returns the exit code. */
export async function runAdd(command: AddCommand): Promise<number> {
  if (command.sources.length === 0) {
    process.stderr.write("add: name at least one .html, .pdf, .txt or .md file, or an http(s) URL\n");
    return 2;
  }
  if (command.sources.length > 1 && (command.overrides.title || command.overrides.url))
    process.stderr.write("add: --title and --url apply to every source given; add them one at a time to set each\n");
  const [{ addArticle }, { formatSummary }] = await Promise.all([import("../curation/add.js"), import("../curation/summary.js")]);
  let failed = 0;
  for (const source of command.sources) {
    try {
      const result = await addArticle(source, { home: command.home, overrides: command.overrides, dryRun: command.dryRun });
      if (result.dryRun) process.stdout.write(`${result.text}\n\n--- would write seeds/${result.file} with:\n${JSON.stringify(result.record, null, 2)}\n`);
      else process.stdout.write(`${formatSummary(result.summary)}\n`);
    } catch (error) {
      failed++;
      process.stderr.write(`${problem(error)}\n`);
    }
  }
  return failed ? 1 : 0;
}

/** `corpus list` and `corpus remove <file>`; returns the exit code. */
export async function runCorpusCommand(home: string, action: string | undefined, args: string[]): Promise<number> {
  if (action === "list") {
    const { formatDocumentList } = await import("../curation/list.js");
    process.stdout.write(`${formatDocumentList((await loadBrandbot({ root: home })).sources())}\n`);
    return 0;
  }
  if (action === "remove" && args.length === 1) {
    const { removeFromCorpus } = await import("../curation/store.js");
    try {
      const record = await removeFromCorpus(home, args[0]!);
      process.stdout.write(`removed seeds/${record.file} and its record ("${String(record.title)}")\n`);
      return 0;
    } catch (error) {
      process.stderr.write(`${problem(error).replace(/^add: /, "corpus: ")}\n`);
      return 1;
    }
  }
  process.stderr.write("corpus: use `corpus check`, `corpus list` or `corpus remove <file>`\n");
  return 2;
}
