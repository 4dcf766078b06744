/**
 * What the bot keeps about people and for how long (issue 15, items 1, 7, 10, 11, 12):
 * conversation memory holds the cleaned question only and is swept; the question log
 * stores the cleaned question without mentions or control characters, forgets past its
 * retention, is private on disk, and hashes users with a key; help is decided once in the
 * core, charged to the rate limit and never counted as unanswered.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { askQuestion, hashUser } from "../../../adapters/runtime/ask.js";
import { loadHashKey } from "../../../adapters/runtime/deps.js";
import type { AdapterDeps } from "../../../adapters/runtime/index.js";
import { openQuestionLog } from "../../../adapters/runtime/question-log.js";
import { createConversations, createRateLimiter } from "../../../src/index.js";
import { silentLogger } from "../../../src/types.js";
import { bot, root } from "../../helpers/corpus.js";

const dir = mkdtempSync(join(tmpdir(), "brandbot-privacy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DAY = 86_400_000;
const LONG = `Where is the Giulia built?${" ".repeat(600)}${"and what about Cassino ".repeat(1800)}`;

const deps = (extra: Partial<AdapterDeps> = {}): AdapterDeps => ({
  bot,
  logger: silentLogger,
  limiter: createRateLimiter({ capacity: 100 }),
  env: {},
  conversations: createConversations(() => bot),
  ...extra,
});
const rows = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare("SELECT question, at FROM questions ORDER BY rowid").all() as { question: string; at: number }[];
  } finally {
    db.close();
  }
};

describe("conversation memory is bounded", () => {
  it("keeps the cleaned question (at most the 500 characters answered), never the raw input", () => {
    const conversations = createConversations(() => bot);
    expect(LONG.length).toBeGreaterThan(40_000);
    expect(conversations.ask("slack:C1:1", LONG).answered).toBe(true);
    expect(conversations.last("slack:C1:1")?.question).toBe("Where is the Giulia built?");
    // The follow-up still resolves against it.
    expect(conversations.ask("slack:C1:1", "and the Tonale?").resolvedQuestion).toBe("Where is the Tonale built?");
  });

  it("sweeps conversations idle past the time limit without waiting for them to be used again", () => {
    let now = 0;
    const conversations = createConversations(() => bot, { now: () => now, ttlMs: 30 * 60_000 });
    conversations.ask("a", "Where is the Giulia built?");
    now = 20 * 60_000;
    conversations.ask("b", "Where is the Giulia built?");
    now = 31 * 60_000;
    expect(conversations.sweep()).toBe(1);
    expect(conversations.size).toBe(1);
    expect(conversations.last("b")).toBeDefined();
  });

  it("does not remember a conversation whose id is longer than 256 characters", () => {
    const conversations = createConversations(() => bot);
    expect(conversations.ask("x".repeat(257), "Where is the Giulia built?").answered).toBe(true);
    expect(conversations.size).toBe(0);
    conversations.ask("x".repeat(256), "Where is the Giulia built?");
    expect(conversations.size).toBe(1);
  });
});

describe("question log contents, retention and files", () => {
  it("stores the cleaned question: at most 500 characters, no mention, no control character", async () => {
    const path = join(dir, "contents.sqlite");
    const log = openQuestionLog(path, silentLogger)!;
    const d = deps({ questionLog: log });
    await askQuestion(d, { adapter: "slack", userId: "U1", question: `<@U0123ABC> ${LONG}` });
    await askQuestion(d, { adapter: "discord", userId: "1", question: "<@123456789012345678> where is the \u001b[31mGiulia\u001b[0m built?" });
    log.close();
    const stored = rows(path).map((r) => r.question);
    expect(stored[0]).toBe("Where is the Giulia built?");
    expect(stored[1]).toBe("where is the [31mGiulia [0m built?");
  });

  it("strips control characters even when a caller stores raw text", () => {
    const path = join(dir, "raw.sqlite");
    const log = openQuestionLog(path, silentLogger)!;
    log.record({ id: "r1", at: 1, adapter: "slack", via: null, user: "u", language: "en", intent: null, answered: false, question: "who\u001b]0;pwned\u0007 is\u009b2J CEO?", resolvedQuestion: null, sources: [], latencyMs: 1 });
    log.close();
    expect(rows(path)[0]?.question).toBe("who ]0;pwned  is 2J CEO?");
  });

  it("deletes questions (and their votes) older than the retention, when opened and as questions arrive", async () => {
    const path = join(dir, "retention.sqlite");
    let now = 1_000 * DAY;
    const entry = (id: string, at: number) => ({ id, at, adapter: "slack", via: null, user: "u", language: "en" as const, intent: null, answered: false, question: id, resolvedQuestion: null, sources: [], latencyMs: 1 });
    const first = openQuestionLog(path, silentLogger)!;
    first.record(entry("old", now - 200 * DAY));
    first.record(entry("recent", now - 10 * DAY));
    expect(await first.feedback("old", "u", "down", now)).toBe(true);
    first.close();
    const log = openQuestionLog(path, silentLogger, { retentionDays: 180, now: () => now })!;
    expect(rows(path).map((r) => r.question)).toEqual(["recent"]);
    now += 175 * DAY;
    log.record(entry("new", now));
    log.close();
    expect(rows(path).map((r) => r.question)).toEqual(["new"]);
    const db = new Database(path, { readonly: true });
    expect(db.prepare("SELECT COUNT(*) AS n FROM feedback").get()).toEqual({ n: 0 });
    db.close();
  });

  it("creates its folder 0700 and its database files 0600", async () => {
    const path = join(dir, "private", "log.sqlite");
    const log = openQuestionLog(path, silentLogger)!;
    await askQuestion(deps({ questionLog: log }), { adapter: "slack", userId: "U1", question: "Where is the Giulia built?" });
    const mode = (p: string) => statSync(p).mode & 0o777;
    expect(mode(join(dir, "private"))).toBe(0o700);
    expect(mode(path)).toBe(0o600);
    expect(mode(`${path}-wal`)).toBe(0o600);
    log.close();
  });

  it("report prints no control character from a stored question, and says which period it covers", () => {
    const path = join(dir, "report.sqlite");
    const log = openQuestionLog(path, silentLogger)!;
    log.close();
    const db = new Database(path);
    db.prepare("INSERT INTO questions VALUES ('e1', ?, 'slack', NULL, 'u', 'en', NULL, 0, ?, 'k', NULL, '[]', 1)").run(Date.now(), "who\u001b[2J\u001b]0;owned\u0007 is CEO?");
    db.close();
    const run = spawnSync(process.execPath, ["--import", "tsx", join(root, "adapters/cli/main.ts"), "report"], {
      env: { ...process.env, BRANDBOT_DB: path, BRANDBOT_LOG_DAYS: "30" },
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("who [2J ]0;owned  is CEO?");
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(run.stdout).toMatch(/The log keeps questions for 30 days \(BRANDBOT_LOG_DAYS\): this report covers at most since \d{4}-\d\d-\d\d\./);
  });
});

describe("user pseudonyms", () => {
  it("are keyed: hashing candidate ids without the key does not find the user", () => {
    const key = Buffer.from("k".repeat(64));
    const hashed = hashUser("discord", "123456789012345678", key);
    const unkeyed = createHash("sha256").update("brandbot\u0000discord\u0000123456789012345678").digest("hex").slice(0, 16);
    expect(hashed).not.toBe(unkeyed);
    expect(hashed).toBe(hashUser("discord", "123456789012345678", key));
    expect(hashed).not.toBe(hashUser("discord", "123456789012345678", Buffer.from("j".repeat(64))));
  });

  it("use a key made once beside the database (0600) and read back by every later process", () => {
    const path = join(dir, "keyed", "hash.key");
    const first = loadHashKey(path, silentLogger)!;
    expect(first.length).toBe(64);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(loadHashKey(path, silentLogger)!.equals(first)).toBe(true);
  });
});

describe("help is decided in the core and costs a token", () => {
  it.each([
    ["", "help"],
    ["help", "help"],
    ["hi", "help"],
    ["thanks!", "help"],
    ["ciao", "help"],
    ["Where is the Giulia built?", "answer"],
    ["Who is the CEO of Peugeot?", "decline"],
  ])("%j is a %s", (question, kind) => {
    expect(bot.answer(question).kind).toBe(kind);
  });

  it("greetings and help are rate limited like questions, and never logged as unanswered", async () => {
    const path = join(dir, "help.sqlite");
    const log = openQuestionLog(path, silentLogger)!;
    const d = deps({ questionLog: log, limiter: createRateLimiter({ capacity: 3, refillPerSecond: 0.001 }) });
    const kinds: string[] = [];
    for (const question of ["help", "hi", "thanks", "ciao", ""]) kinds.push((await askQuestion(d, { adapter: "discord", userId: "7", question })).kind);
    expect(kinds).toEqual(["answer", "answer", "answer", "limited", "limited"]);
    await askQuestion(deps({ questionLog: log }), { adapter: "discord", userId: "8", question: "Who is the CEO of Peugeot?" });
    const report = await log.report(0);
    log.close();
    expect(report.unanswered.map((u) => u.question)).toEqual(["Who is the CEO of Peugeot?"]);
  });

  it("an empty question gets help in the platform's language", async () => {
    const asked = await askQuestion(deps(), { adapter: "discord", userId: "1", question: "  ", language: "it" });
    expect(asked.kind === "answer" && [asked.answer.kind, asked.answer.language, asked.id]).toEqual(["help", "it", null]);
  });
});
