/** `brandbot slack --workers N`: N real processes behind one port (node:cluster). */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { startBotProcess } from "../../fakes/slack/bot-process.js";
import { startFakeSlack } from "../../fakes/slack/fake-slack.js";
import { slashCommand, TEST_SIGNING_SECRET as secret } from "../../fakes/slack/harness.js";
import { postSigned } from "../../fakes/slack/sign.js";
import { freePort } from "../../helpers/servers.js";
import { parseWorkers, workersProblem } from "../../../adapters/cli/workers.js";
import { YOUNG_GENERATION_FLAGS } from "../../../adapters/cli/node-flags.js";

it("slack --workers 2 runs two workers on one port that both answer, warns that nothing is shared without REDIS_URL, and stops cleanly", async () => {
  const fake = await startFakeSlack();
  const port = await freePort();
  const bot = await startBotProcess(fake.apiUrl, { PORT: String(port) }, ["--workers", "2"]);
  try {
    const listening = bot.logs.filter((l) => l.msg === `slack: listening on port ${port} at /slack/events (health check: GET /healthz)`);
    expect(listening).toHaveLength(2);
    // The primary was started without the answering processes' heap settings; its workers get them (node-flags.ts).
    if (process.platform === "linux")
      for (const l of listening) expect(readFileSync(`/proc/${String(l.pid)}/cmdline`, "utf8").split("\0")).toEqual(expect.arrayContaining([...YOUNG_GENERATION_FLAGS]));
    expect(bot.logs.find((l) => l.level === 40)?.msg).toBe("workers: REDIS_URL is not set, so each worker keeps its own conversations, handled events and rate limits");
    for (let i = 0; i < 6; i++) {
      const res = await postSigned(`${bot.base}/slack/events`, { form: { ...slashCommand(fake, "Where is the Giulia built?", `w${i}`), user_id: `U${i}` } }, { secret });
      expect(res.status).toBe(200);
    }
    for (let i = 0; i < 6; i++) expect(JSON.stringify((await fake.waitForResponse(`w${i}`)).body)).toContain("Cassino");
  } finally {
    expect(await bot.stop()).toBe(0);
    await fake.close();
  }
}, 60_000);

it("refuses --workers where it cannot apply, naming the value or the alternative", () => {
  expect(() => parseWorkers("0")).toThrow('brandbot: --workers must be a whole number from 1 to 64, got "0"');
  expect(parseWorkers("3")).toBe(3);
  expect(workersProblem("discord")).toMatch(/^discord: --workers does not apply: .*use --shards N/);
  expect(workersProblem("slack")).toBeNull();
});
