/**
 * Real Bolt in Socket Mode: it opens the connection through the fake Web API
 * (apps.connections.open), receives envelopes over the fake WebSocket and acks them.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadBrandbot } from "../../../adapters/runtime/load.js";
import type { Brandbot } from "../../../src/types.js";
import { recordingBot } from "../../fakes/slack/fake-bot.js";
import { eventCallback, slashCommand, startHarness, type Harness } from "../../fakes/slack/harness.js";

const CASSINO = "the new Giulia and Stelvio will be produced at the Cassino plant";
let harness: Harness | undefined;
let engine: Brandbot;

beforeAll(async () => {
  engine = await loadBrandbot();
});

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("slack adapter, Socket Mode", () => {
  it("connects with the app token and answers a slash command on the response_url", async () => {
    harness = await startHarness({ bot: recordingBot(engine), socketMode: true, env: { SLACK_SIGNING_SECRET: "" } });
    expect(harness.adapter.mode).toBe("socket");
    const open = harness.fake.calls.find((call) => call.method === "apps.connections.open");
    expect(open?.authorization).toBe("Bearer xapp-1-A1-3333-secretapptoken");
    const ack = await harness.fake.sendEnvelope("slash_commands", slashCommand(harness.fake, "where is the Giulia built?", "sock"));
    expect(ack).toEqual({}); // an empty ack: the answer goes to the response_url
    const { body } = await harness.fake.waitForResponse("sock");
    expect(body.response_type).toBe("ephemeral");
    expect(JSON.stringify(body.blocks)).toContain(CASSINO);
  });

  it("answers a redelivered events_api envelope (same event_id) only once", async () => {
    const bot = recordingBot(engine);
    harness = await startHarness({ bot, socketMode: true });
    const event = eventCallback("EvSock", { type: "app_mention", user: "U1", channel: "C1", ts: "1700000000.000300", text: "<@UBOT> where is the Giulia built?" });
    await harness.fake.sendEnvelope("events_api", event);
    await harness.fake.sendEnvelope("events_api", event, { retry_attempt: 1, retry_reason: "timeout" });
    const post = await harness.fake.waitForCall("chat.postMessage");
    expect(post.args.thread_ts).toBe("1700000000.000300");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(harness.fake.calls.filter((call) => call.method === "chat.postMessage")).toHaveLength(1);
    expect(bot.questions).toHaveLength(1);
  });
});
