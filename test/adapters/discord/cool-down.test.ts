/** The per-user cool-down, end to end: one question per window, one friendly note, never silence. */
import { afterAll, beforeAll, expect, test } from "vitest";
import { createRateLimiter } from "../../../src/rate-limit.js";
import { FakeDiscord, type RecordedRequest } from "../../fakes/discord/fake-discord.js";
import { askInteraction, botUser, FAKE_IDS, messageCreate, user } from "../../fakes/discord/payloads.js";
import { createStubBot, startAdapter } from "../../fakes/discord/harness.js";

let fake: FakeDiscord;
let adapter: Awaited<ReturnType<typeof startAdapter>>;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const bot = createStubBot((question) => ({ question, kind: "answer", answered: true, intent: "x", language: "en", text: "Cassino.", citations: [] }));
  // Frozen clock: a user's single token never comes back during the test, so refusals are exact.
  const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 0.1, now: () => 0 });
  adapter = await startAdapter(fake, bot, { limiter });
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

const mention = `<@${botUser.id}> where is the Giulia built?`;
const replyTo = (id: string) => (r: RecordedRequest) => r.method === "POST" && r.body?.message_reference?.message_id === id;

test("a user asking too fast gets one friendly note per cool-down, and others are still answered", async () => {
  const asks = [1, 2, 3].map(() => messageCreate(mention, { mentions: [botUser] }));
  for (const message of asks) fake.dispatch("MESSAGE_CREATE", message, FAKE_IDS.guild);
  const someoneElse = messageCreate(mention, { mentions: [botUser], author: user("400000000000000077", "maria") });
  fake.dispatch("MESSAGE_CREATE", someoneElse, FAKE_IDS.guild);

  expect((await fake.waitForRequest(replyTo(asks[0]!.id))).body.embeds[0].description).toBe("Cassino.");
  const note = await fake.waitForRequest(replyTo(asks[1]!.id));
  expect(note.body.content).toBe("Easy there! You can ask me another question in 10s.");
  expect(note.body.embeds).toBeUndefined();
  expect(note.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  await fake.waitForRequest(replyTo(someoneElse.id));
  // The third message fell in the same cool-down: no second note to flood the channel.
  expect(fake.requests.some(replyTo(asks[2]!.id))).toBe(false);
});

test("a refused /ask gets an ephemeral note instead of a deferred answer", async () => {
  const interaction = askInteraction("where is the Giulia built?");
  fake.dispatch("INTERACTION_CREATE", interaction, FAKE_IDS.guild);
  const callback = await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
  expect(callback.body.type).toBe(4);
  expect(callback.body.data).toMatchObject({ content: "Easy there! You can ask me another question in 10s.", flags: 64, allowed_mentions: { parse: [] } });
});

test("help and empty mentions use up the cool-down like questions: one answer, then one note", async () => {
  const lia = user("400000000000000088", "lia");
  const asks = [`<@${botUser.id}> help`, `<@${botUser.id}>`, `<@${botUser.id}> help`].map((content) => messageCreate(content, { mentions: [botUser], author: lia }));
  for (const message of asks) fake.dispatch("MESSAGE_CREATE", message, FAKE_IDS.guild);
  expect((await fake.waitForRequest(replyTo(asks[0]!.id))).body.embeds).toHaveLength(1);
  expect((await fake.waitForRequest(replyTo(asks[1]!.id))).body.content).toBe("Easy there! You can ask me another question in 10s.");
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(fake.requests.some(replyTo(asks[2]!.id))).toBe(false);
});
