/**
 * Bolt's `respond()` POSTs to whatever `response_url` a request names. A signed request is
 * trusted for what it asks, not for where the bot should send things: anyone holding the
 * signing secret could otherwise make the bot POST to internal addresses. Only Slack's
 * response hosts, over https, are accepted; and, when SLACK_API_URL points the bot at
 * another Slack (a fake one in tests, a proxy), that same origin.
 */
import type { App } from "@slack/bolt";
import type { Logger } from "../../src/types.js";

/** Where Slack (commercial and GovSlack) sends response URLs from. */
export const SLACK_RESPONSE_HOSTS = ["hooks.slack.com", "hooks.slack-gov.com"];

/** Besides Slack's hosts: the origin of SLACK_API_URL, and a check only tests and benchmarks pass. */
export interface ResponseUrlAllowance {
  apiOrigin?: string;
  allow?: (url: URL) => boolean;
}

/** True for an https URL on a Slack response host, or one the allowance admits. */
export function isAllowedResponseUrl(value: string, allowance: ResponseUrlAllowance = {}): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.origin === allowance.apiOrigin || allowance.allow?.(url)) return true;
  return url.protocol === "https:" && SLACK_RESPONSE_HOSTS.includes(url.hostname) && url.port === "" && url.username === "" && url.password === "";
}

/**
 * Drops (after acknowledging, so Slack does not retry) any request whose `response_url` is
 * not Slack's, before a handler could reply to it. Registered first, ahead of all handlers.
 */
export function guardResponseUrls(app: App, logger: Logger, allowance: ResponseUrlAllowance): void {
  app.use(async (args) => {
    const responseUrl = (args.body as { response_url?: unknown }).response_url;
    if (responseUrl === undefined || (typeof responseUrl === "string" && isAllowedResponseUrl(responseUrl, allowance))) {
      await args.next();
      return;
    }
    // The value is attacker-chosen: log a bounded piece of it only.
    logger.warn({ component: "slack", responseUrl: String(responseUrl).slice(0, 200) }, "slack: refused a request whose response_url is not a Slack host");
    const ack = (args as unknown as { ack?: () => Promise<void> }).ack;
    if (ack) await ack();
  });
}
