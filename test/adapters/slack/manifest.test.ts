/** The manifest must grant exactly what the handlers rely on, or installs silently miss events. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const manifest = readFileSync(new URL("../../../adapters/slack/manifest.yml", import.meta.url), "utf8");
const listUnder = (key: string) => manifest.match(new RegExp(`${key}:\\n((?:\\s+- .+\\n)+)`))?.[1]?.match(/- (.+)/g)?.map((item) => item.slice(2).trim());

describe("slack manifest", () => {
  it("declares the scopes, the /brand command, the two bot events, interactivity and Socket Mode", () => {
    expect(listUnder("bot")).toEqual(["commands", "chat:write", "app_mentions:read", "im:history", "im:read", "im:write"]);
    expect(listUnder("bot_events")).toEqual(["app_mention", "message.im"]);
    expect(manifest).toMatch(/- command: \/brand\n/);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
    expect(manifest).toMatch(/socket_mode_enabled: true/);
  });
});
