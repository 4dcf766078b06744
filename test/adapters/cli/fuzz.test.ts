import { spawnSync } from "node:child_process";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { root } from "../../helpers/corpus.js";
import { cleanQuestion, defaults } from "../../../src/index.js";
import { hostileQuestion } from "../../helpers/hostile.js";

describe("brandbot ask --json on stdin under hostile input", () => {
  it("prints exactly one valid JSON line per input line, in order (10,000 lines)", () => {
    // One question per line: a generated newline would make two questions, so it becomes a space.
    const lines = fc.sample(hostileQuestion, { numRuns: 10_000, seed: 7 }).map((q) => q.replace(/\n/g, " ").slice(0, 2000));
    const run = spawnSync(process.execPath, ["--import", "tsx", join(root, "adapters/cli/main.ts"), "ask", "--json"], {
      cwd: root,
      input: `${lines.join("\n")}\n`,
      encoding: "utf8",
      maxBuffer: 256 << 20,
      timeout: 120_000,
      env: { ...process.env, LOG_LEVEL: "" },
    });
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout.split("\n");
    expect(out.pop()).toBe("");
    expect(out.length).toBe(lines.length);
    out.forEach((line, i) => {
      const a = JSON.parse(line) as { question: string; answered: boolean; text: string; citations: unknown[] };
      expect(typeof a.answered).toBe("boolean");
      expect(a.text.length).toBeGreaterThan(0);
      expect(Array.isArray(a.citations)).toBe(true);
      // The echoed question is the input line as the core cleaned it (control characters, markup
      // and extra space gone, at most 500 characters), always well-formed.
      const input = (lines[i] as string).replace(/\r$/, "");
      if (!input.trimStart().startsWith("{")) expect(a.question).toBe(cleanQuestion(input, defaults.maxQuestionLength).text.toWellFormed());
    });
  }, 180_000);
});
