import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../../helpers/corpus.js";

/** Runs the CLI from source, as `brandbot` would run from dist/. */
function brandbot(args: string[], input = "", env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(root, "adapters/cli/main.ts"), ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    timeout: 30_000,
    env: { ...process.env, SLACK_BOT_TOKEN: "", DISCORD_TOKEN: "", LOG_LEVEL: "", ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("brandbot ask --json", () => {
  it("answers one question from the arguments with the contract's keys", () => {
    const { code, stdout } = brandbot(["ask", "--json", "Where is the Giulia built?"]);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(answer)).toEqual(["question", "answered", "intent", "language", "text", "citations"]);
    expect(answer).toMatchObject({ question: "Where is the Giulia built?", answered: true, intent: "production_location", language: "en" });
    expect((answer.citations as Record<string, unknown>[])[0]).toMatchObject({
      source: "000_0ec8988f766c771a.txt",
      title: "Alfa Romeo's sales targets for 2024, in the CEO's view",
    });
  });

  it("reads stdin and prints exactly one JSON line per input line, in order", () => {
    const lines = ["Chi ha scelto Imparato?", "", "tell me a joke", "\u0000\u0007 <!channel> ||x||", "Where is the Tonale made?\r"];
    const { code, stdout } = brandbot(["ask", "--json"], `${lines.join("\n")}\n`);
    expect(code).toBe(0);
    const answers = stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { question: string; answered: boolean; text: string });
    expect(answers.map((a) => a.question)).toEqual(lines.map((l) => l.replace(/\r$/, "")));
    expect(answers.map((a) => a.answered)).toEqual([true, false, false, false, true]);
    expect(answers[4]?.text).toMatch(/^Pomigliano d'Arco, according to/);
  });
});

describe("brandbot ask (human output)", () => {
  it("prints the answer, the quote and its source without colour on a pipe", () => {
    const { code, stdout } = brandbot(["ask", "Where", "is", "the", "Giulia", "built?"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Cassino, according to/);
    expect(stdout).toContain("“As proof of this, we know that the new Giulia and Stelvio will be produced at the Cassino plant,");
    expect(stdout).toContain("— Alfa Romeo's sales targets for 2024, in the CEO's view · 2024 (date inferred) ·");
    expect(stdout).not.toContain("\u001b[");
  });
});

describe("brandbot repl", () => {
  it("answers, lists sources and quits on a pipe", () => {
    const { code, stdout } = brandbot(["repl"], ":sources\nHow many Juniors have been ordered?\n:quit\nnever read\n");
    expect(code).toBe(0);
    expect(stdout).toContain("004_f1e78e7adae7f1a4.txt  Jean-Philippe Imparato ha visitato gli stabilimenti di Cassino e Pomigliano d'Arco");
    expect(stdout).toContain("Close to 50,000 orders, according to");
    expect(stdout).not.toContain("never read");
  });
});

describe("brandbot configuration and corpus errors", () => {
  it("stops with a line naming a bad variable", () => {
    const { code, stderr } = brandbot(["ask", "x"], "", { LOG_LEVEL: "loud" });
    expect(code).toBe(1);
    expect(stderr).toContain('config: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud" (set it in .env)');
  });

  it("corpus check passes on the project's corpus", () => {
    const { code, stdout } = brandbot(["corpus", "check"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^corpus: ok — 5 documents, 7 intents/);
  });

  it("prints usage for an unknown command", () => {
    const { code, stderr } = brandbot(["fly"]);
    expect(code).toBe(2);
    expect(stderr).toContain('brandbot: unknown command "fly"');
  });
});
