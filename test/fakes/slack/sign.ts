/**
 * Builds requests exactly as Slack signs them (v0 HMAC-SHA256 over `v0:ts:body`), with
 * knobs to break the signature or shift the timestamp for the rejection tests.
 */
import { createHmac } from "node:crypto";

export interface SignOptions {
  secret: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Overrides the computed signature, to send a forged one. */
  signature?: string;
  headers?: Record<string, string>;
}

/** Slack's request signature for a raw body. */
export function slackSignature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${rawBody}`).digest("hex")}`;
}

/** POSTs a signed body to the app, as Slack would, and returns the response. */
export async function postSigned(url: string, body: { form: Record<string, string> } | { json: unknown }, options: SignOptions): Promise<Response> {
  const raw = "form" in body ? new URLSearchParams(body.form).toString() : JSON.stringify(body.json);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "form" in body ? "application/x-www-form-urlencoded" : "application/json",
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": options.signature ?? slackSignature(options.secret, timestamp, raw),
      ...options.headers,
    },
    body: raw,
  });
}
