import { describe, expect, it } from "vitest";
import { createConversations } from "../../src/conversation.js";
import { bot } from "../helpers/corpus.js";

describe("createConversations", () => {
  it("resolves a follow-up in its own conversation only", () => {
    const conversations = createConversations(() => bot);
    conversations.ask("a", "Where is the Giulia built?");
    expect(conversations.ask("a", "and the Tonale?").text).toMatch(/^Pomigliano d'Arco/);
    // Conversation b never asked about a plant: "and the Tonale?" is a fresh (vague) question there.
    expect(conversations.ask("b", "and the Tonale?").resolvedQuestion).toBeUndefined();
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
