/**
 * The real discord.js client against the fake Discord: follow-ups along a reply chain and
 * in a DM, and the buttons under an answer clicked as MESSAGE_COMPONENT interactions
 * (feedback into a real question log, Context, a suggested question).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { formatAnswerEmbed } from "../../../adapters/discord/format.js";
import { loadBrandbot } from "../../../adapters/runtime/load.js";
import { openQuestionLog, type QuestionLog } from "../../../adapters/runtime/question-log.js";
import { silentLogger, type Brandbot } from "../../../src/types.js";
import { FakeDiscord, type RecordedRequest } from "../../fakes/discord/fake-discord.js";
import { createRecordingLogger, startAdapter } from "../../fakes/discord/harness.js";
import { botUser, buttonInteraction, FAKE_IDS, messageCreate } from "../../fakes/discord/payloads.js";

const mention = `<@${botUser.id}>`;
const dir = mkdtempSync(join(tmpdir(), "brandbot-discord-"));
let fake: FakeDiscord;
let bot: Brandbot;
let log: QuestionLog;
let adapter: Awaited<ReturnType<typeof startAdapter>>;

beforeAll(async () => {
  bot = await loadBrandbot();
  log = openQuestionLog(join(dir, "q.sqlite"), silentLogger)!;
  fake = await FakeDiscord.start();
  adapter = await startAdapter(fake, bot, { logger: createRecordingLogger(), questionLog: log });
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
  log.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Sends a MESSAGE_CREATE and resolves with the bot's reply request (its `response` is the created message). */
async function ask(content: string, options: Parameters<typeof messageCreate>[1] = {}): Promise<RecordedRequest> {
  const message = messageCreate(content, options);
  fake.dispatch("MESSAGE_CREATE", message, options.dm ? undefined : FAKE_IDS.guild);
  return fake.waitForRequest((r) => r.method === "POST" && /^\/channels\/\d+\/messages$/.test(r.path) && r.body?.message_reference?.message_id === message.id);
}

type Button = { type: 2; style: number; custom_id: string; label: string };
const buttonsOf = (reply: RecordedRequest): Button[] => (reply.body.components ?? []).flatMap((row: { components: Button[] }) => row.components);
const description = (reply: RecordedRequest) => String(reply.body.embeds?.[0]?.description ?? reply.body.data?.embeds?.[0]?.description);

/** Clicks a button of the bot's message and resolves with the interaction callback request. */
async function click(message: RecordedRequest, customId: string) {
  const interaction = buttonInteraction(customId, message.response as Record<string, unknown>);
  fake.dispatch("INTERACTION_CREATE", interaction, FAKE_IDS.guild);
  const callback = await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
  return { interaction, callback };
}

