/**
 * Reading `seeds/` (issue 15, item 2): every entry is checked with `stat` before a byte is
 * read, so a named pipe cannot hang start-up, a folder is named instead of a bare EISDIR,
 * and a huge file is refused by its size, never read into memory.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CorpusError, loadBrandbot, readRawCorpus } from "../../../adapters/runtime/load.js";
import { formatProblem, validateCorpus } from "../../../src/index.js";
import { root } from "../../helpers/corpus.js";

const tmp = mkdtempSync(join(tmpdir(), "brandbot-load-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const LISTED = "000_0ec8988f766c771a.txt";

/** A copy of the project's corpus with a pipe, a folder and a 600 MB (sparse) file in seeds/, and one listed article turned into a folder. */
function hostileCopy(): string {
  const dir = join(tmp, "project");
  cpSync(join(root, "seeds"), join(dir, "seeds"), { recursive: true });
  cpSync(join(root, "corpus"), join(dir, "corpus"), { recursive: true });
  expect(spawnSync("mkfifo", [join(dir, "seeds", "pipe.txt")]).status).toBe(0);
  mkdirSync(join(dir, "seeds", "drafts"));
  writeFileSync(join(dir, "seeds", "huge.txt"), "");
  truncateSync(join(dir, "seeds", "huge.txt"), 600 * 1024 * 1024);
  renameSync(join(dir, "seeds", LISTED), join(tmp, "moved.txt"));
  mkdirSync(join(dir, "seeds", LISTED));
  return dir;
}

describe("reading seeds/", () => {
  const dir = hostileCopy();

  it("names every entry it refuses, with its file, without reading any of them", { timeout: 10_000 }, async () => {
    const before = process.memoryUsage().rss;
    const raw = await readRawCorpus(dir);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect(raw.seeds.map((s) => s.name)).not.toContain("huge.txt");
    expect(validateCorpus(raw).problems.map(formatProblem)).toEqual([
      `corpus: ${LISTED}: is a folder, not a file: move it out of seeds/`,
      "corpus: drafts: is a folder, not a file: move it out of seeds/",
      "corpus: huge.txt: is 629145600 bytes, over the 2097152-byte limit (not read)",
      "corpus: pipe.txt: is not a regular file (a named pipe, socket or device): remove it from seeds/",
    ]);
  });

  it("refuses to start with the same lines, snapshot or not", { timeout: 10_000 }, async () => {
    for (const cacheDir of [false as const, join(tmp, "cache")]) {
      const error = await loadBrandbot({ root: dir, cacheDir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CorpusError);
      expect((error as CorpusError).message).toContain("corpus: pipe.txt: is not a regular file");
    }
  });
});
