/**
 * The two settings that let several bot processes act as one: REDIS_URL (conversation
 * memory, handled events, rate limits) and DATABASE_URL (the question log in PostgreSQL).
 * Read once at the edge and validated; unset means per-process memory and SQLite.
 */
import { z } from "zod";

export interface ReplicaConfig {
  redisUrl: string | undefined;
  databaseUrl: string | undefined;
}

const url = (name: string, schemes: string[], example: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const value = v?.trim();
      if (!value) return undefined;
      if (schemes.some((s) => value.startsWith(`${s}://`))) return value;
      // The value may hold a password: name the scheme it had, never echo the rest.
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
      ctx.addIssue({ code: "custom", message: `${name} must start with ${schemes.map((s) => `${s}://`).join(" or ")} (e.g. ${example}), got ${scheme ? `a ${scheme}: URL` : "something that is not a URL"}` });
      return z.NEVER;
    });

const schema = z.object({
  REDIS_URL: url("REDIS_URL", ["redis", "rediss"], "redis://127.0.0.1:6379"),
  DATABASE_URL: url("DATABASE_URL", ["postgres", "postgresql"], "postgresql://brandbot@127.0.0.1:5432/brandbot"),
});

/** Reads REDIS_URL and DATABASE_URL; throws one `config:` line per bad value. */
export function readReplicaConfig(env: Record<string, string | undefined>): ReplicaConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `config: ${i.message} (set it in .env, or leave it unset for one process)`).join("\n"));
  return { redisUrl: parsed.data.REDIS_URL, databaseUrl: parsed.data.DATABASE_URL };
}

/** Where a URL points, without its password, for logs and /healthz. */
export function describeUrl(value: string): string {
  try {
    const u = new URL(value);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname.length > 1 ? u.pathname : ""}`;
  } catch {
    return "(unparsable URL)";
  }
}