describe("discord follow-ups", () => {
  test("a reply to the bot's answer is the next turn of that chain: 'and the Tonale?' answers Pomigliano", async () => {
    const first = await ask(`${mention} Where is the Giulia built?`, { mentions: [botUser] });
    expect(description(first)).toMatch(/^Cassino, according to/);
    const followUp = await ask(`${mention} and the Tonale?`, { mentions: [botUser], replyTo: first.response.id });
    expect(description(followUp)).toMatch(/^Pomigliano d'Arco, according to “Alfa Romeo's sales targets for 2024, in the CEO's view”/);
    // Replying to the follow-up's answer continues the chain, even without mentioning the bot.
    const third = await ask("e la Stelvio?", { replyTo: followUp.response.id });
    expect(description(third)).toMatch(/^Cassino, /);
  });

  test("a fresh mention is a new chain: the context does not leak into it", async () => {
    await ask(`${mention} Where is the Giulia built?`, { mentions: [botUser] });
    const fresh = await ask(`${mention} and the Tonale?`, { mentions: [botUser] });
    expect(description(fresh)).not.toMatch(/^Pomigliano/);
  });

  test("a DM channel is one conversation", async () => {
    await ask("When is the new Giulia due?", { dm: true });
    const where = await ask("where?", { dm: true });
    expect(where.path).toBe(`/channels/${FAKE_IDS.dmChannel}/messages`);
    expect(description(where)).toMatch(/^Cassino, according to/);
  });
});

describe("discord buttons (MESSAGE_COMPONENT)", () => {
  test("an answer has 👍 👎 and Context 1..n on its first row and the suggested questions on the second", async () => {
    const reply = await ask(`${mention} Where is the Giulia built?`, { mentions: [botUser] });
    const rows = reply.body.components as { type: number; components: Button[] }[];
    expect(rows.map((r) => r.type)).toEqual([1, 1]);
    expect(rows[0]!.components.map((b) => b.label)).toEqual(["👍", "👎", "Context 1", "Context 2", "Context 3"]);
    expect(rows[0]!.components[0]!.custom_id).toMatch(/^bb:up:en:[\w-]{12}$/);
    const suggested = bot.suggest(bot.answer("Where is the Giulia built?"));
    expect(suggested).toHaveLength(3);
    expect(rows[1]!.components.map((b) => [b.label, b.custom_id])).toEqual(suggested.map((q, i) => [q, `bb:ask:${i + 1}:${q}`]));
  });

  test("👎 is stored in the question log and thanked privately", async () => {
    const reply = await ask(`${mention} Who heads Alfa Romeo in North America?`, { mentions: [botUser] });
    const down = buttonsOf(reply).find((b) => b.label === "👎")!;
    const { callback } = await click(reply, down.custom_id);
    expect(callback.body).toMatchObject({ type: 4, data: { content: "Thanks for the feedback, it goes to the people who curate my articles.", flags: 64, allowed_mentions: { parse: [], replied_user: false } } });
    expect((await log.report(0)).thumbsDown.map((d) => [d.question, d.down, d.up])).toEqual([["Who heads Alfa Romeo in North America?", 1, 0]]);
  });

  test("Context shows the sentences around the quote privately, the quote in bold", async () => {
    const reply = await ask(`${mention} Where is the Giulia built?`, { mentions: [botUser] });
    const context = buttonsOf(reply).find((b) => b.label === "Context 1")!;
    const { callback } = await click(reply, context.custom_id);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(64);
    const [embed] = callback.body.data.embeds;
    expect(embed.title).toBe("Alfa Romeo's sales targets for 2024, in the CEO's view");
    expect(embed.description).toContain(
      "in Italy as well. **As proof of this, we know that the new Giulia and Stelvio will be produced at the Cassino plant, while the Tonale SUV will continue to be assembled in Pomigliano.** Imparato also confirms",
    );
  });

  test("a suggested question is answered publicly as the next turn of the clicked answer's chain", async () => {
    const reply = await ask(`${mention} When is the new Giulia due?`, { mentions: [botUser] });
    const suggestion = buttonsOf(reply).find((b) => b.custom_id.startsWith("bb:ask:1:"))!;
    expect(suggestion.label).toBe("When is the new Stelvio coming?");
    const { interaction, callback } = await click(reply, suggestion.custom_id);
    expect(callback.body).toEqual({ type: 5, data: { flags: 0 } });
    const edit = await fake.waitForRequest((r) => r.method === "PATCH" && r.path === `/webhooks/${FAKE_IDS.application}/${interaction.token}/messages/@original`);
    expect(edit.body.embeds).toEqual([formatAnswerEmbed(bot.answer("When is the new Stelvio coming?"))]);
    expect(edit.body.components[0].components.map((b: Button) => b.label)).toEqual(["👍", "👎", "Context 1", "Context 2"]);
    // Replying to that answer follows on from the suggested question.
    const where = await ask(`${mention} where?`, { mentions: [botUser], replyTo: edit.response.id });
    expect(description(where)).toMatch(/^Cassino, according to/);
  });
});
