import { describe, expect, it } from "vitest";
import { createAnswerTurns } from "../../../adapters/runtime/answer-turns.js";
import { askQuestion } from "../../../adapters/runtime/ask.js";
import { sharedState } from "../../../adapters/runtime/state-store.js";
import { createMemoryStore } from "../../../adapters/runtime/memory-store.js";
import { bot } from "../../helpers/corpus.js";
import type { Logger } from "../../../src/types.js";

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Spins for `ms`: the synchronous work an answer is. */
const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe("createAnswerTurns", () => {
  it("lets answers go one per event-loop turn, in the order asked, with timers and I/O in between", async () => {
    const turns = createAnswerTurns();
    const seen: string[] = [];
    const answer = async (name: string) => {
      await turns.next();
      seen.push(name);
      if (name === "A") {
        // Due by the next turn: it must run before B, as a request arriving during A would.
        setTimeout(() => seen.push("timer"), 1);
        busy(5);
      }
    };
    const all = Promise.all([answer("A"), answer("B"), answer("C")]);
    expect(turns.waiting).toBe(3);
    await all;
    expect(seen).toEqual(["A", "timer", "B", "C"]);
    expect(turns.waiting).toBe(0);
  });

  it("never runs an answer in the same turn it was asked", async () => {
    const turns = createAnswerTurns();
    let ran = false;
    const waiting = turns.next().then(() => (ran = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(ran).toBe(false);
    await waiting;
    expect(ran).toBe(true);
  });

  it("keeps order across thousands of answers (the queue compacts without losing any)", async () => {
    const turns = createAnswerTurns();
    const order: number[] = [];
    await Promise.all(Array.from({ length: 3000 }, (_, i) => turns.next().then(() => order.push(i))));
    expect(order).toEqual(Array.from({ length: 3000 }, (_, i) => i));
  });
});

describe("askQuestion with answer turns", () => {
  it("answers questions asked together, and a follow-up in its conversation, each in its own turn", async () => {
    const turns = createAnswerTurns();
    const state = sharedState(createMemoryStore({ rateLimit: { capacity: 100, refillPerSecond: 1 } }), () => bot, turns);
    const deps = { bot, logger: quiet, env: {}, turns, ...state };
    // Counts event-loop turns: an answer that took no turn of its own would share a count.
    let turn = 0;
    let counting = true;
    const counter = () =>
      setImmediate(() => {
        turn++;
        if (counting) counter();
      });
    counter();
    const turnOf: number[] = [];
    const ask = (userId: string, question: string, conversation?: string) =>
      askQuestion(deps, { adapter: "slack", userId, question, ...(conversation ? { conversation } : {}) }).then((asked) => {
        turnOf.push(turn);
        return asked;
      });
    const together = await Promise.all([ask("U1", "Where is the Tonale made?"), ask("U2", "Where is the Giulia built?", "slack:C1:1.0"), ask("U3", "Chi ha scelto Imparato?")]);
    counting = false;
    expect(new Set(turnOf).size).toBe(3);
    expect(together.map((a) => (a.kind === "answer" ? a.answer.text.split(",")[0] : a.kind)).slice(0, 2)).toEqual(["Pomigliano d'Arco", "Cassino"]);
    const followUp = await ask("U2", "and the Tonale?", "slack:C1:1.0");
    expect(followUp.kind === "answer" && followUp.answer.resolvedQuestion).toBe("Where is the Tonale built?");
  });
});
