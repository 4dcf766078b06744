/**
 * End to end: the real discord.js client, the real adapter and the real answer engine,
 * against the fake Discord in test/fakes/discord. No network beyond 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadBrandbot } from "../../../adapters/runtime/load.js";
import type { Brandbot } from "../../../src/types.js";
import { formatAnswerEmbed } from "../../../adapters/discord/format.js";
import { FakeDiscord, type RecordedRequest } from "../../fakes/discord/fake-discord.js";
import { askInteraction, botUser, FAKE_IDS, messageCreate, user } from "../../fakes/discord/payloads.js";
import { createRecordingLogger, startAdapter, TEST_TOKEN } from "../../fakes/discord/harness.js";

const CASSINO = "the new Giulia and Stelvio will be produced at the Cassino plant";
const mention = `<@${botUser.id}>`;

let fake: FakeDiscord;
let bot: Brandbot;
let adapter: Awaited<ReturnType<typeof startAdapter>>;
const logger = createRecordingLogger();

beforeAll(async () => {
  bot = await loadBrandbot();
  fake = await FakeDiscord.start();
  adapter = await startAdapter(fake, bot, { logger });
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

/** Sends a MESSAGE_CREATE through the gateway and returns its payload. */
function send(content: string, options: Parameters<typeof messageCreate>[1] = {}) {
  const message = messageCreate(content, options);
  fake.dispatch("MESSAGE_CREATE", message, "guild_id" in message ? message.guild_id : undefined);
  return message;
}

const isReplyTo = (messageId: string) => (r: RecordedRequest) =>
  r.method === "POST" && /^\/channels\/\d+\/messages$/.test(r.path) && r.body?.message_reference?.message_id === messageId;

