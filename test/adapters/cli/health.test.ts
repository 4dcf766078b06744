/**
 * BRANDBOT_HEALTH_PORT: `GET /healthz` for the modes that open no port of their own (Slack
 * Socket Mode, Discord), from real `brandbot` processes using a real Redis and a real
 * PostgreSQL, against the fake Slack and the fake Discord.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { readRuntimeConfig } from "../../../adapters/runtime/config.js";
import { FakeDiscord } from "../../fakes/discord/fake-discord.js";
import { TEST_TOKEN } from "../../fakes/discord/harness.js";
import { startBotProcess, type BotProcess } from "../../fakes/slack/bot-process.js";
import { startFakeSlack, type FakeSlack } from "../../fakes/slack/fake-slack.js";
import { TEST_APP_TOKEN } from "../../fakes/slack/harness.js";
import { describeWithServers, freePort, startPostgres, startRedis, type PostgresServer, type RedisServer } from "../../helpers/servers.js";

const HEALTH = /^health: GET \/healthz on port/;

const health = async (bot: BotProcess, path = "/healthz") => {
  const res = await fetch(`${bot.base}${path}`);
  return { status: res.status, body: res.status === 200 ? ((await res.json()) as Record<string, unknown>) : null };
};

it("names BRANDBOT_HEALTH_PORT when it is not a port", () => {
  expect(() => readRuntimeConfig({ BRANDBOT_HEALTH_PORT: "80a" })).toThrow(
    'config: BRANDBOT_HEALTH_PORT must be a port number from 0 to 65535 (0: any free port), got "80a" (set it in .env)',
  );
  expect(readRuntimeConfig({ BRANDBOT_HEALTH_PORT: " 9090 " }).healthPort).toBe(9090);
  expect(readRuntimeConfig({}).healthPort).toBeUndefined();
});

describeWithServers("BRANDBOT_HEALTH_PORT", ["redis", "postgres"], () => {
  let redis: RedisServer;
  let postgres: PostgresServer;
  let slack: FakeSlack;
  let discord: FakeDiscord;
  const bots: BotProcess[] = [];

  beforeAll(async () => {
    [redis, postgres, slack, discord] = await Promise.all([startRedis(), startPostgres(), startFakeSlack(), FakeDiscord.start()]);
  }, 120_000);
  afterAll(async () => {
    const codes = await Promise.all(bots.map((b) => b.stop()));
    await Promise.all([slack?.close(), discord?.close(), redis?.remove(), postgres?.stop()]);
    expect(codes.every((c) => c === 0)).toBe(true);
  });

  it("Slack in Socket Mode reports Redis and PostgreSQL, reachable, and nothing but /healthz", async () => {
    const port = await freePort();
    const env = { SLACK_APP_TOKEN: TEST_APP_TOKEN, SLACK_SIGNING_SECRET: "", PORT: "", BRANDBOT_HEALTH_PORT: String(port), REDIS_URL: redis.url, DATABASE_URL: postgres.url };
    const bot = await startBotProcess(slack.apiUrl, env, [], { ready: HEALTH });
    bots.push(bot);
    expect(bot.base).toBe(`http://127.0.0.1:${port}`);
    expect(bot.logs.some((l) => l.msg === "slack: connected over Socket Mode")).toBe(true);
    const { status, body } = await health(bot);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      ok: true,
      adapter: "slack",
      state: { backend: "redis", reachable: true },
      questionLog: { backend: "postgres", reachable: true },
    });
    expect(body!.documents).toBeGreaterThan(0);
    expect((await health(bot, "/slack/events")).status).toBe(404);
  });

  it("Discord reports its backends, and says so when Redis goes away while it keeps running", async () => {
    const env = {
      SLACK_BOT_TOKEN: "",
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: discord.apiUrl,
      BRANDBOT_HEALTH_PORT: "0",
      REDIS_URL: redis.url,
      DATABASE_URL: postgres.url,
    };
    const bot = await startBotProcess("http://127.0.0.1:1/api/", env, [], { command: "discord", ready: HEALTH });
    bots.push(bot);
    // Served only once the adapter is up: a load balancer never sees a replica that takes no messages.
    expect(bot.logs.findIndex((l) => l.msg === "discord: connected")).toBeGreaterThanOrEqual(0);
    expect(bot.logs.findIndex((l) => l.msg === "discord: connected")).toBeLessThan(bot.logs.findIndex((l) => HEALTH.test(String(l.msg))));
    expect((await health(bot)).body).toMatchObject({ ok: true, adapter: "discord", state: { backend: "redis", reachable: true }, questionLog: { backend: "postgres", reachable: true } });
    await redis.stop();
    try {
      const until = Date.now() + 10_000;
      let state: unknown;
      while (Date.now() < until) {
        state = (await health(bot)).body?.state;
        if ((state as { reachable?: boolean }).reachable === false) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(state).toMatchObject({ backend: "redis", reachable: false });
    } finally {
      await redis.start();
    }
  });
});
