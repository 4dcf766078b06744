import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openPostgresQuestionLog } from "../../../adapters/runtime/question-log-postgres.js";
import { openQuestionLog, type QuestionEntry, type QuestionLog } from "../../../adapters/runtime/question-log.js";
import { root } from "../../helpers/corpus.js";
import { describeWithServers, startPostgres, type PostgresServer } from "../../helpers/servers.js";
import { createRecordingLogger } from "../../fakes/slack/harness.js";
import { recordSampleLog } from "../../helpers/sample-log.js";

const DAY = 86_400_000;

/** The same events for both logs: ties in time, repeats that differ in case, a follow-up, Italian, declines. */
function events(): { entries: QuestionEntry[]; votes: [string, string, "up" | "down"][] } {
  const base = Date.UTC(2026, 10, 20, 9, 0, 0);
  const entry = (n: number, at: number, question: string, extra: Partial<QuestionEntry>): QuestionEntry => ({
    id: `q${n}`, at, adapter: "slack", via: "mention", user: `user${n % 3}`, language: "en", intent: "production_location",
    answered: true, question, resolvedQuestion: null, sources: ["000_0ec8988f766c771a.txt"], latencyMs: 1.25 + n / 1000, ...extra,
  });
  const declined = { answered: false, intent: null, sources: [] };
  const entries = [
    entry(1, base, "Where is the Giulia built?", {}),
    entry(2, base + 1000, "and the Tonale?", { resolvedQuestion: "Where is the Tonale built?", sources: ["000_0ec8988f766c771a.txt", "001_33d768776d9d5d5b.txt"] }),
    entry(3, base + 2000, "Who is the CEO of Fiat?", declined),
    entry(4, base + 2000, "who is the ceo of fiat", declined),
    entry(5, base + 2000, "What's the top speed?", declined),
    entry(6, base + 3000, "Chi ha scelto Imparato?", { language: "it", intent: "people_roles", sources: ["001_33d768776d9d5d5b.txt"] }),
    entry(7, base + 3000, "When is the new Giulia coming?", { intent: "launch_timeline" }),
    entry(8, base + 4000, "What's the top speed", { ...declined, adapter: "discord" }),
    entry(9, base + 4000, "What is the 2024 sales target?", { intent: "sales_target", sources: [] }),
  ];
  const votes: [string, string, "up" | "down"][] = [
    ["q2", "a", "down"], ["q2", "b", "up"], ["q2", "b", "down"], ["q7", "a", "down"], ["q6", "c", "up"], ["q9", "a", "down"], ["q9", "c", "down"],
  ];
  return { entries, votes };
}

async function fill(log: QuestionLog) {
  const { entries, votes } = events();
  for (const e of entries) log.record(e);
  for (const [id, user, vote] of votes) expect(await log.feedback(id, user, vote, 0)).toBe(true);
  expect(await log.feedback("no-such-question", "a", "down", 0)).toBe(false);
}

