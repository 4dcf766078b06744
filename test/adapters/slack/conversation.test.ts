/**
 * Real Bolt (HTTP mode) against the fake Slack: follow-ups inside a thread and a DM, and
 * the buttons under an answer (feedback, Show context, a suggested question) as the
 * block_actions Slack sends when they are clicked, with a real question log.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadBrandbot } from "../../../adapters/runtime/load.js";
import { openQuestionLog, type QuestionLog } from "../../../adapters/runtime/question-log.js";
import { silentLogger, type Brandbot } from "../../../src/types.js";
import { recordingBot } from "../../fakes/slack/fake-bot.js";
import type { ApiCall } from "../../fakes/slack/fake-slack.js";
import { eventCallback, startHarness, TEST_SIGNING_SECRET, type Harness } from "../../fakes/slack/harness.js";
import { postSigned } from "../../fakes/slack/sign.js";

const secret = TEST_SIGNING_SECRET;
const dir = mkdtempSync(join(tmpdir(), "brandbot-slack-"));
let harness: Harness | undefined;
let engine: Brandbot;
let log: QuestionLog;
let eventNo = 0;

beforeAll(async () => {
  engine = await loadBrandbot();
  log = openQuestionLog(join(dir, "q.sqlite"), silentLogger)!;
});
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});
afterAll(() => {
  log.close();
  rmSync(dir, { recursive: true, force: true });
});

type Button = { type: "button"; action_id: string; value?: string; text?: { text: string } };
type Block = { type: string; block_id?: string; text?: { text: string }; accessory?: Button; elements?: (Button | { type: "mrkdwn" })[] };
const blocksOf = (call: ApiCall) => call.args.blocks as Block[];
/** Every button of a message: the rows' buttons and the quotes' accessories, in block order. */
const buttons = (call: ApiCall) =>
  blocksOf(call)
    .flatMap((b) => [...(b.accessory ? [b.accessory] : []), ...(b.elements ?? [])])
    .filter((e): e is Button => e.type === "button");

/** Posts an event as Slack would and waits for the bot's n-th chat.postMessage. */
async function mention(h: Harness, event: Record<string, unknown>, nth: number): Promise<ApiCall> {
  await postSigned(`${h.base}/slack/events`, { json: eventCallback(`Ev${++eventNo}`, event) }, { secret });
  return nthPost(h, nth);
}

