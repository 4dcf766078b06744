/**
 * Slack settings, read once from the environment at start-up.
 * Deliberately free of @slack/bolt so the CLI can ask `isSlackConfigured` without
 * paying for loading Bolt when the user only wants the REPL.
 */
import { z } from "zod";

/** Validated Slack settings; everything the adapter needs from the environment. */
export interface SlackConfig {
  /** Bot User OAuth Token (`xoxb-`), used for every Web API call. */
  botToken: string;
  /** Verifies HTTP requests; absent only in Socket Mode, where Slack never calls us. */
  signingSecret: string | undefined;
  /** App-level token (`xapp-`): when present the bot connects out over Socket Mode. */
  appToken: string | undefined;
  /** Slash command name including the slash, e.g. `/brand`. */
  command: string;
  /** HTTP port in HTTP mode (0 picks a free one). */
  port: number;
  /** Web API base URL override (ends with `/`), for tests and proxies. */
  apiUrl: string | undefined;
  /** HTTP mode limits, so unsigned traffic cannot hold memory or connections for long. */
  http: SlackHttpLimits;
  /** Test and benchmark setting only: also post answers to response_urls on 127.0.0.1. */
  loopbackResponseUrls: boolean;
}

/** What the HTTP listener accepts: Slack's own payloads are a few KiB and arrive at once. */
export interface SlackHttpLimits {
  /** Largest request body read (Bolt's own default is 4 MiB, read before the signature is checked). */
  maxBodyBytes: number;
  /** Time allowed for a request's headers to arrive. */
  headersTimeoutMs: number;
  /** Time allowed for a whole request to arrive. */
  requestTimeoutMs: number;
  /** Most connections open at once; past it new ones are dropped. */
  maxConnections: number;
}

/** How to obtain each value, so a failed start tells the user exactly what to do next. */
const HOW_TO_GET = {
  SLACK_BOT_TOKEN: "copy the Bot User OAuth Token from your app's OAuth & Permissions page",
  SLACK_SIGNING_SECRET: "copy it from your app's Basic Information page (App Credentials)",
  SLACK_APP_TOKEN:
    "create an app-level token with the connections:write scope on your app's Basic Information page, or leave it unset for HTTP mode",
  SLACK_COMMAND: "use the slash command from adapters/slack/manifest.yml, e.g. /brand",
  PORT: "use a whole number from 0 to 65535",
  SLACK_API_URL: "use an http(s) URL such as https://slack.com/api/, or leave it unset",
  SLACK_MAX_BODY_BYTES: "use a whole number of bytes of at least 16384 (default 262144)",
  SLACK_HEADERS_TIMEOUT_MS: "use a whole number of milliseconds of at least 1000 (default 10000)",
  SLACK_REQUEST_TIMEOUT_MS: "use a whole number of milliseconds, at least SLACK_HEADERS_TIMEOUT_MS (default 15000)",
  SLACK_MAX_CONNECTIONS: "use a whole number of at least 1 (default 256)",
  SLACK_TEST_LOOPBACK_RESPONSE_URLS: "set it to 1 only in tests and benchmarks against a fake Slack on 127.0.0.1, else leave it unset",
} as const;

type SlackVariable = keyof typeof HOW_TO_GET;

// `.env` files often hold `NAME=` for "unset"; treat blank as absent rather than as a bad value.
const blankAsUnset = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value;

const optionalText = z.preprocess(blankAsUnset, z.string().optional());

const wholeNumber = (min: number, fallback: number) =>
  z.preprocess(blankAsUnset, z.coerce.number({ error: "not a number" }).int({ error: "not a whole number" }).min(min, { error: "not large enough" }).default(fallback));

