/**
 * `ask --json` on stdin under hostile input (issue 15, item 3): lines are split in one
 * pass and capped, thread ids are capped, each refused line gets its own error line,
 * a closed pipe ends the run quietly, and the output is well-formed Unicode.
 */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_LINE_CHARS, MAX_THREAD_CHARS, stdinLines, type InputLine } from "../../../adapters/cli/ask.js";
import { root } from "../../helpers/corpus.js";

const cli = ["--import", "tsx", join(root, "adapters/cli/main.ts"), "ask", "--json"];
const env = { ...process.env, SLACK_BOT_TOKEN: "", DISCORD_TOKEN: "", LOG_LEVEL: "" };

async function collect(chunks: (string | Buffer)[], max?: number): Promise<InputLine[]> {
  async function* source() {
    yield* chunks;
  }
  const out: InputLine[] = [];
  for await (const line of stdinLines(source(), max)) out.push(line);
  return out;
}

describe("stdin lines", () => {
  it("splits on \\n across chunks, drops a trailing \\r, keeps a last line without \\n", async () => {
    expect(await collect(["Where is", " the Giulia", " built?\r\nand", " the Tonale?\n\nlast"])).toEqual([
      { text: "Where is the Giulia built?" },
      { text: "and the Tonale?" },
      { text: "" },
      { text: "last" },
    ]);
  });

  it("marks a line past the cap as too long without holding it, and goes on with the next", async () => {
    const chunk = "x".repeat(64 * 1024);
    const chunks = [...Array.from({ length: 160 }, () => chunk), "\nWhere is the Giulia built?\n", "y".repeat(MAX_LINE_CHARS + 1)];
    expect(await collect(chunks)).toEqual([{ tooLong: true }, { text: "Where is the Giulia built?" }, { tooLong: true }]);
    expect(await collect(["12345\n123456\n"], 5)).toEqual([{ text: "12345" }, { tooLong: true }]);
  });

  it("decodes UTF-8 split across chunks", async () => {
    const bytes = Buffer.from("perché la Giulia?\n");
    expect(await collect([bytes.subarray(0, 5), bytes.subarray(5)])).toEqual([{ text: "perché la Giulia?" }]);
  });
});

describe("brandbot ask --json, hostile stdin", () => {
  it("answers every good line and puts an error line, with its number, in place of each refused one; exit 1", () => {
    const input = [
      "Where is the Giulia built?",
      "z".repeat(MAX_LINE_CHARS + 10),
      JSON.stringify({ q: "Where is the Tonale built?", thread: "t".repeat(MAX_THREAD_CHARS + 1) }),
      JSON.stringify({ q: "Where is the Tonale built?", thread: "t".repeat(MAX_THREAD_CHARS) }),
    ].join("\n");
    const run = spawnSync(process.execPath, cli, { cwd: root, input, encoding: "utf8", env, timeout: 30_000 });
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ answered: true });
    expect(lines[1]).toEqual({ line: 2, error: `ask: stdin line 2 is longer than ${MAX_LINE_CHARS} characters: skipped` });
    expect(lines[2]).toEqual({ line: 3, error: `ask: stdin line 3 has a "thread" of ${MAX_THREAD_CHARS + 1} characters, over the ${MAX_THREAD_CHARS}-character limit: skipped` });
    expect(lines[3]).toMatchObject({ answered: true, question: "Where is the Tonale built?" });
    expect(run.status).toBe(1);
  });

  it("echoes a lone surrogate as U+FFFD: the output is well-formed", () => {
    const input = '{"q":"\\ud800 Where is the Giulia built?"}\n';
    const run = spawnSync(process.execPath, cli, { cwd: root, input, encoding: "utf8", env, timeout: 30_000 });
    expect(run.stdout).not.toContain("\\ud800");
    expect((JSON.parse(run.stdout) as { question: string }).question).toBe("\uFFFD Where is the Giulia built?");
  });

  it("ends quietly, exit 0, when the reader closes the pipe (`| head -1`)", async () => {
    const child = spawn(process.execPath, cli, { cwd: root, env, stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.stdin.on("error", () => undefined);
    child.stdin.end("Where is the Giulia built?\n".repeat(3000));
    await new Promise((resolve) => child.stdout.once("data", resolve));
    child.stdout.destroy();
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, 30_000);
});
