import { describe, expect, it } from "vitest";
import { createReloadingBot } from "../../adapters/runtime/reloader.js";
import { createConversations } from "../../src/conversation.js";
import { silentLogger } from "../../src/types.js";
import { bot } from "../helpers/corpus.js";

describe("createConversations", () => {
  it("resolves a follow-up in its own conversation only", () => {
    const conversations = createConversations(() => bot);
    conversations.ask("a", "Where is the Giulia built?");
    expect(conversations.ask("a", "and the Tonale?").text).toMatch(/^Pomigliano d'Arco/);
    // Conversation b never asked about a plant: "and the Tonale?" is a fresh (vague) question there.
    expect(conversations.ask("b", "and the Tonale?").resolvedQuestion).toBeUndefined();
  });

  it("resolves 'where?' and Italian follow-ups turn by turn", () => {
    const conversations = createConversations(() => bot);
    expect(conversations.ask("en", "When is the new Giulia due?").intent).toBe("launch_timeline");
    const where = conversations.ask("en", "where?");
    expect(where.resolvedQuestion).toBe("where is the new Giulia due?");
    expect(where.text).toMatch(/^Cassino, according to/);
    conversations.ask("it", "Dove viene costruita la Giulia?");
    const stelvio = conversations.ask("it", "e la Stelvio?");
    expect(stelvio).toMatchObject({ language: "it", resolvedQuestion: "Dove viene costruita la Stelvio?", answered: true });
    expect(stelvio.text).toMatch(/^Cassino, secondo/);
  });

  it("works through the hot-reloading bot the servers use (it must pass the previous turn on)", () => {
    const reloading = createReloadingBot(bot, async () => bot, silentLogger);
    const conversations = createConversations(() => reloading);
    conversations.ask("r", "Where is the Giulia built?");
    expect(conversations.ask("r", "and the Tonale?").text).toMatch(/^Pomigliano d'Arco/);
    const first = reloading.answer("Where is the Giulia built?").citations[0]!;
    expect(reloading.expand(first)?.quote.text).toBe(first.quote);
    expect(reloading.suggest(reloading.answer("Where is the Giulia built?"))).toEqual(bot.suggest(bot.answer("Where is the Giulia built?")));
  });

  it("keeps the context across a decline", () => {
    const conversations = createConversations(() => bot);
    conversations.ask("t", "Where is the Giulia built?");
    expect(conversations.ask("t", "and the Fiat Panda?").answered).toBe(false);
    expect(conversations.ask("t", "and the Tonale?").resolvedQuestion).toBe("Where is the Tonale built?");
  });

  it("forgets idle conversations and the least recently used beyond the bound", () => {
    let now = 0;
    const conversations = createConversations(() => bot, { ttlMs: 1000, maxConversations: 2, now: () => now });
    conversations.ask("x", "Where is the Giulia built?");
    now = 1001;
    expect(conversations.last("x")).toBeUndefined();
    now = 0;
    for (const id of ["p", "q", "r"]) conversations.ask(id, "Where is the Giulia built?");
    expect(conversations.size).toBe(2);
    expect(conversations.last("p")).toBeUndefined();
    expect(conversations.last("r")?.answered).toBe(true);
  });
});

describe("follow-ups after a misspelt question", () => {
  it("replaces the misspelt name the first question meant", () => {
    const conversations = createConversations(() => bot);
    conversations.ask("typo", "where is the giula bilt");
    const answer = conversations.ask("typo", "and the tonale?");
    expect(answer.resolvedQuestion).toBe("where is the tonale bilt");
    expect(answer.text).toMatch(/^Pomigliano d'Arco/);
  });
});
