/**
 * End to end through the real CLI: `brandbot add` into a scratch home (so the project's
 * seeds/ stay untouched), then `brandbot ask --json` answers from the new article with a
 * quote found verbatim in the new seed file; `--home` and BRANDBOT_HOME both work, and a
 * refused add prints one line and changes nothing.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "../../helpers/corpus.js";
import { fixtures, makeHome, snapshotHome } from "../../helpers/curation.js";

const homes: string[] = [];
afterAll(() => {
  homes.forEach((h) => rmSync(h, { recursive: true, force: true }));
  rmSync(join(tmpdir(), `brandbot-curation-${process.pid}.sqlite`), { force: true });
});
const projectSeeds = readdirSync(join(root, "seeds"));

function brandbot(args: string[], env: Record<string, string> = {}, input = "") {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(root, "adapters/cli/main.ts"), ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, SLACK_BOT_TOKEN: "", DISCORD_TOKEN: "", LOG_LEVEL: "", BRANDBOT_HOME: "", BRANDBOT_DB: join(tmpdir(), `brandbot-curation-${process.pid}.sqlite`), ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

type Json = { answered: boolean; citations: { source: string; quote: string }[] };

// Each step is a fresh process that builds the index (the home's snapshot then serves `ask`).
describe("brandbot add, then ask", { timeout: 120_000 }, () => {
  it("answers from a page added with --home, quoting the new file verbatim", () => {
    const home = makeHome();
    homes.push(home);
    const added = brandbot(["add", "--home", home, join(fixtures, "alfa-sales-2026.html")]);
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^added seeds\/005_f9df97defd260933\.txt\n  title: {5}Alfa Romeo sets a sales goal of 110,000 cars for 2026\n  date: {6}2025-11-18\n/);
    const asked = brandbot(["ask", "--home", home, "--json", "What is the sales target for 2026?"]);
    expect(asked.code).toBe(0);
    const answer = JSON.parse(asked.stdout) as Json;
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.source).toBe("005_f9df97defd260933.txt");
    const seed = readFileSync(join(home, "seeds", "005_f9df97defd260933.txt"), "utf8");
    expect(answer.citations[0]?.quote).toContain("110,000 cars");
    for (const c of answer.citations.filter((c) => c.source === "005_f9df97defd260933.txt")) expect(seed).toContain(c.quote);
    expect(readdirSync(join(root, "seeds"))).toEqual(projectSeeds);

    const listed = brandbot(["corpus", "list", "--home", home]);
    expect(listed.stdout).toMatch(/\n005_f9df97defd260933\.txt {2}2025-11-18 {2}en +\d+ {2}Alfa Romeo sets a sales goal of 110,000 cars for 2026\n/);
    expect(brandbot(["corpus", "check", "--home", home]).stdout).toMatch(/^corpus: ok — 6 documents/);
  });

  it("honours BRANDBOT_HOME for an Italian page and an Italian question", () => {
    const home = makeHome();
    homes.push(home);
    expect(brandbot(["add", join(fixtures, "alfa-stelvio-it.html")], { BRANDBOT_HOME: home }).code).toBe(0);
    const answer = JSON.parse(brandbot(["ask", "--json", "Dove verrà prodotta la nuova Stelvio?"], { BRANDBOT_HOME: home }).stdout) as Json;
    expect(answer.citations[0]).toMatchObject({
      source: "005_d324a3ba290180c4.txt",
      quote: "La nuova Stelvio sarà prodotta nello stabilimento di Cassino, lo stesso che oggi costruisce la Giulia e la Stelvio di attuale generazione.",
    });
  });

  it("the REPL answers from the home's corpus, and :sources lists the added article", () => {
    const home = makeHome();
    homes.push(home);
    expect(brandbot(["add", "--home", home, join(fixtures, "alfa-tonale-undated.html")]).code).toBe(0);
    const run = brandbot(["repl", "--home", home], {}, ":sources\nWhere is the Tonale built?\n:quit\n");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Why the Tonale stays in Pomigliano");
    expect(run.stdout).toMatch(/^Pomigliano d'Arco, according to /m);
  });

  it("prints the text and record on --dry-run and writes nothing", () => {
    const home = makeHome();
    homes.push(home);
    const before = snapshotHome(home);
    const run = brandbot(["add", "--home", home, "--dry-run", "--title", "Tonale in Pomigliano", join(fixtures, "alfa-tonale-undated.html")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("The Tonale compact SUV is assembled at the Pomigliano d'Arco plant near Naples");
    expect(run.stdout).toContain('--- would write seeds/005_7efc3cce2cc406c9.txt with:\n{\n  "file": "005_7efc3cce2cc406c9.txt",\n  "title": "Tonale in Pomigliano"');
    expect(snapshotHome(home)).toEqual(before);
  });

  it("refuses bad input with one line each, adds the good one, and exits 1", () => {
    const home = makeHome();
    homes.push(home);
    const run = brandbot(["add", "--home", home, join(home, "nope.html"), join(fixtures, "alfa-plan-note.txt"), join(fixtures, "alfa-plan-note.txt")]);
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split("\n")).toEqual([
      `add: cannot read ${join(home, "nope.html")} (ENOENT)`,
      `add: ${join(fixtures, "alfa-plan-note.txt")} is already in the corpus as 005_afee8165cb3f3e2e.txt (same text)`,
    ]);
    expect(run.stdout).toMatch(/^added seeds\/005_afee8165cb3f3e2e\.txt\n/);
  });

  it("names a --home without a corpus", () => {
    const run = brandbot(["corpus", "list", "--home", fixtures]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`home: --home is "${fixtures}", which has no seeds/ folder: point it at a folder holding seeds/ and corpus/\n`);
  });
});
