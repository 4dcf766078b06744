import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { migrations, numberedPlaceholders } from "../../../adapters/runtime/log-schema.js";
import { openQuestionLog } from "../../../adapters/runtime/question-log.js";
import { silentLogger } from "../../../src/types.js";

const dir = mkdtempSync(join(tmpdir(), "brandbot-schema-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("opens a log written before migrations were counted, keeps its rows and marks it migrated", async () => {
  const path = join(dir, "old.sqlite");
  const old = new Database(path);
  // The tables exactly as the first release created them (no user_version).
  old.exec(`CREATE TABLE questions (id TEXT PRIMARY KEY, at INTEGER NOT NULL, adapter TEXT NOT NULL, via TEXT, user TEXT NOT NULL, language TEXT NOT NULL,
    intent TEXT, answered INTEGER NOT NULL, question TEXT NOT NULL, question_key TEXT NOT NULL, resolved_question TEXT, sources TEXT NOT NULL, latency_ms REAL NOT NULL);
    CREATE TABLE feedback (question_id TEXT NOT NULL REFERENCES questions (id), user TEXT NOT NULL, vote TEXT NOT NULL CHECK (vote IN ('up', 'down')), at INTEGER NOT NULL, PRIMARY KEY (question_id, user));`);
  old.prepare("INSERT INTO questions VALUES ('old1', 1, 'slack', 'dm', 'u', 'en', NULL, 0, 'Who is the CEO of Fiat?', 'who is the ceo of fiat', NULL, '[]', 1.5)").run();
  old.close();

  const log = openQuestionLog(path, silentLogger)!;
  expect(await log.feedback("old1", "v", "down", 2)).toBe(true);
  const report = await log.report(0);
  log.close();
  expect(report.unanswered).toEqual([{ question: "Who is the CEO of Fiat?", count: 1, last: 1 }]);
  expect(report.thumbsDown.map((d) => [d.question, d.down])).toEqual([["Who is the CEO of Fiat?", 1]]);
  const reopened = new Database(path, { readonly: true });
  expect(reopened.pragma("user_version", { simple: true })).toBe(migrations("sqlite").length);
  reopened.close();
});

it("spells the same tables for both databases, PostgreSQL's with its insertion counter and byte-order keys", () => {
  const [sqlite] = migrations("sqlite");
  const [postgres] = migrations("postgres");
  expect(sqlite).not.toContain("seq");
  expect(postgres).toContain("seq BIGINT GENERATED ALWAYS AS IDENTITY");
  expect(postgres).toContain('intent TEXT COLLATE "C"');
  const columns = (ddl: string) => [...ddl.matchAll(/^\s+"?(\w+)"? /gm)].map((m) => m[1]).filter((c) => c !== "seq");
  expect(columns(postgres!)).toEqual(columns(sqlite!));
  expect(numberedPlaceholders("a = ? AND b IN (?, ?)")).toBe("a = $1 AND b IN ($2, $3)");
});