function report(env: Record<string, string>, args: string[] = []) {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(root, "adapters/cli/main.ts"), "report", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 30_000,
    env: { ...process.env, LOG_LEVEL: "", DATABASE_URL: "", BRANDBOT_DB: "", ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describeWithServers("question log in PostgreSQL", ["postgres"], () => {
  let server: PostgresServer;
  const dir = mkdtempSync(join(tmpdir(), "brandbot-pglog-"));
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  /** A new empty database on the test server, so each test sees only its own rows. */
  const freshDatabase = async (name: string) => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    return server.url.replace(/\/postgres$/, `/${name}`);
  };

  it("gives exactly the report the SQLite log gives for the same events, in the library and from `brandbot report`", async () => {
    const sqlite = openQuestionLog(join(dir, "log.sqlite"), createRecordingLogger())!;
    const postgres = (await openPostgresQuestionLog(server.url, createRecordingLogger()))!;
    expect(postgres).not.toBeNull();
    await fill(sqlite);
    await fill(postgres);
    const fromSqlite = await sqlite.report(0);
    expect(await postgres.report(0)).toEqual(fromSqlite);
    expect(await postgres.report(Date.UTC(2026, 10, 20, 9, 0, 3))).toEqual(await sqlite.report(Date.UTC(2026, 10, 20, 9, 0, 3)));
    // The report is not trivially empty: the tie-breaks and the vote counts are all exercised.
    expect(fromSqlite.unanswered).toEqual([
      { question: "What's the top speed", count: 2, last: Date.UTC(2026, 10, 20, 9, 0, 4) },
      { question: "who is the ceo of fiat", count: 2, last: Date.UTC(2026, 10, 20, 9, 0, 2) },
    ]);
    expect(fromSqlite.thumbsDown.map((d) => [d.question, d.down, d.up])).toEqual([
      ["What is the 2024 sales target?", 2, 0],
      ["and the Tonale?", 2, 0],
      ["When is the new Giulia coming?", 1, 0],
    ]);
    expect(await postgres.health()).toEqual({ backend: "postgres", reachable: true });
    sqlite.close();
    await postgres.close();

    const viaSqlite = report({ BRANDBOT_DB: join(dir, "log.sqlite") });
    const viaPostgres = report({ DATABASE_URL: server.url });
    expect(viaSqlite.code).toBe(0);
    expect(viaPostgres.stderr).toBe("");
    expect(viaPostgres.stdout).toBe(viaSqlite.stdout);
    expect(viaSqlite.stdout).toContain("Questions of all time: 9 asked, 5 answered (56%).");
  }, 60_000);

  it("applies its migrations once, even when two replicas start at the same moment", async () => {
    const url = server.url.replace(/\/postgres$/, "/template1");
    const [a, b] = await Promise.all([openPostgresQuestionLog(url, createRecordingLogger()), openPostgresQuestionLog(url, createRecordingLogger())]);
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    await a!.close();
    await b!.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query("SELECT version FROM brandbot_migrations ORDER BY version");
    await client.end();
    expect(rows).toEqual([{ version: 1 }]);
  }, 30_000);

  it("says which server it cannot reach, and the bot goes on without a log", async () => {
    const logger = createRecordingLogger();
    const log = await openPostgresQuestionLog("postgresql://brandbot:secret@127.0.0.1:1/nowhere", logger);
    expect(log).toBeNull();
    expect(logger.entries[0]?.msg).toBe("question-log: cannot open PostgreSQL at postgresql://127.0.0.1:1/nowhere; answering without logging questions");
    expect(JSON.stringify(logger.entries)).not.toContain("secret");
  });

  it("hands over the same rows as SQLite, so `report --json` and `--html` work over it with the same figures", async () => {
    const url = await freshDatabase("rows");
    const now = Date.now();
    const sqlite = openQuestionLog(join(dir, "sample.sqlite"), createRecordingLogger())!;
    const postgres = (await openPostgresQuestionLog(url, createRecordingLogger()))!;
    await recordSampleLog(sqlite, now);
    await recordSampleLog(postgres, now);
    const fromSqlite = await sqlite.rows(0);
    expect(fromSqlite).toHaveLength(11);
    expect(fromSqlite.find((r) => r.id === "q2")).toMatchObject({ resolvedQuestion: "Where is the Tonale built?", up: 0, down: 2, latencyMs: 4.1 });
    expect(await postgres.rows(0)).toEqual(fromSqlite);
    expect(await postgres.rows(now - 2 * DAY)).toEqual(await sqlite.rows(now - 2 * DAY));
    sqlite.close();
    await postgres.close();

    const figures = (env: Record<string, string>) => {
      const run = report(env, ["--json", "--since", "30d"]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      // Only the moment each report was made differs.
      const { generatedAt: _generatedAt, since: _since, ...rest } = JSON.parse(run.stdout) as Record<string, unknown>;
      return rest;
    };
    const viaPostgres = figures({ DATABASE_URL: url });
    expect(viaPostgres).toEqual(figures({ BRANDBOT_DB: join(dir, "sample.sqlite") }));
    expect(viaPostgres.totals).toEqual({ questions: 10, answered: 4, answeredPct: 40, declined: 6, thumbsUp: 3, thumbsDown: 3, users: 6, followUps: 1 });
    const page = report({ DATABASE_URL: url }, ["--html", join(dir, "report.html")]);
    expect([page.code, page.stderr]).toEqual([0, ""]);
    expect(readFileSync(join(dir, "report.html"), "utf8")).toContain("Who is the CEO of Fiat?");
  }, 60_000);

  it("stores text without control characters and forgets questions (and votes) past the retention, as SQLite does", async () => {
    const url = await freshDatabase("retention");
    let now = 1_000 * DAY;
    const entry = (id: string, at: number, question = id): QuestionEntry => ({ id, at, adapter: "slack", via: null, user: "u", language: "en", intent: null, answered: false, question, resolvedQuestion: null, sources: [], latencyMs: 1 });
    const first = (await openPostgresQuestionLog(url, createRecordingLogger()))!;
    first.record(entry("old", now - 200 * DAY));
    first.record(entry("recent", now - 10 * DAY, "who\u001b]0;pwned\u0007 is\u009b2J CEO?"));
    expect(await first.feedback("old", "u", "down", now)).toBe(true);
    await first.close();

    const log = (await openPostgresQuestionLog(url, createRecordingLogger(), { retentionDays: 180, now: () => now }))!;
    expect((await log.rows(0)).map((r) => [r.id, r.question])).toEqual([["recent", "who ]0;pwned  is 2J CEO?"]]);
    now += 175 * DAY;
    log.record(entry("new", now));
    expect((await log.rows(0)).map((r) => r.id)).toEqual(["new"]);
    expect(await log.prune(now + DAY)).toBe(1);
    await log.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const counts = (await client.query("SELECT (SELECT COUNT(*) FROM questions) AS questions, (SELECT COUNT(*) FROM feedback) AS feedback")).rows[0];
    await client.end();
    expect(counts).toEqual({ questions: "0", feedback: "0" });
  }, 30_000);
});
