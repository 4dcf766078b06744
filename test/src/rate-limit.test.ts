import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../../src/rate-limit.js";

describe("createRateLimiter", () => {
  it("allows a burst, refuses the next with the wait, and refills over time", () => {
    let now = 0;
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 0.5, now: () => now });
    expect(limiter.take("u")).toEqual({ allowed: true });
    expect(limiter.take("u")).toEqual({ allowed: true });
    expect(limiter.take("u")).toEqual({ allowed: false, retryAfterMs: 2000 });
    expect(limiter.take("other")).toEqual({ allowed: true });
    now = 2000;
    expect(limiter.take("u")).toEqual({ allowed: true });
    expect(limiter.take("u")).toEqual({ allowed: false, retryAfterMs: 2000 });
  });

  it("forgets the least recently seen users beyond maxUsers", () => {
    const limiter = createRateLimiter({ capacity: 1, maxUsers: 2, now: () => 0 });
    limiter.take("a");
    limiter.take("b");
    limiter.take("c");
    expect(limiter.take("a")).toEqual({ allowed: true });
    expect(limiter.take("c")).toEqual({ allowed: false, retryAfterMs: 2000 });
  });

  it("names a bad option", () => {
    expect(() => createRateLimiter({ capacity: 0 })).toThrow("rate-limit: capacity must be at least 1, got 0");
  });
});
