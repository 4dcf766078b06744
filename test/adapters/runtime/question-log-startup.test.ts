/**
 * Several processes opening one new SQLite question log at the same moment (`--workers`,
 * Discord shards): each must get a working log. Switching to WAL takes a lock SQLite's busy
 * handler does not wait for, and two migrations could race; a process that lost the race
 * used to answer without a log ("backend: none").
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "../../helpers/corpus.js";

const dir = mkdtempSync(join(tmpdir(), "brandbot-log-startup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OPEN_AND_WRITE = `
import { openQuestionLog } from ${JSON.stringify(join(root, "adapters/runtime/question-log.ts"))};
const errors = [];
// Every process opens at the same instant, whatever its start-up took.
while (Date.now() < Number(process.argv[2]));
const log = openQuestionLog(process.argv[1], { error: (o) => errors.push(o), warn() {}, info() {}, debug() {} });
if (!log) { console.log("none " + JSON.stringify(errors)); process.exit(0); }
log.record({ id: "q" + process.pid, at: Date.now(), adapter: "cli", via: null, user: "u" + process.pid, language: "en", intent: null, answered: false, question: "q", resolvedQuestion: null, sources: [], latencyMs: 1 });
await log.close();
console.log("ok");
`;

function openInProcess(path: string, at: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", OPEN_AND_WRITE, path, String(at)], { cwd: root });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", () => resolve(out.trim()));
  });
}

describe("the SQLite question log at start-up", () => {
  it("gives every one of four processes opening a new file together a working log, migrated once", async () => {
    const path = join(dir, "log.sqlite");
    const at = Date.now() + 4000;
    const results = await Promise.all([1, 2, 3, 4].map(() => openInProcess(path, at)));
    expect(results).toEqual(["ok", "ok", "ok", "ok"]);
    const db = new Database(path, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect((db.prepare("SELECT COUNT(*) AS n FROM questions").get() as { n: number }).n).toBe(4);
    db.close();
  }, 60_000);
});
