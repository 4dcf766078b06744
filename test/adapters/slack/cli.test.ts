/** The CLI entry point: config errors stop start-up; a good config starts and stops cleanly. */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadBrandbot } from "../../../adapters/runtime/load.js";
import { runSlack } from "../../../adapters/slack/cli.js";
import { createRateLimiter } from "../../../src/rate-limit.js";
import type { Brandbot } from "../../../src/types.js";
import { startFakeSlack, type FakeSlack } from "../../fakes/slack/fake-slack.js";
import { createRecordingLogger, TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from "../../fakes/slack/harness.js";

let fake: FakeSlack | undefined;
let bot: Brandbot;
beforeAll(async () => {
  bot = await loadBrandbot();
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const deps = (env: Record<string, string>) => ({ bot, logger: createRecordingLogger(), limiter: createRateLimiter(), env });

describe("runSlack", () => {
  it("refuses to start on bad config, naming the variable, before touching the network", async () => {
    await expect(runSlack(deps({ SLACK_BOT_TOKEN: TEST_BOT_TOKEN }))).rejects.toThrow(/^slack: SLACK_SIGNING_SECRET is missing/);
  });

  it("starts in HTTP mode, logs the port without tokens, serves /healthz and stops", async () => {
    fake = await startFakeSlack();
    const d = deps({ SLACK_BOT_TOKEN: TEST_BOT_TOKEN, SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, PORT: "0", SLACK_API_URL: fake.apiUrl });
    const running = await runSlack(d, { host: "127.0.0.1" });
    expect(running.name).toBe("slack");
    const started = d.logger.entries.find((entry) => entry.msg?.startsWith("slack: listening on port"));
    const port = (started?.obj as { port: number }).port;
    expect(port).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect(JSON.stringify(d.logger.entries)).not.toContain(TEST_BOT_TOKEN);
    await running.stop();
    await running.stop(); // shutdown paths may stop twice
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it("explains a token Slack rejects", async () => {
    fake = await startFakeSlack();
    const d = deps({ SLACK_BOT_TOKEN: "xoxb-revoked", SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, PORT: "0", SLACK_API_URL: fake.apiUrl });
    fake.failAuth = true;
    await expect(runSlack(d, { host: "127.0.0.1" })).rejects.toThrow(/^slack: auth\.test failed \(.*invalid_auth.*\): check SLACK_BOT_TOKEN/);
  });
});
