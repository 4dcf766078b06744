import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "../../helpers/corpus.js";

const dataDir = mkdtempSync(join(tmpdir(), "brandbot-cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the CLI from source, as `brandbot` would run from dist/; the question log goes to a temp dir. */
function brandbot(args: string[], input = "", env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(root, "adapters/cli/main.ts"), ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    timeout: 30_000,
    env: { ...process.env, SLACK_BOT_TOKEN: "", DISCORD_TOKEN: "", LOG_LEVEL: "", BRANDBOT_DB: join(dataDir, "default.sqlite"), ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("brandbot ask --json", () => {
  it("answers one question from the arguments with the contract's keys", () => {
    const { code, stdout } = brandbot(["ask", "--json", "Where is the Giulia built?"]);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(answer)).toEqual(["question", "answered", "intent", "language", "text", "citations", "verdict"]);
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
    // Only the cleaned question is echoed (and kept): control characters and chat markup are gone.
    expect(answers.map((a) => a.question)).toEqual(["Chi ha scelto Imparato?", "", "tell me a joke", "x", "Where is the Tonale made?"]);
    expect(answers.map((a) => a.answered)).toEqual([true, false, false, false, true]);
    expect(answers[4]?.text).toMatch(/^Pomigliano d'Arco, according to/);
  });
});

describe("brandbot ask --json with threads", () => {
  it("answers JSON lines in the same thread as follow-ups; other threads, plain lines and thread-less objects stay independent", () => {
    const lines = [
      '{"q": "Where is the Giulia built?", "thread": "t1"}',
      '{"q": "When is the new Giulia due?", "thread": "t2"}',
      "and the Tonale?",
      '{"q": "and the Tonale?"}',
      '{"q": "and the Tonale?", "thread": "t1"}',
      '{"q": "where?", "thread": "t2"}',
      '{"q": "Dove viene costruita la Giulia?", "thread": "it"}',
      '{"q": "e la Stelvio?", "thread": "it"}',
      '{"thread": "t1"}',
      "{not json",
    ];
    const { code, stdout } = brandbot(["ask", "--json"], `${lines.join("\n")}\n`);
    expect(code).toBe(0);
    const answers = stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(answers).toHaveLength(lines.length);
    expect(answers.map((a) => a.question)).toEqual([
      "Where is the Giulia built?", "When is the new Giulia due?", "and the Tonale?", "and the Tonale?", "and the Tonale?",
      "where?", "Dove viene costruita la Giulia?", "e la Stelvio?", '{"thread": "t1"}', "{not json",
    ]);
    expect(answers.map((a) => a.resolvedQuestion)).toEqual([
      undefined, undefined, undefined, undefined, "Where is the Tonale built?", "where is the new Giulia due?", undefined, "Dove viene costruita la Stelvio?", undefined, undefined,
    ]);
    expect(answers[4]).toMatchObject({ answered: true, intent: "production_location", text: expect.stringMatching(/^Pomigliano d'Arco, according to/) });
    expect(answers[5]).toMatchObject({ answered: true, text: expect.stringMatching(/^Cassino, according to/) });
    expect(answers[7]).toMatchObject({ answered: true, language: "it", text: expect.stringMatching(/^Cassino, secondo/) });
    // Contract keys unchanged; resolvedQuestion is only added when set.
    expect(Object.keys(answers[0]!)).toEqual(["question", "answered", "intent", "language", "text", "citations", "verdict"]);
    expect(Object.keys(answers[4]!)).toEqual(["question", "answered", "intent", "language", "text", "citations", "verdict", "resolvedQuestion"]);
    // `ask` is for scripts and evaluation: it writes no question log.
    expect(existsSync(join(dataDir, "default.sqlite"))).toBe(false);
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

describe("brandbot repl: follow-ups, suggestions, context, and the question log behind `brandbot report`", () => {
  it("shows what a follow-up was understood as, asks a suggestion with :1, expands a quote with :context", () => {
    const db = join(dataDir, "repl.sqlite");
    const input = ["Where is the Giulia built?", "and the Tonale?", ":context 1", ":1", "Who is the CEO of Fiat?", ":context 1", ":quit", ""].join("\n");
    const { code, stdout, stderr } = brandbot(["repl"], input, { BRANDBOT_DB: db });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("(understood as: Where is the Tonale built?)\nPomigliano d'Arco, according to");
    expect(stdout).toContain("Related questions:\n  :1  Which plant makes the Tonale?\n  :2  Where is the Giulia built?\n  :3  Where will the new model be produced?");
    expect(stdout).toContain(
      "— Alfa Romeo's sales targets for 2024, in the CEO's view · 2024 · 000_0ec8988f766c771a.txt\n" +
        "  This aspect, according to Imparato, obviously represents a key element in order to have the\n",
    );
    expect(stdout).toContain("  “As proof of this, we know that the new Giulia and Stelvio will be produced at the Cassino plant,\n  while the Tonale SUV will continue to be assembled in Pomigliano.”\n  Imparato also confirms");
    expect(stdout).toContain("> Which plant makes the Tonale?\n\nPomigliano d'Arco, according to “Alfa Romeo's sales targets for 2024");
    expect(stdout).toContain("Questions I can answer:\n  :1  Who is the CEO of Alfa Romeo?");
    expect(stdout).toContain("The last answer has no quotes.");

    // A new process (a restart) reads the same log: four questions, one unanswered.
    const report = brandbot(["report", "--since", "7d"], "", { BRANDBOT_DB: db });
    expect(report.code).toBe(0);
    const lines = report.stdout.split("\n");
    expect(lines[0]).toMatch(/^Questions since \d{4}-\d\d-\d\d \d\d:\d\d UTC \(7d\): 4 asked, 3 answered \(75%\)\.$/);
    expect(lines.slice(1)).toEqual(
      [
        "",
        "Most frequent unanswered questions",
        "count  question",
        "-----  -----------------------",
        "    1  Who is the CEO of Fiat?",
        "",
        "Answers with thumbs down",
        "  (none)",
        "",
        "By intent",
        "intent               questions  answered  👍  👎",
        "-------------------  ---------  --------  --  --",
        "production_location          3         3   0   0",
        "(declined)                   1         0   0   0",
        "",
        "By language",
        "language  questions  answered  answered %",
        "--------  ---------  --------  ----------",
        "en                4         3         75%",
        "",
        expect.stringMatching(/^The log keeps questions for 180 days \(BRANDBOT_LOG_DAYS\): this report covers at most since \d{4}-\d\d-\d\d\.$/),
        "",
      ],
    );
  });

  it("report explains a missing log and a bad --since, naming the value", () => {
    const missing = brandbot(["report"], "", { BRANDBOT_DB: join(dataDir, "never.sqlite") });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`report: no question log at ${join(dataDir, "never.sqlite")} yet`);
    expect(existsSync(join(dataDir, "never.sqlite"))).toBe(false);
    const bad = brandbot(["report", "--since", "7x"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('report: --since must be a positive number followed by m, h, d or w (e.g. 7d), got "7x"');
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
