/**
 * Real Bolt in HTTP mode against the fake Slack: signing, the three entry points,
 * retries, escaping, rate limiting and the apology path.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadBrandbot } from "../../../adapters/runtime/load.js";
import { createReloadingBot } from "../../../adapters/runtime/reloader.js";
import { createRateLimiter } from "../../../src/rate-limit.js";
import type { Brandbot } from "../../../src/types.js";
import { recordingBot } from "../../fakes/slack/fake-bot.js";
import { postSigned } from "../../fakes/slack/sign.js";
import { createRecordingLogger, eventCallback, slashCommand, startHarness, TEST_APP_TOKEN, TEST_BOT_TOKEN, TEST_SIGNING_SECRET, type Harness } from "../../fakes/slack/harness.js";

const CASSINO = "the new Giulia and Stelvio will be produced at the Cassino plant";
const secret = TEST_SIGNING_SECRET;
let harness: Harness | undefined;
let engine: Brandbot;
/** The real engine, wrapped so tests see which questions reached it. */
const createBot = (options: { failOn?: RegExp } = {}) => recordingBot(engine, options);

beforeAll(async () => {
  engine = await loadBrandbot();
});

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** A Share button click (block_actions) from an ephemeral answer, as Slack sends it. */
const shareClick = (h: Harness, value: string) => ({
  type: "block_actions", team: { id: "T1" }, user: { id: "U1", name: "ada" }, channel: { id: "C1" }, api_app_id: "A1",
  container: { type: "message", is_ephemeral: true }, trigger_id: "1.2.3", response_url: h.fake.responseUrl("share"),
  actions: [{ type: "button", action_id: "brandbot_share", block_id: "b1", value, action_ts: "1700000000.1" }],
});
const nowSeconds = () => Math.floor(Date.now() / 1000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("slack adapter, HTTP mode, request verification", () => {
  it.each([
    ["a forged signature", { signature: "v0=" + "0".repeat(64) }],
    ["a missing signature", { signature: "" }],
    ["a timestamp 6 minutes old", { timestamp: nowSeconds() - 360 }],
    ["a timestamp 6 minutes in the future", { timestamp: nowSeconds() + 360 }],
  ])("answers 401 to %s and never asks the bot", async (_label, overrides) => {
    const bot = createBot();
    harness = await startHarness({ bot });
    const res = await postSigned(`${harness.base}/slack/events`, { form: slashCommand(harness.fake, "where is the Giulia built?") }, { secret, ...overrides });
    expect(res.status).toBe(401);
    await sleep(100);
    expect(bot.questions).toEqual([]);
    expect(harness.fake.responses).toEqual([]);
  });

  it("still accepts a timestamp a minute ahead (ordinary clock skew)", async () => {
    harness = await startHarness({ bot: createBot() });
    const res = await postSigned(`${harness.base}/slack/events`, { form: slashCommand(harness.fake, "where is the Giulia built?") }, { secret, timestamp: nowSeconds() + 60 });
    expect(res.status).toBe(200);
  });

  it("serves GET /healthz with the bot's stats", async () => {
    harness = await startHarness({ bot: createBot() });
    const res = await fetch(`${harness.base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, adapter: "slack", ...engine.stats(), lastReload: null });
    expect(engine.stats().documents).toBe(5);
  });

  it("reports the last reload of a hot-reloading bot on /healthz", async () => {
    const bot = createReloadingBot(engine, async () => engine, createRecordingLogger());
    const status = await bot.reload();
    harness = await startHarness({ bot });
    const body = (await (await fetch(`${harness.base}/healthz`)).json()) as Record<string, unknown>;
    expect(body).toEqual({ ok: true, adapter: "slack", documents: 5, sentences: engine.stats().sentences, lastReload: status });
    expect(status).toMatchObject({ ok: true, documents: 5 });
  });
});

describe("slack adapter, HTTP mode, behaviour", () => {
  it("acks a slash command with an empty 200, then answers ephemerally on the response_url", async () => {
    harness = await startHarness({ bot: createBot() });
    const res = await postSigned(`${harness.base}/slack/events`, { form: slashCommand(harness.fake, "where is the Giulia built?") }, { secret });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
    const { body } = await harness.fake.waitForResponse("cmd");
    expect(body.response_type).toBe("ephemeral");
    const blocks = JSON.stringify(body.blocks);
    expect(blocks).toContain(CASSINO);
    expect(blocks).toContain('"action_id":"brandbot_share"');
  });

  it("answers a declined question ephemerally too, with topics and examples and no Share button", async () => {
    harness = await startHarness({ bot: createBot() });
    await postSigned(`${harness.base}/slack/events`, { form: slashCommand(harness.fake, "what's the weather in Paris?") }, { secret });
    const { body } = await harness.fake.waitForResponse("cmd");
    expect(body.response_type).toBe("ephemeral");
    const blocks = JSON.stringify(body.blocks);
    expect(blocks).toContain("don't cover that");
    expect(blocks).toContain("• Where is the Giulia built?");
    expect(blocks).not.toContain("brandbot_share");
  });

  it("shows help for an empty /brand and for /brand help", async () => {
    harness = await startHarness({ bot: createBot() });
    for (const [id, text] of [["empty", ""], ["help", "help"]] as const) {
      await postSigned(`${harness.base}/slack/events`, { form: slashCommand(harness.fake, text, id) }, { secret });
      const { body } = await harness.fake.waitForResponse(id);
      expect(body.response_type).toBe("ephemeral");
      expect(JSON.stringify(body.blocks)).toContain("• Where is the Giulia built?");
      expect(JSON.stringify(body.blocks)).not.toContain("brandbot_share");
    }
  });

  it("escapes <!channel> echoed from the question, so nobody is pinged", async () => {
    const bot = createBot();
    harness = await startHarness({ bot });
    // Slack itself sends the user's `<` and `>` as entities in slash command text.
    await postSigned(`${harness.base}/slack/events`, { form: slashCommand(harness.fake, "&lt;!channel&gt; where is the Giulia built?") }, { secret });
    const { body } = await harness.fake.waitForResponse("cmd");
    const everything = JSON.stringify(body);
    expect(bot.questions).toEqual(["<!channel> where is the Giulia built?"]);
    // The core keeps only the cleaned question: the mention is gone, not merely escaped.
    expect(everything).toContain("where is the Giulia built?");
    expect(everything).not.toContain("<!channel>");
    expect(everything).not.toContain("&lt;!channel&gt;");

    // Sharing carries the question through the button and must stay escaped in public too.
    const button = JSON.stringify(body.blocks).match(/"value":"([^"]*)"/)?.[1] ?? "";
    await postSigned(`${harness.base}/slack/events`, { form: { payload: JSON.stringify(shareClick(harness, button)) } }, { secret });
    const shared = await harness.fake.waitForResponse("share", (post) => post.body.response_type === "in_channel");
    expect(JSON.stringify(shared.body)).toContain("asked by <@U1>: where is the Giulia built?");
    expect(JSON.stringify(shared.body)).not.toContain("<!channel>");
    expect(bot.questions).toEqual(["<!channel> where is the Giulia built?", "where is the Giulia built?"]);
  });

  it("posts a shared answer publicly with 'asked by' when the Share button is clicked", async () => {
    harness = await startHarness({ bot: createBot() });
    const payload = shareClick(harness, "where is the Giulia built?");
    const res = await postSigned(`${harness.base}/slack/events`, { form: { payload: JSON.stringify(payload) } }, { secret });
    expect(res.status).toBe(200);
    const shared = await harness.fake.waitForResponse("share", (post) => post.body.response_type === "in_channel");
    expect(JSON.stringify(shared.body.blocks)).toContain("asked by <@U1>: where is the Giulia built?");
    expect(JSON.stringify(shared.body.blocks)).toContain(CASSINO);
    expect(JSON.stringify(shared.body.blocks)).not.toContain("brandbot_share");
    await harness.fake.waitForResponse("share", (post) => post.body.delete_original === true);
  });

  it("answers an app_mention in a thread under the question, without the bot's own mention", async () => {
    const bot = createBot();
    harness = await startHarness({ bot });
    const event = { type: "app_mention", user: "U1", channel: "C1", ts: "1700000000.000100", text: "<@UBOT> where is the Giulia built?" };
    const res = await postSigned(`${harness.base}/slack/events`, { json: eventCallback("Ev1", event) }, { secret });
    expect(res.status).toBe(200);
    const post = await harness.fake.waitForCall("chat.postMessage");
    expect(post.args).toMatchObject({ channel: "C1", thread_ts: "1700000000.000100" });
    expect(JSON.stringify(post.args.blocks)).toContain(CASSINO);
    expect(bot.questions.map((q) => q.trim())).toEqual(["where is the Giulia built?"]);
  });

  it("answers a DM directly, not in a thread, and ignores bot messages in DMs", async () => {
    const bot = createBot();
    harness = await startHarness({ bot });
    const fromBot = { type: "message", channel_type: "im", channel: "D1", user: "U2", bot_id: "B2", ts: "1700000000.000050", text: "hi" };
    await postSigned(`${harness.base}/slack/events`, { json: eventCallback("EvBot", fromBot) }, { secret });
    const event = { type: "message", channel_type: "im", channel: "D1", user: "U1", ts: "1700000000.000100", text: "where is the Giulia built?" };
    await postSigned(`${harness.base}/slack/events`, { json: eventCallback("EvDm", event) }, { secret });
    const post = await harness.fake.waitForCall("chat.postMessage");
    expect(post.args.channel).toBe("D1");
    expect(post.args.thread_ts).toBeUndefined();
    expect(bot.questions).toEqual(["where is the Giulia built?"]);
  });

  it("answers a retried event (same event_id, X-Slack-Retry-Num) only once", async () => {
    const bot = createBot();
    harness = await startHarness({ bot });
    const body = eventCallback("EvRetry", { type: "app_mention", user: "U1", channel: "C1", ts: "1700000000.000200", text: "<@UBOT> where is the Giulia built?" });
    const first = await postSigned(`${harness.base}/slack/events`, { json: body }, { secret });
    const retry = await postSigned(`${harness.base}/slack/events`, { json: body }, { secret, headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await harness.fake.waitForCall("chat.postMessage");
    await sleep(200);
    expect(harness.fake.calls.filter((call) => call.method === "chat.postMessage")).toHaveLength(1);
    expect(bot.questions).toHaveLength(1);
  });

  it("replies with a friendly ephemeral note, not silence, when the user is rate limited", async () => {
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 0.1 });
    harness = await startHarness({ bot: createBot(), limiter });
    await postSigned(`${harness.base}/slack/events`, { form: slashCommand(harness.fake, "where is the Giulia built?", "one") }, { secret });
    await harness.fake.waitForResponse("one");
    await postSigned(`${harness.base}/slack/events`, { form: slashCommand(harness.fake, "and the Stelvio?", "two") }, { secret });
    const { body } = await harness.fake.waitForResponse("two");
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toMatch(/^You're asking faster than I can keep up\. Please try again in \d+s\.$/);
  });

  it("apologises ephemerally when answering fails after the ack", async () => {
    harness = await startHarness({ bot: createBot({ failOn: /explode/ }) });
    const res = await postSigned(`${harness.base}/slack/events`, { form: slashCommand(harness.fake, "explode please") }, { secret });
    expect(res.status).toBe(200);
    const { body } = await harness.fake.waitForResponse("cmd");
    expect(body).toMatchObject({ response_type: "ephemeral", text: "Sorry, something went wrong while answering. Please try again in a moment." });
  });

  it("sends the bot token only as a header and never logs a token", async () => {
    harness = await startHarness({ bot: createBot({ failOn: /explode/ }) });
    await postSigned(`${harness.base}/slack/events`, { form: slashCommand(harness.fake, "explode please") }, { secret });
    await harness.fake.waitForResponse("cmd");
    expect(harness.fake.calls[0]).toMatchObject({ method: "auth.test", authorization: `Bearer ${TEST_BOT_TOKEN}` });
    const logged = JSON.stringify(harness.logger.entries);
    expect(logged).toContain("slack: failed to answer");
    for (const token of [TEST_BOT_TOKEN, TEST_APP_TOKEN, TEST_SIGNING_SECRET]) expect(logged).not.toContain(token);
  });
});
