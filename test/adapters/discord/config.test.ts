import { describe, expect, test } from "vitest";
import { isDiscordConfigured, readDiscordConfig } from "../../../adapters/discord/config.js";

describe("discord config", () => {
  test("isDiscordConfigured only looks for a non-blank DISCORD_TOKEN", () => {
    expect(isDiscordConfigured({})).toBe(false);
    expect(isDiscordConfigured({ DISCORD_TOKEN: "  " })).toBe(false);
    expect(isDiscordConfigured({ DISCORD_TOKEN: "abc" })).toBe(true);
  });

  test("a missing token is one line naming the variable and where to get it", () => {
    expect(() => readDiscordConfig({})).toThrow(
      new Error("discord: DISCORD_TOKEN is missing: copy it from the Bot page of your application in the Developer Portal"),
    );
  });

  test("every problem gets its own line, and the bad token itself is never echoed", () => {
    let message = "";
    try {
      readDiscordConfig({ DISCORD_TOKEN: "secret token", DISCORD_APPLICATION_ID: "12", DISCORD_API_URL: "ftp://x" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split("\n")).toEqual([
      "discord: DISCORD_TOKEN contains whitespace: paste the token alone, without quotes or spaces",
      "discord: DISCORD_APPLICATION_ID is not an application id (17-20 digits): copy the Application ID from the General Information page",
      "discord: DISCORD_API_URL is not an http(s) URL: use a REST base such as http://127.0.0.1:3000/api, or leave it unset",
    ]);
    expect(message).not.toContain("secret");
  });

  test("valid values are normalised: blank optionals unset, 'Bot ' prefix and trailing slash dropped", () => {
    expect(readDiscordConfig({ DISCORD_TOKEN: "Bot abc.def", DISCORD_APPLICATION_ID: "", DISCORD_API_URL: "http://127.0.0.1:5/api/" })).toEqual({
      token: "abc.def",
      applicationId: null,
      apiUrl: "http://127.0.0.1:5/api",
    });
    expect(readDiscordConfig({ DISCORD_TOKEN: "abc", DISCORD_APPLICATION_ID: "100000000000000001" }).applicationId).toBe("100000000000000001");
  });
});