describe("discord adapter against a fake Discord", () => {
  test("IDENTIFY carries the token and exactly Guilds | GuildMessages | DirectMessages | MessageContent", async () => {
    const identify = await fake.waitForGateway((p) => p.op === 2);
    expect(identify.d.token).toBe(TEST_TOKEN);
    expect(identify.d.intents).toBe(1 + 512 + 4096 + 32768);
    expect(identify.d.shard).toEqual([0, 1]);
  });

  test("a mention is answered with a reply embed holding the verbatim Cassino quote, typing first, pinging nobody", async () => {
    const message = send(`${mention} @everyone where is the Giulia built?`, { mentions: [botUser], mentionEveryone: true });
    const reply = await fake.waitForRequest(isReplyTo(message.id));
    expect(reply.path).toBe(`/channels/${FAKE_IDS.channel}/messages`);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const [embed] = reply.body.embeds;
    expect(embed.color).toBe(0x9b1b30);
    expect(embed).toEqual(formatAnswerEmbed(bot.answer("where is the Giulia built?")));
    expect(embed.fields.some((f: { value: string }) => f.value.includes(CASSINO))).toBe(true);
    const typing = fake.requests.findIndex((r) => r.path === `/channels/${FAKE_IDS.channel}/typing`);
    expect(typing).toBeGreaterThanOrEqual(0);
    expect(typing).toBeLessThan(fake.requests.indexOf(reply));
  });

  test("its own messages, other bots' and unaddressed guild messages are ignored", async () => {
    const own = send(`${mention} where is the Giulia built?`, { author: botUser, mentions: [botUser] });
    const otherBot = send(`${mention} where is the Giulia built?`, { author: user(FAKE_IDS.otherBot, "spambot", true), mentions: [botUser] });
    const unaddressed = send("where is the Giulia built?");
    const human = send(`${mention} where is the Giulia built?`, { mentions: [botUser] });
    // Dispatches are handled in order, so once the human is answered the others were already skipped.
    await fake.waitForRequest(isReplyTo(human.id));
    for (const ignored of [own, otherBot, unaddressed]) expect(fake.requests.some(isReplyTo(ignored.id))).toBe(false);
  });

  test("a mention with no question gets the help reply with topics and examples", async () => {
    const message = send(mention, { mentions: [botUser] });
    const reply = await fake.waitForRequest(isReplyTo(message.id));
    const help = bot.help("en");
    const [embed] = reply.body.embeds;
    expect(embed.fields.map((f: { name: string }) => f.name)).toEqual(["What I cover", "Try asking"]);
    expect(embed).toEqual(formatAnswerEmbed(help));
    expect(embed.fields[1].value).toContain(help.help!.examples[0]);
  });

  test("any message in a DM is answered, without a mention", async () => {
    const message = send("where is the Giulia built?", { dm: true });
    const reply = await fake.waitForRequest(isReplyTo(message.id));
    expect(reply.path).toBe(`/channels/${FAKE_IDS.dmChannel}/messages`);
    expect(JSON.stringify(reply.body.embeds)).toContain(CASSINO);
  });

  test("/ask defers an ephemeral reply by default, then edits it with the answer", async () => {
    const interaction = askInteraction("where is the Giulia built?");
    fake.dispatch("INTERACTION_CREATE", interaction, FAKE_IDS.guild);
    const callback = await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await fake.waitForRequest((r) => r.method === "PATCH" && r.path === `/webhooks/${FAKE_IDS.application}/${interaction.token}/messages/@original`);
    expect(fake.requests.indexOf(callback)).toBeLessThan(fake.requests.indexOf(edit));
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(JSON.stringify(edit.body.embeds)).toContain(CASSINO);
  });

  test("/ask ephemeral:false answers in public", async () => {
    const interaction = askInteraction("where is the Giulia built?", false);
    fake.dispatch("INTERACTION_CREATE", interaction, FAKE_IDS.guild);
    const callback = await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
    expect(callback.body).toEqual({ type: 5, data: { flags: 0 } });
    await fake.waitForRequest((r) => r.method === "PATCH" && r.path.startsWith(`/webhooks/${FAKE_IDS.application}/${interaction.token}/`));
  });

  test("a 429 with Retry-After is waited out and the reply still lands", async () => {
    fake.respondOnce({
      method: "POST",
      path: /^\/channels\/\d+\/messages$/,
      status: 429,
      headers: { "retry-after": "1", "x-ratelimit-scope": "user" },
      body: { message: "You are being rate limited.", retry_after: 1, global: false },
    });
    const message = send(`${mention} where is the Giulia built?`, { mentions: [botUser] });
    const delivered = await fake.waitForRequest((r) => isReplyTo(message.id)(r) && r.status === 200, 10_000);
    const attempts = fake.requests.filter(isReplyTo(message.id));
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(delivered.at - attempts[0]!.at).toBeGreaterThanOrEqual(900);
    expect(JSON.stringify(delivered.body.embeds)).toContain(CASSINO);
    expect(logger.entries.some((e) => e.msg === "discord: rate limited, waiting")).toBe(true);
  });

  test("after op 7 the client resumes its session and the next mention is still answered", async () => {
    const identify = await fake.waitForGateway((p) => p.op === 2);
    fake.sendReconnect();
    const resume = await fake.waitForGateway((p) => p.op === 6);
    expect(resume.connection).toBeGreaterThan(identify.connection);
    expect(resume.d).toMatchObject({ token: TEST_TOKEN, session_id: `session-${identify.connection}` });
    expect(resume.d.seq).toBeGreaterThan(2);
    expect(fake.gateway.filter((p) => p.op === 2)).toHaveLength(1);
    const message = send(`${mention} where is the Giulia built?`, { mentions: [botUser] });
    const reply = await fake.waitForRequest(isReplyTo(message.id));
    expect(JSON.stringify(reply.body.embeds)).toContain(CASSINO);
  });

  test("the token never reaches the logs", () => {
    expect(logger.entries.length).toBeGreaterThan(0);
    expect(JSON.stringify(logger.entries)).not.toContain(TEST_TOKEN);
  });
});
