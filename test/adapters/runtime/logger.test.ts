/**
 * The production logger (issue 15, item 9): errors arrive as message and code (stack at
 * debug) instead of `{}`, secret keys are censored at any depth, and token shapes are
 * redacted wherever they appear, Discord tokens of every first letter included.
 */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, redactSecrets, type LogLevel } from "../../../adapters/runtime/logger.js";

function capture(level: LogLevel = "info") {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger(level, destination as never), lines };
}
const flush = () => new Promise((resolve) => setImmediate(resolve));

// Shapes of real tokens, made up: a Discord token is base64(user id).timestamp.hmac.
const DISCORD_O = "OTk5OTk5OTk5OTk5OTk5OTk5.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789";
const DISCORD_M = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789";

describe("logger", () => {
  it("logs an error's type, message and code, not {}", async () => {
    const { logger, lines } = capture();
    const error = Object.assign(new Error("Missing Access"), { code: 50001 });
    logger.error({ err: error, nested: { cause: new TypeError("boom") } }, "discord: could not answer message");
    await flush();
    expect(lines[0]?.err).toEqual({ type: "Error", message: "Missing Access", code: 50001 });
    expect(lines[0]?.nested).toEqual({ cause: { type: "TypeError", message: "boom" } });
  });

  it("adds the stack at debug level only", async () => {
    const debug = capture("debug");
    debug.logger.error({ err: new Error("boom") }, "x");
    await flush();
    expect(String((debug.lines[0]?.err as { stack?: string }).stack)).toMatch(/^Error: boom\n\s+at /);
  });

  it("censors secret keys at any depth and in any case", async () => {
    const { logger, lines } = capture();
    logger.info({ deep: { a: { token: "t1", b: { signingSecret: "s3cr3t-value" } } }, config: { SigningSecret: "x", botToken: "y" }, list: [{ password: "p" }] }, "config");
    await flush();
    const text = JSON.stringify(lines[0]);
    for (const secret of ["t1", "s3cr3t-value", '"x"', '"y"', '"p"']) expect(text).not.toContain(secret);
    expect(lines[0]?.deep).toEqual({ a: { token: "[redacted]", b: { signingSecret: "[redacted]" } } });
  });

  it("redacts Slack and Discord token shapes inside any string, including error messages", async () => {
    const { logger, lines } = capture();
    logger.error({ err: new Error(`login failed for ${DISCORD_O}`), detail: `Bot ${DISCORD_M}`, slack: "xoxb-1-2-abc and xapp-1-A-2" }, `token ${DISCORD_O}`);
    await flush();
    const text = JSON.stringify(lines[0]);
    expect(text).not.toContain("OTk5");
    expect(text).not.toContain("MTIz");
    expect(text).not.toContain("xoxb-1");
    expect(text).not.toContain("xapp-1");
    expect(redactSecrets(`a ${DISCORD_O} b`)).toBe("a [redacted] b");
  });

  it("survives a cycle", async () => {
    const { logger, lines } = capture();
    const loop: Record<string, unknown> = { name: "loop" };
    loop.self = loop;
    logger.info({ loop }, "cycle");
    await flush();
    expect(lines[0]?.loop).toEqual({ name: "loop", self: "[circular]" });
  });
});
