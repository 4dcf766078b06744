/**
 * Two real `brandbot slack` processes sharing one real Redis (and one question log),
 * against the fake Slack: what a load balancer in front of two replicas would see.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openQuestionLog } from "../../../adapters/runtime/question-log.js";
import { silentLogger } from "../../../src/types.js";
import { startBotProcess, type BotProcess } from "../../fakes/slack/bot-process.js";
import { startFakeSlack, type ApiCall, type FakeSlack } from "../../fakes/slack/fake-slack.js";
import { eventCallback, slashCommand, TEST_SIGNING_SECRET as secret } from "../../fakes/slack/harness.js";
import { postSigned } from "../../fakes/slack/sign.js";
import { describeWithServers, startRedis, type RedisServer } from "../../helpers/servers.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const posts = (fake: FakeSlack) => fake.calls.filter((c) => c.method === "chat.postMessage");

async function waitForPosts(fake: FakeSlack, n: number, timeoutMs = 8000): Promise<ApiCall[]> {
  const until = Date.now() + timeoutMs;
  while (posts(fake).length < n) {
    if (Date.now() > until) throw new Error(`expected ${n} chat.postMessage calls, saw ${JSON.stringify(posts(fake)).slice(0, 1500)}`);
    await sleep(20);
  }
  return posts(fake);
}

const mention = (bot: BotProcess, eventId: string, event: Record<string, unknown>, headers: Record<string, string> = {}) =>
  postSigned(`${bot.base}/slack/events`, { json: eventCallback(eventId, { type: "app_mention", channel: "C1", ...event }) }, { secret, headers });

const slash = (bot: BotProcess, fake: FakeSlack, text: string, user: string, responseId: string) =>
  postSigned(`${bot.base}/slack/events`, { form: { ...slashCommand(fake, text, responseId), user_id: user } }, { secret });

describeWithServers("two bot processes sharing one Redis", ["redis"], () => {
  let redis: RedisServer;
  let fake: FakeSlack;
  let a: BotProcess;
  let b: BotProcess;
  const dir = mkdtempSync(join(tmpdir(), "brandbot-replicas-"));
  const db = join(dir, "q.sqlite");

  beforeAll(async () => {
    redis = await startRedis();
    fake = await startFakeSlack();
    // Two questions a burst and a slow refill, so the third question of a user is refused.
    const env = { REDIS_URL: redis.url, BRANDBOT_DB: db, RATE_LIMIT_BURST: "2", RATE_LIMIT_PER_MINUTE: "1" };
    [a, b] = await Promise.all([startBotProcess(fake.apiUrl, env), startBotProcess(fake.apiUrl, env)]);
  }, 60_000);
  afterAll(async () => {
    const codes = await Promise.all([a?.stop(), b?.stop()]);
    await fake?.close();
    await redis?.remove();
    rmSync(dir, { recursive: true, force: true });
    expect(codes).toEqual([0, 0]);
  });

  it("reports both backends on /healthz", async () => {
    for (const bot of [a, b]) {
      const health = (await (await fetch(`${bot.base}/healthz`)).json()) as Record<string, unknown>;
      expect(health).toMatchObject({ ok: true, state: { backend: "redis", reachable: true }, questionLog: { backend: "sqlite", reachable: true } });
    }
  });

  it("answers an event retried to the other process only once", async () => {
    const before = posts(fake).length;
    const event = { user: "U1", ts: "1700000100.000100", text: "<@UBOT> Where is the Giulia built?" };
    expect((await mention(a, "EvRetry", event)).status).toBe(200);
    expect((await mention(b, "EvRetry", event, { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" })).status).toBe(200);
    await waitForPosts(fake, before + 1);
    await sleep(500);
    expect(posts(fake).slice(before).map((p) => p.args.thread_ts)).toEqual(["1700000100.000100"]);
    expect(b.logs.some((l) => l.msg === "slack: ignored a redelivered event") || a.logs.some((l) => l.msg === "slack: ignored a redelivered event")).toBe(true);
  });

  it("answers a thread follow-up on the other process with the thread's context", async () => {
    const before = posts(fake).length;
    await mention(a, "EvThread1", { user: "U2", ts: "1700000200.000100", text: "<@UBOT> Where is the Giulia built?" });
    const [first] = (await waitForPosts(fake, before + 1)).slice(before);
    expect(String(first!.args.text)).toMatch(/^Cassino, according to/);
    await mention(b, "EvThread2", { user: "U2", ts: "1700000200.000200", thread_ts: "1700000200.000100", text: "<@UBOT> and the Tonale?" });
    const [, second] = (await waitForPosts(fake, before + 2)).slice(before);
    expect(second!.args.thread_ts).toBe("1700000200.000100");
    expect(String(second!.args.text)).toMatch(/^Pomigliano d'Arco, according to/);
    expect(b.logs.find((l) => l.msg === "question answered" && l.resolved === true)).toBeDefined();
  });

  it("shares one rate limit per user: the third question, on either process, is refused", async () => {
    await slash(a, fake, "Where is the Tonale made?", "U3", "rl1");
    await slash(b, fake, "Chi ha scelto Imparato?", "U3", "rl2");
    expect(JSON.stringify((await fake.waitForResponse("rl1")).body)).toContain("Pomigliano");
    expect(JSON.stringify((await fake.waitForResponse("rl2")).body)).toContain("Imparato");
    await slash(a, fake, "What is the 2024 sales target?", "U3", "rl3");
    expect((await fake.waitForResponse("rl3")).body.text).toMatch(/^You're asking faster than I can keep up\. Please try again in \d+s\.$/);
    // Another user is not affected.
    await slash(b, fake, "What is the 2024 sales target?", "U4", "rl4");
    expect(JSON.stringify((await fake.waitForResponse("rl4")).body)).not.toContain("faster than I can keep up");
  });

  it("stores a 👎 clicked on one process's answer when the other process handles the click", async () => {
    await slash(a, fake, "Who chose Imparato?", "U5", "fb-answer");
    const answer = (await fake.waitForResponse("fb-answer")).body;
    const blocks = answer.blocks as { elements?: { action_id?: string; value?: string }[] }[];
    const down = blocks.flatMap((block) => block.elements ?? []).find((e) => e.action_id === "brandbot_feedback_down")?.value;
    expect(down).toMatch(/^[\w-]{12}:en$/);
    const payload = {
      type: "block_actions", team: { id: "T1" }, user: { id: "U6", name: "bea" }, api_app_id: "A1", trigger_id: "1.2.3",
      container: { type: "message", message_ts: "1700000000.1", channel_id: "C1", is_ephemeral: true },
      response_url: fake.responseUrl("fb-thanks"),
      actions: [{ type: "button", block_id: "b", action_id: "brandbot_feedback_down", value: down, action_ts: "1700000001.1" }],
    };
    expect((await postSigned(`${b.base}/slack/events`, { form: { payload: JSON.stringify(payload) } }, { secret })).status).toBe(200);
    expect((await fake.waitForResponse("fb-thanks")).body.text).toBe("Thanks for the feedback, it goes to the people who curate my articles.");
    const log = openQuestionLog(db, silentLogger, { readonly: true })!;
    const downs = (await log.report(0)).thumbsDown;
    log.close();
    expect(downs.map((d) => [d.question, d.down])).toEqual([["Who chose Imparato?", 1]]);
  });

  it("keeps answering while Redis is down with one warning per process, and shares state again once it is back", async () => {
    await redis.stop();
    await slash(a, fake, "Where is the Giulia built?", "U7", "down1");
    await slash(a, fake, "Where is the Tonale made?", "U8", "down2");
    await slash(b, fake, "Chi ha scelto Imparato?", "U9", "down3");
    expect(JSON.stringify((await fake.waitForResponse("down1")).body)).toContain("Cassino");
    expect(JSON.stringify((await fake.waitForResponse("down2")).body)).toContain("Pomigliano");
    expect(JSON.stringify((await fake.waitForResponse("down3")).body)).toContain("Imparato");
    for (const bot of [a, b]) {
      await bot.waitForLog(/^state: Redis is unreachable/);
      expect(bot.logs.filter((l) => /^state: Redis is unreachable/.test(String(l.msg)))).toHaveLength(1);
    }
    const health = (await (await fetch(`${a.base}/healthz`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ state: { backend: "redis", reachable: false, fallback: "memory" } });

    await redis.start();
    await Promise.all([a.waitForLog(/^state: Redis is reachable again/), b.waitForLog(/^state: Redis is reachable again/)]);
    const before = posts(fake).length;
    await mention(b, "EvBack1", { user: "U10", ts: "1700000300.000100", text: "<@UBOT> Where is the Giulia built?" });
    await waitForPosts(fake, before + 1);
    await mention(a, "EvBack2", { user: "U10", ts: "1700000300.000200", thread_ts: "1700000300.000100", text: "<@UBOT> and the Tonale?" });
    const [, followUp] = (await waitForPosts(fake, before + 2)).slice(before);
    expect(String(followUp!.args.text)).toMatch(/^Pomigliano d'Arco, according to/);
    for (const bot of [a, b]) expect(bot.logs.filter((l) => /^state: Redis is unreachable/.test(String(l.msg)))).toHaveLength(1);
  }, 30_000);
});
