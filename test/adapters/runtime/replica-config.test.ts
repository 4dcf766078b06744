import { describe, expect, it } from "vitest";
import { describeUrl, readReplicaConfig } from "../../../adapters/runtime/replica-config.js";

describe("replica settings", () => {
  it("are unset (one process) when empty, and read when set", () => {
    expect(readReplicaConfig({})).toEqual({ redisUrl: undefined, databaseUrl: undefined });
    expect(readReplicaConfig({ REDIS_URL: " ", DATABASE_URL: "" })).toEqual({ redisUrl: undefined, databaseUrl: undefined });
    expect(readReplicaConfig({ REDIS_URL: "rediss://cache:6380/2", DATABASE_URL: "postgres://bot:pw@db/brandbot" })).toEqual({
      redisUrl: "rediss://cache:6380/2",
      databaseUrl: "postgres://bot:pw@db/brandbot",
    });
  });

  it("name the variable and the expected form, never echoing a password", () => {
    let message = "";
    try {
      readReplicaConfig({ REDIS_URL: "localhost:6379", DATABASE_URL: "mysql://bot:hunter2@db/brandbot" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split("\n")).toEqual([
      "config: REDIS_URL must start with redis:// or rediss:// (e.g. redis://127.0.0.1:6379), got a localhost: URL (set it in .env, or leave it unset for one process)",
      "config: DATABASE_URL must start with postgres:// or postgresql:// (e.g. postgresql://brandbot@127.0.0.1:5432/brandbot), got a mysql: URL (set it in .env, or leave it unset for one process)",
    ]);
    expect(message).not.toContain("hunter2");
    expect(describeUrl("postgresql://bot:hunter2@db.internal:5432/brandbot")).toBe("postgresql://db.internal:5432/brandbot");
  });
});
