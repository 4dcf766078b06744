/**
 * The HTTP edge of Slack HTTP mode (issue 15, items 4 to 7): how much an unsigned client
 * may send, how long it may take, how many connections it may hold, where a signed
 * request may make the bot POST, what /healthz tells anyone, and help being rate limited.
 */
import { createServer } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { readSlackConfig } from "../../../adapters/slack/config.js";
import { isAllowedResponseUrl } from "../../../adapters/slack/response-url.js";
import { loadBrandbot } from "../../../adapters/runtime/load.js";
import { createReloadingBot } from "../../../adapters/runtime/reloader.js";
import { createRateLimiter } from "../../../src/rate-limit.js";
import type { Brandbot } from "../../../src/types.js";
import { postSigned } from "../../fakes/slack/sign.js";
import { eventCallback, slashCommand, startHarness, TEST_BOT_TOKEN, TEST_SIGNING_SECRET, type Harness } from "../../fakes/slack/harness.js";

let harness: Harness | undefined;
let engine: Brandbot;
const secret = TEST_SIGNING_SECRET;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  engine = await loadBrandbot();
});

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** Opens a raw connection, writes `head`, and resolves with seconds until the server closes it (or null past `capMs`). */
async function lifetime(port: number, head: string, options: { trickleMs?: number; capMs: number }): Promise<number | null> {
  const socket = connect(port, "127.0.0.1");
  socket.on("error", () => undefined);
  const started = performance.now();
  socket.write(head);
  const trickle = options.trickleMs ? setInterval(() => socket.writable && socket.write("a"), options.trickleMs) : undefined;
  const closed = await Promise.race([
    new Promise<boolean>((resolve) => socket.on("close", () => resolve(true))),
    sleep(options.capMs).then(() => false),
  ]);
  clearInterval(trickle);
  socket.destroy();
  return closed ? (performance.now() - started) / 1000 : null;
}

const portOf = (h: Harness) => Number(new URL(h.base).port);