/** Waits for the bot's n-th chat.postMessage. */
async function nthPost(h: Harness, nth: number): Promise<ApiCall> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const posts = h.fake.calls.filter((c) => c.method === "chat.postMessage");
    if (posts.length >= nth) return posts[nth - 1]!;
    if (Date.now() > deadline) throw new Error(`no chat.postMessage #${nth}; saw ${JSON.stringify(h.fake.calls).slice(0, 1000)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A button click (block_actions) on a message the bot posted in channel C1. */
function click(h: Harness, button: { action_id: string; value?: string }, where: { ts: string; threadTs?: string; channel?: string }, responseId: string) {
  const channel = where.channel ?? "C1";
  const payload = {
    type: "block_actions", team: { id: "T1" }, user: { id: "U2", name: "bea" }, channel: { id: channel }, api_app_id: "A1", trigger_id: "1.2.3",
    container: { type: "message", message_ts: where.ts, channel_id: channel, is_ephemeral: false, ...(where.threadTs ? { thread_ts: where.threadTs } : {}) },
    message: { type: "message", ts: where.ts, ...(where.threadTs ? { thread_ts: where.threadTs } : {}), text: "answer" },
    response_url: h.fake.responseUrl(responseId),
    actions: [{ type: "button", block_id: "b", action_id: button.action_id, ...(button.value !== undefined ? { value: button.value } : {}), action_ts: "1700000001.1" }],
  };
  return postSigned(`${h.base}/slack/events`, { form: { payload: JSON.stringify(payload) } }, { secret });
}

const text = (call: ApiCall) => String(call.args.text);

describe("slack follow-ups", () => {
  it("a follow-up mention inside the thread is answered against the thread's first question; another thread stays separate", async () => {
    const bot = recordingBot(engine);
    harness = await startHarness({ bot, questionLog: log });
    const first = await mention(harness, { type: "app_mention", user: "U1", channel: "C1", ts: "1700000100.000100", text: "<@UBOT> Where is the Giulia built?" }, 1);
    expect(first.args.thread_ts).toBe("1700000100.000100");
    expect(text(first)).toMatch(/^Cassino, according to/);

    const inThread = { type: "app_mention", user: "U1", channel: "C1", ts: "1700000100.000200", thread_ts: "1700000100.000100", text: "<@UBOT> and the Tonale?" };
    const second = await mention(harness, inThread, 2);
    expect(second.args.thread_ts).toBe("1700000100.000100");
    expect(text(second)).toMatch(/^Pomigliano d'Arco, according to “Alfa Romeo's sales targets for 2024, in the CEO's view”/);

    // The same words as a new mention in the channel start a new thread with no context.
    const elsewhere = await mention(harness, { type: "app_mention", user: "U1", channel: "C1", ts: "1700000100.000300", text: "<@UBOT> and the Tonale?" }, 3);
    expect(elsewhere.args.thread_ts).toBe("1700000100.000300");
    expect(text(elsewhere)).not.toMatch(/^Pomigliano/);
    expect(bot.questions.map((q) => q.trim())).toEqual(["Where is the Giulia built?", "and the Tonale?", "and the Tonale?"]);
    expect((await log.report(0)).thumbsDown).toEqual([]);
  });

  it("a DM is one conversation: 'where?' after 'When is the new Giulia due?' answers Cassino", async () => {
    harness = await startHarness({ bot: recordingBot(engine) });
    await mention(harness, { type: "message", channel_type: "im", channel: "D7", user: "U1", ts: "1700000200.000100", text: "When is the new Giulia due?" }, 1);
    const where = await mention(harness, { type: "message", channel_type: "im", channel: "D7", user: "U1", ts: "1700000200.000200", text: "where?" }, 2);
    expect(where.args.channel).toBe("D7");
    expect(where.args.thread_ts).toBeUndefined();
    expect(text(where)).toMatch(/^Cassino, according to/);
  });
});

describe("slack buttons (block_actions)", () => {
  it("every answer carries 👍/👎, Show context on each quote and suggested questions; a decline carries its closest questions", async () => {
    harness = await startHarness({ bot: recordingBot(engine), questionLog: log });
    const answer = await mention(harness, { type: "app_mention", user: "U1", channel: "C1", ts: "1700000300.000100", text: "<@UBOT> Where is the Giulia built?" }, 1);
    const ids = buttons(answer).map((b) => b.action_id);
    expect(ids.filter((id) => id.startsWith("brandbot_feedback_"))).toEqual(["brandbot_feedback_up", "brandbot_feedback_down"]);
    expect(ids.filter((id) => id.startsWith("brandbot_context:"))).toEqual([
      expect.stringMatching(/^brandbot_context:1:\d+:\d+:000_0ec8988f766c771a\.txt$/),
      expect.stringMatching(/^brandbot_context:2:\d+:\d+:004_f1e78e7adae7f1a4\.txt$/),
      expect.stringMatching(/^brandbot_context:3:\d+:\d+:003_64c93fd37247ca6c\.txt$/),
    ]);
    const suggested = engine.suggest(engine.answer("Where is the Giulia built?"));
    expect(suggested).toHaveLength(3);
    expect(buttons(answer).filter((b) => b.action_id.startsWith("brandbot_suggest_")).map((b) => [b.action_id, b.value, b.text?.text])).toEqual(
      suggested.map((q, i) => [`brandbot_suggest_${i}`, q, q]),
    );
    const decline = await mention(harness, { type: "app_mention", user: "U1", channel: "C1", ts: "1700000300.000200", text: "<@UBOT> Who is the CEO of Fiat?" }, 2);
    expect(JSON.stringify(blocksOf(decline))).toContain("*Questions I can answer*");
    expect(buttons(decline).filter((b) => b.action_id.startsWith("brandbot_suggest_")).map((b) => b.value)).toContain("Who is the CEO of Alfa Romeo?");
    expect(buttons(decline).some((b) => b.action_id.startsWith("brandbot_context:"))).toBe(false);
  });

  it("👎 is stored against the answer's question and thanked privately", async () => {
    harness = await startHarness({ bot: recordingBot(engine), questionLog: log });
    const answer = await mention(harness, { type: "app_mention", user: "U1", channel: "C1", ts: "1700000400.000100", text: "<@UBOT> Who chose Imparato?" }, 1);
    const down = buttons(answer).find((b) => b.action_id === "brandbot_feedback_down")!;
    expect(down.value).toMatch(/^[\w-]{12}:en$/);
    const res = await click(harness, down, { ts: "1700000000.000002", threadTs: "1700000400.000100" }, "fb");
    expect(res.status).toBe(200);
    const thanks = await harness.fake.waitForResponse("fb");
    expect(thanks.body).toMatchObject({ response_type: "ephemeral", replace_original: false, text: "Thanks for the feedback, it goes to the people who curate my articles." });
    const downs = (await log.report(0)).thumbsDown;
    expect(downs).toEqual([
      { question: "Who chose Imparato?", resolvedQuestion: null, intent: "people_roles", answered: true, down: 1, up: 0, sources: engine.answer("Who chose Imparato?").citations.map((c) => c.source) },
    ]);
  });

  it("Show context answers privately with the sentences around the quote, the quote in bold", async () => {
    harness = await startHarness({ bot: recordingBot(engine) });
    const answer = await mention(harness, { type: "app_mention", user: "U1", channel: "C1", ts: "1700000500.000100", text: "<@UBOT> Where is the Giulia built?" }, 1);
    const show = buttons(answer).find((b) => b.action_id.startsWith("brandbot_context:1:"))!;
    expect(show.text?.text).toBe("Show context");
    await click(harness, show, { ts: "1700000000.000002", threadTs: "1700000500.000100" }, "ctx");
    const { body } = await harness.fake.waitForResponse("ctx");
    expect(body.response_type).toBe("ephemeral");
    const shown = JSON.stringify(body.blocks);
    expect(shown).toContain("Alfa Romeo's sales targets for 2024, in the CEO's view · 2024 · 000_0ec8988f766c771a.txt");
    expect(shown).toContain(
      "The CEO also reiterated Alfa Romeo’s commitment to maintaining a strong presence in Italy as well. *As proof of this, we know that the new Giulia and Stelvio will be produced at the Cassino plant, while the Tonale SUV will continue to be assembled in Pomigliano.* Imparato also confirms a willingness to continue with other investments in the future.",
    );
  });

  it("a suggested question is asked in the answer's thread, as that thread's next turn", async () => {
    const bot = recordingBot(engine);
    harness = await startHarness({ bot });
    const answer = await mention(harness, { type: "app_mention", user: "U1", channel: "C1", ts: "1700000600.000100", text: "<@UBOT> When is the new Giulia due?" }, 1);
    const suggestion = buttons(answer).find((b) => b.action_id === "brandbot_suggest_0")!;
    expect(suggestion.value).toBe("When is the new Stelvio coming?");
    await click(harness, suggestion, { ts: "1700000000.000002", threadTs: "1700000600.000100" }, "sg");
    const post = await nthPost(harness, 2);
    expect(post.args).toMatchObject({ channel: "C1", thread_ts: "1700000600.000100" });
    expect(JSON.stringify(post.args.blocks)).toContain("asked by <@U2>: When is the new Stelvio coming?");
    expect(bot.questions.at(-1)).toBe("When is the new Stelvio coming?");
    // The thread now talks about the Stelvio: "where?" follows from the suggested question.
    const where = await mention(harness, { type: "app_mention", user: "U1", channel: "C1", ts: "1700000600.000300", thread_ts: "1700000600.000100", text: "<@UBOT> where?" }, 3);
    expect(text(where)).toMatch(/^Cassino, according to/);
  });
});
