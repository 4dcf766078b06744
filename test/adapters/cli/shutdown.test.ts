/** Graceful shutdown of the real CLI process: SIGTERM stops intake, finishes work, exits 0. */
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { startFakeSlack, type FakeSlack } from "../../fakes/slack/fake-slack.js";
import { slashCommand, TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from "../../fakes/slack/harness.js";
import { postSigned } from "../../fakes/slack/sign.js";
import { root } from "../../helpers/corpus.js";

let fake: FakeSlack | undefined;
// The server opens its question log here, not in the project's .data/.
const dataDir = mkdtempSync(join(tmpdir(), "brandbot-shutdown-"));
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("brandbot slack under SIGTERM", () => {
  it("answers the question in flight, closes the server and exits 0 well within 10 s, leaking no token", async () => {
    fake = await startFakeSlack();
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "adapters/cli/main.ts"), "slack"], {
      cwd: root,
      env: { ...process.env, SLACK_BOT_TOKEN: TEST_BOT_TOKEN, SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_APP_TOKEN: "", SLACK_API_URL: fake.apiUrl, PORT: "0", DISCORD_TOKEN: "", LOG_LEVEL: "info", BRANDBOT_DB: join(dataDir, "questions.sqlite") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let logs = "";
    child.stderr.on("data", (chunk: Buffer) => (logs += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line in: ${logs}`)), 15_000);
      child.stderr.on("data", () => {
        const m = /slack: listening on port (\d+)/.exec(logs);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
    });

    const response = await postSigned(`http://127.0.0.1:${port}/slack/events`, { form: slashCommand(fake, "where is the Giulia built?", "inflight") }, { secret: TEST_SIGNING_SECRET });
    expect(response.status).toBe(200);
    const started = Date.now();
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    const answer = await fake.waitForResponse("inflight");
    expect(JSON.stringify(answer.body)).toContain("the new Giulia and Stelvio will be produced at the Cassino plant");
    expect(logs).toContain('"msg":"shutting down"');
    expect(logs).toContain('"msg":"stopped"');
    expect(logs).not.toContain(TEST_BOT_TOKEN);
    expect(logs).not.toContain(TEST_SIGNING_SECRET);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  }, 30_000);
});
