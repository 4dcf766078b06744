/**
 * The question log: what askQuestion writes for every question (and feedback), that it
 * survives closing and reopening the file, what the report sums up, and that a log that
 * cannot be opened costs an error line, never an answer.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { askQuestion, hashUser, recordFeedback } from "../../../adapters/runtime/ask.js";
import type { AdapterDeps } from "../../../adapters/runtime/index.js";
import { openConfiguredQuestionLog, questionLogPath } from "../../../adapters/runtime/open-log.js";
import { openQuestionLog, questionKey } from "../../../adapters/runtime/question-log.js";
import { createConversations, createRateLimiter } from "../../../src/index.js";
import type { Logger } from "../../../src/types.js";
import { bot } from "../../helpers/corpus.js";

const dir = mkdtempSync(join(tmpdir(), "brandbot-log-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function recordingLogger() {
  const lines: { level: string; obj: Record<string, unknown>; msg?: string }[] = [];
  const at = (level: string) => (obj: object, msg?: string) => void lines.push({ level, obj: obj as Record<string, unknown>, msg });
  const logger: Logger = { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
  return { logger, lines };
}

const deps = (extra: Partial<AdapterDeps>, logger: Logger = recordingLogger().logger): AdapterDeps => ({
  bot,
  logger,
  limiter: createRateLimiter({ capacity: 100 }),
  env: {},
  conversations: createConversations(() => bot),
  ...extra,
});

describe("question log", () => {
  it("records every question with what the bot made of it, survives a restart, and sums it up", async () => {
    const path = join(dir, "nested", "log.sqlite");
    const first = openQuestionLog(path, recordingLogger().logger)!;
    const d = deps({ questionLog: first });
    const ask = async (question: string, userId = "U1", conversation?: string) => {
      const asked = await askQuestion(d, { adapter: "slack", userId, question, via: "mention", ...(conversation ? { conversation } : {}) });
      if (asked.kind !== "answer" || !asked.id) throw new Error("expected a logged answer");
      return asked;
    };
    const giulia = await ask("Where is the Giulia built?", "U1", "slack:C1:1");
    const tonale = await ask("and the Tonale?", "U1", "slack:C1:1");
    await ask("What's the weather in Paris?");
    await ask("what's the weather in paris", "U2");
    await ask("Chi ha scelto Imparato?", "U3");
    // Help costs nothing and is not a question about the corpus: not logged.
    await askQuestion(d, { adapter: "slack", userId: "U1", question: "help" });
    expect(await recordFeedback(d, { adapter: "slack", userId: "U9", questionId: tonale.id!, vote: "down" })).toBe(true);
    expect(await recordFeedback(d, { adapter: "slack", userId: "U8", questionId: tonale.id!, vote: "up" })).toBe(true);
    // A second vote by the same person replaces the first.
    expect(await recordFeedback(d, { adapter: "slack", userId: "U8", questionId: tonale.id!, vote: "down" })).toBe(true);
    expect(await recordFeedback(d, { adapter: "slack", userId: "U8", questionId: "no-such-id", vote: "down" })).toBe(false);
    first.close();

    // What is on disk, column by column.
    const raw = new Database(path, { readonly: true });
    const rows = raw.prepare("SELECT * FROM questions ORDER BY at, rowid").all() as Record<string, unknown>[];
    const votes = raw.prepare("SELECT question_id, user, vote FROM feedback ORDER BY user").all();
    raw.close();
    expect(rows).toHaveLength(5);
    expect(rows[1]).toMatchObject({
      id: tonale.id,
      adapter: "slack",
      via: "mention",
      user: hashUser("slack", "U1"),
      language: "en",
      intent: "production_location",
      answered: 1,
      question: "and the Tonale?",
      resolved_question: "Where is the Tonale built?",
      sources: JSON.stringify(tonale.answer.citations.map((c) => c.source)),
    });
    expect(rows[0]).toMatchObject({ id: giulia.id, resolved_question: null });
    expect(typeof rows[0]!.latency_ms).toBe("number");
    expect(rows[4]).toMatchObject({ language: "it", intent: "people_roles", answered: 1 });
    // The random ids are left out: base64url may spell "U1" by chance.
    expect(JSON.stringify(rows.map(({ id: _id, ...rest }) => rest))).not.toContain("U1");
    expect(votes).toEqual(
      [
        { question_id: tonale.id, user: hashUser("slack", "U8"), vote: "down" },
        { question_id: tonale.id, user: hashUser("slack", "U9"), vote: "down" },
      ].sort((a, b) => a.user.localeCompare(b.user)),
    );

    // After a restart the same file opens with everything still there.
    const reopened = openQuestionLog(path, recordingLogger().logger)!;
    const report = (await reopened.report(0));
    expect(report).toEqual({
      since: 0,
      total: 5,
      answered: 3,
      unanswered: [{ question: "what's the weather in paris", count: 2, last: expect.any(Number) }],
      thumbsDown: [
        {
          question: "and the Tonale?",
          resolvedQuestion: "Where is the Tonale built?",
          intent: "production_location",
          answered: true,
          down: 2,
          up: 0,
          sources: tonale.answer.citations.map((c) => c.source),
        },
      ],
      byIntent: [
        { intent: "production_location", questions: 2, answered: 2, up: 0, down: 2 },
        { intent: null, questions: 2, answered: 0, up: 0, down: 0 },
        { intent: "people_roles", questions: 1, answered: 1, up: 0, down: 0 },
      ],
      byLanguage: [
        { language: "en", questions: 4, answered: 2 },
        { language: "it", questions: 1, answered: 1 },
      ],
    });
    // --since: nothing was asked in the future.
    expect((await reopened.report(Date.now() + 60_000)).total).toBe(0);
    reopened.close();
  });

  it("writes questions in batches: one transaction within 50 ms, at once before a vote, a report or close", async () => {
    const path = join(dir, "batched.sqlite");
    const log = openQuestionLog(path, recordingLogger().logger)!;
    const entry = (id: string) => ({ id, at: 1, adapter: "slack", via: null, user: "u", language: "en" as const, intent: null, answered: false, question: id, resolvedQuestion: null, sources: [], latencyMs: 1 });
    const onDisk = () => {
      const raw = new Database(path, { readonly: true });
      const ids = (raw.prepare("SELECT id FROM questions ORDER BY rowid").all() as { id: string }[]).map((r) => r.id);
      raw.close();
      return ids;
    };
    log.record(entry("a"));
    log.record(entry("b"));
    // Another process (a worker, `brandbot report`) does not see them yet...
    expect(onDisk()).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 120));
    // ...and does once the batch is written, in order.
    expect(onDisk()).toEqual(["a", "b"]);
    log.record(entry("c"));
    // A vote right after its question finds it.
    expect(await log.feedback("c", "u2", "up", 2)).toBe(true);
    log.record(entry("d"));
    expect((await log.report(0)).total).toBe(4);
    log.record(entry("e"));
    log.close();
    expect(onDisk()).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("with writer: thread, writes on its own thread: the event loop runs on while another process holds the write lock", async () => {
    const path = join(dir, "threaded.sqlite");
    const { logger, lines } = recordingLogger();
    const log = openQuestionLog(path, logger, { writer: "thread" })!;
    const entry = (id: string) => ({ id, at: 1, adapter: "slack", via: null, user: "u", language: "en" as const, intent: null, answered: false, question: id, resolvedQuestion: null, sources: ["a.txt"], latencyMs: 1 });
    log.record(entry("a"));
    expect(await log.feedback("a", "u2", "down", 2)).toBe(true);
    // Another process writing: it holds SQLite's one write lock until it commits.
    const other = new Database(path);
    other.prepare("BEGIN IMMEDIATE").run();
    log.record(entry("b"));
    log.record(entry("c"));
    // Timers keep firing on time while the batch waits for the lock.
    let worstLateMs = 0;
    for (let i = 0; i < 15; i++) {
      const at = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 10));
      worstLateMs = Math.max(worstLateMs, performance.now() - at - 10);
    }
    expect(worstLateMs).toBeLessThan(60);
    expect((other.prepare("SELECT id FROM questions ORDER BY rowid").all() as { id: string }[]).map((r) => r.id)).toEqual(["a"]);
    other.prepare("COMMIT").run();
    other.close();
    const report = await log.report(0);
    expect(report.total).toBe(3);
    log.record(entry("d"));
    await log.close();
    const raw = new Database(path, { readonly: true });
    expect((raw.prepare("SELECT id, sources FROM questions ORDER BY rowid").all() as { id: string; sources: string }[]).map((r) => [r.id, r.sources])).toEqual([
      ["a", '["a.txt"]'],
      ["b", '["a.txt"]'],
      ["c", '["a.txt"]'],
      ["d", '["a.txt"]'],
    ]);
    raw.close();
    expect(lines.filter((l) => l.level === "error")).toEqual([]);
  });

  it("counts questions that differ only in case, spacing or end punctuation as one", async () => {
    expect(questionKey("  What's the weather   in Paris?! ")).toBe(questionKey("what's the weather in paris"));
    expect(questionKey("Where is the Giulia built?")).not.toBe(questionKey("Where is the Tonale built?"));
  });

  it("when the database cannot be opened, logs an error naming the path and keeps answering", async () => {
    const blocker = join(dir, "a-file");
    writeFileSync(blocker, "not a directory");
    const { logger, lines } = recordingLogger();
    const path = join(blocker, "log.sqlite");
    expect(openQuestionLog(path, logger)).toBeNull();
    expect(await openConfiguredQuestionLog({ BRANDBOT_DB: path }, dir, logger)).toBeUndefined();
    expect(lines.filter((l) => l.level === "error").map((l) => [l.obj.component, l.obj.path])).toEqual([
      ["question-log", path],
      ["question-log", path],
    ]);
    expect(lines[0]?.msg).toBe(`question-log: cannot open ${path}; answering without logging questions`);

    const d = deps({}, logger);
    const asked = await askQuestion(d, { adapter: "discord", userId: "1", question: "Where is the Giulia built?" });
    expect(asked.kind === "answer" && asked.answer.answered).toBe(true);
    expect(await recordFeedback(d, { adapter: "discord", userId: "1", questionId: asked.kind === "answer" ? asked.id! : "", vote: "up" })).toBe(false);
    expect(lines.at(-1)).toMatchObject({ level: "warn", msg: "feedback not stored: no question log" });
  });

  it("lives at BRANDBOT_DB (relative to the project root) or .data/brandbot.sqlite", async () => {
    expect(questionLogPath({}, "/srv/brandbot")).toBe("/srv/brandbot/.data/brandbot.sqlite");
    expect(questionLogPath({ BRANDBOT_DB: "  " }, "/srv/brandbot")).toBe("/srv/brandbot/.data/brandbot.sqlite");
    expect(questionLogPath({ BRANDBOT_DB: "var/q.db" }, "/srv/brandbot")).toBe("/srv/brandbot/var/q.db");
    expect(questionLogPath({ BRANDBOT_DB: "/tmp/q.db" }, "/srv/brandbot")).toBe("/tmp/q.db");
  });
});