// Messages never echo token values: a config error can end up in a shared log or a screenshot.
const schema = z
  .object({
    SLACK_BOT_TOKEN: z.preprocess(
      blankAsUnset,
      z.string({ error: "is missing" }).startsWith("xoxb-", { error: "must start with xoxb- (a bot token)" }),
    ),
    SLACK_SIGNING_SECRET: z.preprocess(
      blankAsUnset,
      z.string().regex(/^\S{16,}$/, { error: "looks malformed (expected a long value without spaces)" }).optional(),
    ),
    SLACK_APP_TOKEN: z.preprocess(
      blankAsUnset,
      z.string().startsWith("xapp-", { error: "must start with xapp- (an app-level token)" }).optional(),
    ),
    SLACK_COMMAND: z.preprocess(
      blankAsUnset,
      z
        .string()
        .regex(/^\/[a-z0-9_-]{1,31}$/, { error: "not a slash command" })
        .default("/brand"),
    ),
    PORT: z.preprocess(
      blankAsUnset,
      z.coerce.number({ error: "not a port" }).int({ error: "not a port" }).min(0, { error: "not a port" }).max(65535, { error: "not a port" }).default(3000),
    ),
    SLACK_API_URL: optionalText.refine((value) => value === undefined || /^https?:\/\/\S+$/.test(value), {
      error: "not an http(s) URL",
    }),
    SLACK_MAX_BODY_BYTES: wholeNumber(16_384, 262_144),
    SLACK_HEADERS_TIMEOUT_MS: wholeNumber(1_000, 10_000),
    SLACK_REQUEST_TIMEOUT_MS: wholeNumber(1_000, 15_000),
    SLACK_MAX_CONNECTIONS: wholeNumber(1, 256),
    SLACK_TEST_LOOPBACK_RESPONSE_URLS: z.preprocess(blankAsUnset, z.enum(["0", "1"], { error: "not 0 or 1" }).optional()),
  })
  // Node refuses a header timeout longer than the request timeout.
  .refine((c) => c.SLACK_REQUEST_TIMEOUT_MS >= c.SLACK_HEADERS_TIMEOUT_MS, { path: ["SLACK_REQUEST_TIMEOUT_MS"], error: "must be at least SLACK_HEADERS_TIMEOUT_MS" });

/** True when the user means to run Slack at all: the CLI starts Slack instead of the REPL. */
export function isSlackConfigured(env: Record<string, string | undefined>): boolean {
  return blankAsUnset(env.SLACK_BOT_TOKEN) !== undefined;
}

/**
 * Validates the Slack variables. Throws one Error listing every problem, one line each,
 * naming the variable and how to fix it, so the user fixes `.env` in a single pass.
 */
export function readSlackConfig(env: Record<string, string | undefined>): SlackConfig {
  const result = schema.safeParse(env);
  const problems = (result.error?.issues ?? []).map((issue) => {
    const variable = String(issue.path[0]) as SlackVariable;
    // Plain settings are echoed so the user sees the typo; secrets never are.
    const what = issue.message.startsWith("not ") ? `is ${JSON.stringify(env[variable])}, ${issue.message}` : issue.message;
    return `slack: ${variable} ${what}: ${HOW_TO_GET[variable]}`;
  });
  // Slack only calls our HTTP endpoint without Socket Mode, so only then is the secret required.
  if (blankAsUnset(env.SLACK_APP_TOKEN) === undefined && blankAsUnset(env.SLACK_SIGNING_SECRET) === undefined) {
    problems.push(
      `slack: SLACK_SIGNING_SECRET is missing (needed in HTTP mode, when SLACK_APP_TOKEN is unset): ${HOW_TO_GET.SLACK_SIGNING_SECRET}`,
    );
  }
  if (!result.success || problems.length > 0) throw new Error([...new Set(problems)].join("\n"));
  const parsed = result.data;
  const apiUrl = parsed.SLACK_API_URL;
  return {
    botToken: parsed.SLACK_BOT_TOKEN,
    signingSecret: parsed.SLACK_SIGNING_SECRET,
    appToken: parsed.SLACK_APP_TOKEN,
    command: parsed.SLACK_COMMAND,
    port: parsed.PORT,
    // The Web API client appends method names directly, so the base must end with a slash.
    apiUrl: apiUrl === undefined || apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/`,
    http: {
      maxBodyBytes: parsed.SLACK_MAX_BODY_BYTES,
      headersTimeoutMs: parsed.SLACK_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: parsed.SLACK_REQUEST_TIMEOUT_MS,
      maxConnections: parsed.SLACK_MAX_CONNECTIONS,
    },
    loopbackResponseUrls: parsed.SLACK_TEST_LOOPBACK_RESPONSE_URLS === "1",
  };
}
