/** Slack configuration: defaults, modes, and one clear line per problem. */
import { describe, expect, it } from "vitest";
import { isSlackConfigured, readSlackConfig } from "../../../adapters/slack/config.js";

const http = { SLACK_BOT_TOKEN: "xoxb-123-abc", SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef" };

describe("slack config", () => {
  it("is configured exactly when SLACK_BOT_TOKEN is set and not blank", () => {
    expect(isSlackConfigured({ SLACK_BOT_TOKEN: "xoxb-1" })).toBe(true);
    expect(isSlackConfigured({ SLACK_BOT_TOKEN: "  " })).toBe(false);
    expect(isSlackConfigured({})).toBe(false);
  });

  it("applies defaults for HTTP mode", () => {
    expect(readSlackConfig(http)).toEqual({ botToken: "xoxb-123-abc", signingSecret: http.SLACK_SIGNING_SECRET, appToken: undefined, command: "/brand", port: 3000, apiUrl: undefined,
      http: { maxBodyBytes: 262_144, headersTimeoutMs: 10_000, requestTimeoutMs: 15_000, maxConnections: 256 },
      loopbackResponseUrls: false,
    });
  });

  it("admits loopback response_urls only when the test setting is exactly 1, naming the variable otherwise", () => {
    expect(readSlackConfig({ ...http, SLACK_TEST_LOOPBACK_RESPONSE_URLS: "1" }).loopbackResponseUrls).toBe(true);
    expect(readSlackConfig({ ...http, SLACK_TEST_LOOPBACK_RESPONSE_URLS: "" }).loopbackResponseUrls).toBe(false);
    expect(() => readSlackConfig({ ...http, SLACK_TEST_LOOPBACK_RESPONSE_URLS: "yes" })).toThrow(/^slack: SLACK_TEST_LOOPBACK_RESPONSE_URLS is "yes", not 0 or 1: set it to 1 only in tests/);
  });

  it("selects Socket Mode with an app token, where no signing secret is needed", () => {
    const config = readSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1", SLACK_COMMAND: "/alfa", PORT: "8080", SLACK_API_URL: "http://127.0.0.1:9/api" });
    expect(config).toMatchObject({ appToken: "xapp-1", signingSecret: undefined, command: "/alfa", port: 8080, apiUrl: "http://127.0.0.1:9/api/" });
  });

  it("reports every missing variable on its own line, with where to get it", () => {
    expect(() => readSlackConfig({})).toThrow(
      new Error(
        "slack: SLACK_BOT_TOKEN is missing: copy the Bot User OAuth Token from your app's OAuth & Permissions page\n" +
          "slack: SLACK_SIGNING_SECRET is missing (needed in HTTP mode, when SLACK_APP_TOKEN is unset): copy it from your app's Basic Information page (App Credentials)",
      ),
    );
  });

  it("names each malformed variable, echoing plain settings but never tokens", () => {
    let message = "";
    try {
      readSlackConfig({ SLACK_BOT_TOKEN: "xoxp-user-secret", SLACK_APP_TOKEN: "xoxb-wrong-secret", SLACK_COMMAND: "brand", PORT: "eighty", SLACK_API_URL: "slack.com" });
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message.split("\n");
    expect(lines).toHaveLength(5);
    expect(lines.every((line) => line.startsWith("slack: "))).toBe(true);
    expect(lines[0]).toMatch(/^slack: SLACK_BOT_TOKEN must start with xoxb-/);
    expect(lines[1]).toMatch(/^slack: SLACK_APP_TOKEN must start with xapp-/);
    expect(lines[2]).toMatch(/^slack: SLACK_COMMAND is "brand", not a slash command/);
    expect(lines[3]).toMatch(/^slack: PORT is "eighty", not a port/);
    expect(lines[4]).toMatch(/^slack: SLACK_API_URL is "slack.com", not an http\(s\) URL/);
    expect(message).not.toContain("user-secret");
    expect(message).not.toContain("wrong-secret");
  });
});
