import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../adapters/runtime/memory-store.js";
import { openStateStore } from "../../../adapters/runtime/open-state.js";
import { createRedisStore, type RedisStore } from "../../../adapters/runtime/redis-store.js";
import { sharedState, type StateStore } from "../../../adapters/runtime/state-store.js";
import { bot } from "../../helpers/corpus.js";
import { describeWithServers, startRedis, type RedisServer } from "../../helpers/servers.js";
import { createRecordingLogger } from "../../fakes/slack/harness.js";

const rateLimit = { capacity: 2, refillPerSecond: 0.5 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("memory state store", () => {
  it("remembers a conversation's last answer until its TTL, claims a key once, and limits per user", async () => {
    let now = 0;
    const store = createMemoryStore({ rateLimit, conversationTtlMs: 1000, now: () => now });
    const state = sharedState(store, () => bot);
    await state.conversations.ask("c1", "Where is the Giulia built?");
    expect((await state.conversations.ask("c1", "and the Tonale?")).resolvedQuestion).toBe("Where is the Tonale built?");
    now = 5000;
    expect(await store.lastTurn("c1")).toBeUndefined();
    expect(await state.dedupe.firstTime("Ev1")).toBe(true);
    expect(await state.dedupe.firstTime("Ev1")).toBe(false);
    expect(await store.take("u")).toEqual({ allowed: true });
    expect(await store.take("u")).toEqual({ allowed: true });
    expect(await store.take("u")).toEqual({ allowed: false, retryAfterMs: 2000 });
    expect(await store.health()).toEqual({ backend: "memory", reachable: true });
  });

  it("keeps the bounds of src/conversation.ts: the cleaned question only, no id past 256 characters, expired entries swept", async () => {
    let now = 0;
    const store = createMemoryStore({ rateLimit, conversationTtlMs: 1000, now: () => now });
    const state = sharedState(store, () => bot);
    const long = `Where is the Giulia built?${" ".repeat(600)}${"and what about Cassino ".repeat(1800)}`;
    expect((await state.conversations.ask("c1", long)).answered).toBe(true);
    expect((await store.lastTurn("c1"))?.question).toBe("Where is the Giulia built?");
    expect((await state.conversations.ask("x".repeat(257), "Where is the Giulia built?")).answered).toBe(true);
    expect(await store.lastTurn("x".repeat(257))).toBeUndefined();
    await state.conversations.ask("x".repeat(256), "Where is the Giulia built?");
    expect(await state.dedupe.firstTime("Ev1")).toBe(true);
    expect(store.sweep?.()).toBe(0);
    now = 5000;
    // Two conversations; the claimed event lives for an hour.
    expect(store.sweep?.()).toBe(2);
    expect(await state.dedupe.firstTime("Ev1")).toBe(false);
  });
});

describeWithServers("Redis state store", ["redis"], () => {
  let redis: RedisServer;
  const stores: StateStore[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  }, 20_000);
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await redis?.remove();
  });
  const open = async (prefix: string) => {
    const store = await createRedisStore({ url: redis.url, rateLimit, prefix });
    stores.push(store);
    return store;
  };

  it("shares a conversation between two clients, and Redis forgets it after the TTL", async () => {
    const a = await open("t0:");
    const b = await createRedisStore({ url: redis.url, rateLimit, prefix: "t0:", conversationTtlMs: 200 });
    stores.push(b);
    await sharedState(a, () => bot).conversations.ask("slack:C1:1.0", "Where is the Giulia built?");
    const followUp = await sharedState(b, () => bot).conversations.ask("slack:C1:1.0", "and the Tonale?");
    expect(followUp.text).toMatch(/^Pomigliano d'Arco/);
    expect(followUp.resolvedQuestion).toBe("Where is the Tonale built?");
    // b saved the follow-up with its 200 ms TTL.
    await sleep(400);
    expect(await a.lastTurn("slack:C1:1.0")).toBeUndefined();
  });

  it("claims an event once across clients, even when both claim at the same moment", async () => {
    const a = await open("t1:");
    const b = await createRedisStore({ url: redis.url, rateLimit, prefix: "t1:" });
    stores.push(b);
    const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).claim("event:Ev9", 60_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await a.claim("event:Ev10", 60_000)).toBe(true);
  });

  it("spends one shared bucket per user atomically (Lua), with the wait until the next token", async () => {
    const a: RedisStore = await open("t2:");
    const b = await createRedisStore({ url: redis.url, rateLimit, prefix: "t2:" });
    stores.push(b);
    const decisions = await Promise.all([a.take("slack:U1"), b.take("slack:U1"), a.take("slack:U1"), b.take("slack:U1")]);
    expect(decisions.filter((d) => d.allowed)).toHaveLength(2);
    const refused = decisions.filter((d) => !d.allowed) as { retryAfterMs: number }[];
    expect(refused).toHaveLength(2);
    for (const r of refused) expect(r.retryAfterMs).toBeGreaterThan(1500);
    for (const r of refused) expect(r.retryAfterMs).toBeLessThanOrEqual(2000);
    expect(await b.take("slack:U2")).toEqual({ allowed: true });
    const buckets = await a.client.keys("t2:bucket:*");
    expect(buckets).toHaveLength(2);
    expect(buckets.join(" ")).not.toContain("U1");
    for (const key of buckets) expect(await a.client.pttl(key)).toBeGreaterThan(0);
  });

  it("names buckets with the pseudonym key: replicas with the same key share one, a bucket is not found by hashing ids", async () => {
    const key = Buffer.from("k".repeat(64));
    const [a, b, unkeyed] = await Promise.all([
      createRedisStore({ url: redis.url, rateLimit, prefix: "t3:", hashKey: key }),
      createRedisStore({ url: redis.url, rateLimit, prefix: "t3:", hashKey: Buffer.from(key) }),
      createRedisStore({ url: redis.url, rateLimit, prefix: "t3:" }),
    ]);
    stores.push(a, b, unkeyed);
    expect([await a.take("slack:U1"), await b.take("slack:U1"), await b.take("slack:U1")].map((d) => d.allowed)).toEqual([true, true, false]);
    expect(await unkeyed.take("slack:U1")).toEqual({ allowed: true });
    const plain = createHash("sha256").update("slack:U1").digest("base64url").slice(0, 22);
    const keys = await a.client.keys("t3:bucket:*");
    // One bucket for both keyed stores, another for the unkeyed one (the only one named by plain SHA-256).
    expect(keys).toHaveLength(2);
    expect(keys.filter((k) => k === `t3:bucket:${plain}`)).toHaveLength(1);
  });

  it("answers from memory while Redis is down, warns once per outage, and goes back to Redis when it returns", async () => {
    const logger = createRecordingLogger();
    const store = await openStateStore({ redisUrl: redis.url, rateLimit: { capacity: 100, refillPerSecond: 1 }, logger });
    stores.push(store);
    const state = sharedState(store, () => bot);
    expect(await store.health()).toEqual({ backend: "redis", reachable: true });
    await state.conversations.ask("c-outage", "Where is the Giulia built?");

    await redis.stop();
    for (let i = 0; i < 5; i++) expect((await store.take("u-outage")).allowed).toBe(true);
    expect((await state.conversations.ask("c-outage", "When is the new Giulia coming?")).answered).toBe(true);
    expect(await state.dedupe.firstTime("Ev-outage")).toBe(true);
    expect(await state.dedupe.firstTime("Ev-outage")).toBe(false);
    expect(await store.health()).toEqual({ backend: "redis", reachable: false, fallback: "memory" });
    const warnings = logger.entries.filter((e) => e.level === "warn");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.msg).toMatch(/^state: Redis is unreachable .*answering with this process's own memory until it is back$/);

    await redis.start();
    const until = Date.now() + 10_000;
    while (!logger.entries.some((e) => e.msg === "state: Redis is reachable again; shared state resumed") && Date.now() < until) await sleep(100);
    expect(logger.entries.map((e) => e.msg)).toContain("state: Redis is reachable again; shared state resumed");
    // Shared again: what this store writes, a fresh client reads.
    await state.conversations.ask("c-back", "Where is the Giulia built?");
    const other = await createRedisStore({ url: redis.url, rateLimit });
    stores.push(other);
    expect((await other.lastTurn("c-back"))?.text).toMatch(/^Cassino/);
    expect(logger.entries.filter((e) => e.level === "warn")).toHaveLength(1);
  }, 30_000);
});
