/** The answering processes' V8 heap settings (adapters/cli/node-flags.ts). */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withYoungGeneration, YOUNG_GENERATION_FLAGS } from "../../../adapters/cli/node-flags.js";

const root = join(import.meta.dirname, "..", "..", "..");

describe("young generation flags", () => {
  it("adds the flags once, and leaves a size the caller chose", () => {
    expect(withYoungGeneration(["--import", "tsx"])).toEqual(["--import", "tsx", "--min-semi-space-size=32", "--max-semi-space-size=32"]);
    expect(withYoungGeneration(withYoungGeneration([]))).toEqual([...YOUNG_GENERATION_FLAGS]);
    expect(withYoungGeneration(["--max-semi-space-size=64"])).toEqual(["--max-semi-space-size=64", "--min-semi-space-size=32"]);
  });

  it("are flags this Node accepts, and give 32 MB semi-spaces", () => {
    const r = spawnSync(process.execPath, [...YOUNG_GENERATION_FLAGS, "-e", "console.log(require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size)"], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(Number(r.stdout.trim())).toBe(32 * 2 ** 20);
  });

  // npm start (the bots) and the benchmarks that measure them must run with the same settings.
  it("are what `npm start`, `npm run bench` and `npm run bench:slack` run with", () => {
    const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    for (const name of ["start", "bench", "bench:slack"]) expect(scripts[name]?.split(" ")).toEqual(expect.arrayContaining([...YOUNG_GENERATION_FLAGS]));
  });
});