describe("slack HTTP limits", () => {
  it("defaults to a 256 KiB body, 10 s for headers, 15 s per request and 256 connections; each is configurable and checked", () => {
    const base = { SLACK_BOT_TOKEN: TEST_BOT_TOKEN, SLACK_SIGNING_SECRET: secret };
    expect(readSlackConfig(base).http).toEqual({ maxBodyBytes: 262_144, headersTimeoutMs: 10_000, requestTimeoutMs: 15_000, maxConnections: 256 });
    expect(readSlackConfig({ ...base, SLACK_MAX_BODY_BYTES: "65536", SLACK_HEADERS_TIMEOUT_MS: "2000", SLACK_REQUEST_TIMEOUT_MS: "3000", SLACK_MAX_CONNECTIONS: "8" }).http).toEqual({
      maxBodyBytes: 65_536,
      headersTimeoutMs: 2_000,
      requestTimeoutMs: 3_000,
      maxConnections: 8,
    });
    expect(() => readSlackConfig({ ...base, SLACK_HEADERS_TIMEOUT_MS: "20000" })).toThrow(
      'slack: SLACK_REQUEST_TIMEOUT_MS must be at least SLACK_HEADERS_TIMEOUT_MS: use a whole number of milliseconds, at least SLACK_HEADERS_TIMEOUT_MS (default 15000)',
    );
    expect(() => readSlackConfig({ ...base, SLACK_MAX_CONNECTIONS: "many" })).toThrow('slack: SLACK_MAX_CONNECTIONS is "many", not a number: use a whole number of at least 1 (default 256)');
  });

  it("refuses a body over the limit with 413 before reading it all, signed or not", async () => {
    harness = await startHarness({ bot: engine, env: { SLACK_MAX_BODY_BYTES: "65536" } });
    const big = { ...slashCommand(harness.fake, "where is the Giulia built?"), pad: "a".repeat(70_000) };
    const signed = await postSigned(`${harness.base}/slack/events`, { form: big }, { secret });
    expect(signed.status).toBe(413);
    const unsigned = await fetch(`${harness.base}/slack/events`, { method: "POST", headers: { "content-type": "application/json" }, body: "a".repeat(1024 * 1024) }).then(
      (r) => r.status,
      () => "connection closed",
    );
    expect([413, "connection closed"]).toContain(unsigned);
    // Just under the limit is still read, and still needs its signature.
    const small = await fetch(`${harness.base}/slack/events`, { method: "POST", headers: { "content-type": "application/json" }, body: "a".repeat(60_000) });
    expect(small.status).toBe(401);
  });

  it("closes a connection whose headers trickle in, once the header timeout passes", { timeout: 20_000 }, async () => {
    harness = await startHarness({ bot: engine, env: { SLACK_HEADERS_TIMEOUT_MS: "2000", SLACK_REQUEST_TIMEOUT_MS: "3000" } });
    const seconds = await lifetime(portOf(harness), "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", { trickleMs: 500, capMs: 12_000 });
    // Node's default would keep it open for a minute; the margin is for a loaded machine.
    expect(seconds).not.toBeNull();
    expect(seconds!).toBeGreaterThanOrEqual(1.9);
    expect(seconds!).toBeLessThan(8);
  });

  it("closes a connection whose body trickles in, once the request timeout passes", { timeout: 20_000 }, async () => {
    harness = await startHarness({ bot: engine, env: { SLACK_HEADERS_TIMEOUT_MS: "1000", SLACK_REQUEST_TIMEOUT_MS: "3000" } });
    const head = "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n";
    const seconds = await lifetime(portOf(harness), head, { trickleMs: 300, capMs: 12_000 });
    expect(seconds).not.toBeNull();
    expect(seconds!).toBeGreaterThanOrEqual(2.5);
    expect(seconds!).toBeLessThan(9);
  });

  it("holds no more connections than SLACK_MAX_CONNECTIONS: the next one is dropped at once", { timeout: 20_000 }, async () => {
    harness = await startHarness({ bot: engine, env: { SLACK_MAX_CONNECTIONS: "2" } });
    const port = portOf(harness);
    const held = [connect(port, "127.0.0.1"), connect(port, "127.0.0.1")];
    await Promise.all(held.map((s) => new Promise((resolve) => s.once("connect", resolve))));
    await sleep(100);
    const third = await lifetime(port, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", { capMs: 5_000 });
    for (const s of held) s.destroy();
    // Dropped on arrival, where an admitted connection would stay open (keep-alive) past the cap.
    expect(third).not.toBeNull();
    expect(third!).toBeLessThan(3);
    await sleep(100);
    expect((await fetch(`${harness.base}/healthz`)).status).toBe(200);
  });
});

describe("slack response_url", () => {
  it("accepts only Slack's response hosts over https", () => {
    expect(isAllowedResponseUrl("https://hooks.slack.com/commands/T1/1/abc")).toBe(true);
    expect(isAllowedResponseUrl("https://hooks.slack-gov.com/commands/T1/1/abc")).toBe(true);
    for (const url of [
      "http://hooks.slack.com/commands/T1/1/abc",
      "https://hooks.slack.com:8443/commands",
      "https://hooks.slack.com.evil.example/commands",
      "https://user@hooks.slack.com/commands",
      "http://127.0.0.1:8080/x",
      "https://169.254.169.254/latest/meta-data",
      "not a url",
    ])
      expect(isAllowedResponseUrl(url), url).toBe(false);
    // SLACK_API_URL's own origin (a fake Slack, a proxy) is the one exception.
    expect(isAllowedResponseUrl("http://127.0.0.1:8080/respond/1", { apiOrigin: "http://127.0.0.1:8080" })).toBe(true);
    expect(isAllowedResponseUrl("http://127.0.0.1:8081/x", { apiOrigin: "http://127.0.0.1:8080" })).toBe(false);
  });

  it("a signed slash command naming an internal response_url is acknowledged, never answered there, and logged", async () => {
    const hits: string[] = [];
    const internal = createServer((req, res) => {
      hits.push(req.url ?? "");
      res.end("{}");
    });
    await new Promise<void>((resolve) => internal.listen(0, "127.0.0.1", resolve));
    const target = `http://127.0.0.1:${(internal.address() as AddressInfo).port}/admin/reset`;
    try {
      harness = await startHarness({ bot: engine });
      const res = await postSigned(`${harness.base}/slack/events`, { form: { ...slashCommand(harness.fake, "where is the Giulia built?"), response_url: target } }, { secret });
      expect(res.status).toBe(200);
      await sleep(500);
      expect(hits).toEqual([]);
      expect(harness.logger.entries.find((e) => e.msg === "slack: refused a request whose response_url is not a Slack host")?.obj).toMatchObject({ responseUrl: target });
    } finally {
      internal.close();
    }
  });
});

describe("slack /healthz", () => {
  it("says whether the last reload worked, with counts and time, never why it failed", async () => {
    let fail = false;
    const bot = createReloadingBot(engine, async () => {
      if (fail) throw new Error("corpus: /srv/brandbot/seeds/secret-draft.txt: is binary");
      return engine;
    }, { debug() {}, info() {}, warn() {}, error() {} });
    fail = true;
    await bot.reload();
    harness = await startHarness({ bot });
    const body = (await (await fetch(`${harness.base}/healthz`)).json()) as { lastReload: Record<string, unknown> };
    expect(Object.keys(body.lastReload).sort()).toEqual(["at", "documents", "ok", "sentences"]);
    expect(body.lastReload.ok).toBe(false);
    expect(JSON.stringify(body)).not.toContain("secret-draft");
  });
});

describe("slack help and the rate limit", () => {
  it("twelve '@brandbot help' mentions get as many public posts as the burst allows, then one private note each", async () => {
    harness = await startHarness({ bot: engine, limiter: createRateLimiter({ capacity: 3, refillPerSecond: 0.001 }) });
    for (let i = 0; i < 12; i++) {
      const event = { type: "app_mention", user: "U7", text: "<@UBOT> help", channel: "C1", ts: `1700000000.0001${String(i).padStart(2, "0")}` };
      await postSigned(`${harness.base}/slack/events`, { json: eventCallback(`Ev-help-${i}`, event) }, { secret });
    }
    await sleep(800);
    const posts = harness.fake.calls.filter((c) => c.method === "chat.postMessage");
    const notes = harness.fake.calls.filter((c) => c.method === "chat.postEphemeral");
    expect(posts).toHaveLength(3);
    expect(notes).toHaveLength(9);
  });
});
