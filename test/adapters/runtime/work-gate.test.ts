import { afterEach, describe, expect, it } from "vitest";
import { BUSY_NOTE, createWorkGate, withinGate } from "../../../adapters/runtime/work-gate.js";
import { FakeDiscord, type RecordedRequest } from "../../fakes/discord/fake-discord.js";
import { startAdapter } from "../../fakes/discord/harness.js";
import { botUser, messageCreate } from "../../fakes/discord/payloads.js";
import { slashCommand, startHarness, TEST_SIGNING_SECRET, type Harness } from "../../fakes/slack/harness.js";
import { postSigned } from "../../fakes/slack/sign.js";
import { bot } from "../../helpers/corpus.js";

describe("createWorkGate", () => {
  it("admits up to max, turns the rest away, and wakes idle() when the last leaves", async () => {
    const gate = createWorkGate(2);
    expect([gate.tryEnter(), gate.tryEnter(), gate.tryEnter()]).toEqual([true, true, false]);
    let idle = false;
    const waiting = gate.idle().then(() => (idle = true));
    gate.leave();
    await Promise.resolve();
    expect(idle).toBe(false);
    gate.leave();
    await waiting;
    expect(idle).toBe(true);
    expect(gate.active).toBe(0);
  });

  it("runs work inside the gate and releases it even when the work fails", async () => {
    const gate = createWorkGate(1);
    await expect(withinGate(gate, async () => Promise.reject(new Error("boom")), async () => undefined)).rejects.toThrow("boom");
    expect(gate.active).toBe(0);
    const seen: string[] = [];
    gate.tryEnter();
    await withinGate(gate, async () => void seen.push("work"), async () => void seen.push("busy"));
    expect(seen).toEqual(["busy"]);
  });

  it("names a bad size", () => {
    expect(() => createWorkGate(0)).toThrow("work-gate: max must be a whole number of at least 1, got 0");
  });
});

describe("at capacity, every adapter says so instead of queueing", () => {
  let harness: Harness | undefined;
  let fake: FakeDiscord | undefined;
  afterEach(async () => {
    await harness?.close();
    await fake?.close();
    harness = undefined;
    fake = undefined;
  });

  it("Slack: a slash command is acked and told the bot is busy", async () => {
    const gate = createWorkGate(1);
    gate.tryEnter();
    harness = await startHarness({ bot, gate });
    const res = await postSigned(`${harness.base}/slack/events`, { form: slashCommand(harness.fake, "where is the Giulia built?") }, { secret: TEST_SIGNING_SECRET });
    expect(res.status).toBe(200);
    const { body } = await harness.fake.waitForResponse("cmd");
    expect(body).toMatchObject({ response_type: "ephemeral", text: BUSY_NOTE });
  });

  it("Discord: a mention gets the busy note as a reply that pings nobody", async () => {
    const gate = createWorkGate(1);
    gate.tryEnter();
    fake = await FakeDiscord.start();
    const adapter = await startAdapter(fake, bot, { gate });
    try {
      const message = messageCreate(`<@${botUser.id}> where is the Giulia built?`, { mentions: [botUser] });
      fake.dispatch("MESSAGE_CREATE", message, "guild_id" in message ? message.guild_id : undefined);
      const reply = await fake.waitForRequest((r: RecordedRequest) => r.method === "POST" && r.body?.message_reference?.message_id === message.id);
      expect(reply.body.content).toBe(BUSY_NOTE);
      expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    } finally {
      await adapter.stop();
    }
  });
});
