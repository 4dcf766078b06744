import { describe, expect, it } from "vitest";
import { askQuestion, hashUser } from "../../../adapters/runtime/ask.js";
import { createRateLimiter } from "../../../src/index.js";
import type { Logger } from "../../../src/types.js";
import { bot } from "../../helpers/corpus.js";

function recordingLogger() {
  const lines: { level: string; obj: Record<string, unknown>; msg?: string }[] = [];
  const at = (level: string) => (obj: object, msg?: string) => void lines.push({ level, obj: obj as Record<string, unknown>, msg });
  const logger: Logger = { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
  return { logger, lines };
}

describe("askQuestion", () => {
  it("answers and logs one line with adapter, language, intent, sources, latency and a hashed user", async () => {
    const { logger, lines } = recordingLogger();
    const asked = await askQuestion({ bot, logger, limiter: createRateLimiter(), env: {} }, { adapter: "slack", userId: "U42", question: " Where is the Giulia built? ", via: "slash" });
    expect(asked.kind).toBe("answer");
    expect(lines).toHaveLength(1);
    expect(lines[0]?.msg).toBe("question answered");
    expect(lines[0]?.obj).toMatchObject({
      adapter: "slack",
      via: "slash",
      user: hashUser("slack", "U42"),
      language: "en",
      intent: "production_location",
      answered: true,
      sources: ["000_0ec8988f766c771a.txt", "004_f1e78e7adae7f1a4.txt", "003_64c93fd37247ca6c.txt"],
    });
    expect(typeof lines[0]?.obj.latencyMs).toBe("number");
    expect(JSON.stringify(lines)).not.toContain("U42");
  });

  it("refuses past the shared limit, help included: a help reply is a post like any other", async () => {
    const { logger, lines } = recordingLogger();
    const deps = { bot, logger, limiter: createRateLimiter({ capacity: 2, now: () => 0 }), env: {} };
    const help = await askQuestion(deps, { adapter: "discord", userId: "1", question: "aiuto" });
    expect(help.kind === "answer" && [help.answer.kind, help.answer.language, help.id]).toEqual(["help", "it", null]);
    expect((await askQuestion(deps, { adapter: "discord", userId: "1", question: "Who is the Stellantis CEO?" })).kind).toBe("answer");
    expect(await askQuestion(deps, { adapter: "discord", userId: "1", question: "help" })).toEqual({ kind: "limited", retryAfterMs: 2000 });
    expect(lines.map((l) => l.msg)).toEqual(["help shown", "question answered", "question refused: rate limit"]);
  });

  it("hashes the same user the same way, and differently per platform", async () => {
    expect(hashUser("slack", "U1")).toBe(hashUser("slack", "U1"));
    expect(hashUser("slack", "U1")).not.toBe(hashUser("discord", "U1"));
    expect(hashUser("slack", "U1")).toMatch(/^[0-9a-f]{16}$/);
  });
});
