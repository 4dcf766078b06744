/**
 * Discord settings, read once from the environment and validated with zod.
 * Deliberately free of discord.js imports: the CLI calls {@link isDiscordConfigured}
 * on every start, and loading discord.js (~0.7 s) just to learn it is unused would be waste.
 */
import { z } from "zod";

/** Validated Discord settings; the token lives only here and in the client, never in logs. */
export interface DiscordConfig {
  /** Bot token from the Bot page of the application. */
  token: string;
  /** Application (client) id; only needed to register slash commands. */
  applicationId: string | null;
  /** REST base URL override, e.g. `http://127.0.0.1:PORT/api`; null means Discord itself. */
  apiUrl: string | null;
}

const snowflake = /^\d{17,20}$/;

/** A pasted "Bot xyz" header value would otherwise be sent as "Bot Bot xyz". */
const stripBotPrefix = (token: string) => token.replace(/^Bot\s+/i, "");

/** Treats blank values as unset, since `.env` files often carry `DISCORD_APPLICATION_ID=`. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

const envSchema = z.object({
  DISCORD_TOKEN: z
    .string({ error: "is missing: copy it from the Bot page of your application in the Developer Portal" })
    .trim()
    .min(1, { error: "is empty: copy it from the Bot page of your application in the Developer Portal" })
    .refine((token) => !/\s/.test(stripBotPrefix(token)), { error: "contains whitespace: paste the token alone, without quotes or spaces" }),
  DISCORD_APPLICATION_ID: optional(
    z.string().trim().regex(snowflake, {
      error: "is not an application id (17-20 digits): copy the Application ID from the General Information page",
    }),
  ),
  DISCORD_API_URL: optional(
    z.url({
      protocol: /^https?$/,
      error: "is not an http(s) URL: use a REST base such as http://127.0.0.1:3000/api, or leave it unset",
    }),
  ),
});

/**
 * True when a token is present, so `npm start` knows whether to start Discord at all.
 * Only presence is checked here; {@link readDiscordConfig} reports what is wrong with it.
 */
export function isDiscordConfigured(env: Record<string, string | undefined>): boolean {
  return (env.DISCORD_TOKEN ?? "").trim() !== "";
}

/**
 * Reads and validates the Discord variables. Throws one Error listing every problem,
 * one line each, naming the variable and the fix, so a new user fixes `.env` in one pass.
 * Values are never echoed, because the bad value may be a real token.
 */
export function readDiscordConfig(env: Record<string, string | undefined>): DiscordConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `discord: ${String(issue.path[0] ?? "environment")} ${issue.message}`);
    throw new Error(lines.join("\n"));
  }
  const { DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_API_URL } = parsed.data;
  return {
    token: stripBotPrefix(DISCORD_TOKEN),
    applicationId: DISCORD_APPLICATION_ID ?? null,
    apiUrl: DISCORD_API_URL ? DISCORD_API_URL.replace(/\/+$/, "") : null,
  };
}

/** Error for commands that need the application id, worded like the validation errors. */
export function requireApplicationId(config: DiscordConfig): string {
  if (!config.applicationId) {
    throw new Error(
      "discord: DISCORD_APPLICATION_ID is missing: copy the Application ID from the General Information page of your application",
    );
  }
  return config.applicationId;
}
