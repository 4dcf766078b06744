/**
 * The `fetch` Bolt is given. Bolt's `respond()` (how every slash command and button gets its
 * answer) POSTs JSON to the response_url with the fetch it holds; Node 20's fetch builds web
 * streams for each request, which profiled at about a tenth of a busy worker's CPU, more than
 * all of Bolt. Those POSTs go through node:http(s) on keep-alive connections instead; Web API
 * calls (under the API base URL) and anything else keep using the real fetch.
 */
import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

/** How long a response_url POST may take before it fails (Bolt then apologises and logs). */
const RESPOND_TIMEOUT_MS = 10_000;

/**
 * A fetch for Bolt's clientOptions: JSON POSTs outside `apiBase` (response_urls) are sent
 * with node:http(s) and answered with a body-less Response carrying the status, which is all
 * `respond()` reads; every other call is `fetch(input, init)` unchanged.
 */
export function createRespondFetch(apiBase: string, fallback: typeof fetch = globalThis.fetch): typeof fetch {
  const agents = { "http:": new HttpAgent({ keepAlive: true }), "https:": new HttpsAgent({ keepAlive: true }) };
  return (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const body = init?.body;
    if (init?.method !== "POST" || typeof body !== "string" || url.startsWith(apiBase)) return fallback(input, init);
    const target = new URL(url);
    if (target.protocol !== "http:" && target.protocol !== "https:") return fallback(input, init);
    return new Promise<Response>((resolve, reject) => {
      const send = target.protocol === "https:" ? httpsRequest : httpRequest;
      const headers = { ...(init.headers as Record<string, string> | undefined), "content-length": String(Buffer.byteLength(body)) };
      const req = send(target, { method: "POST", headers, agent: agents[target.protocol as "http:" | "https:"], timeout: RESPOND_TIMEOUT_MS }, (res) => {
        // Drained, so the connection goes back to the pool for the next answer.
        res.resume();
        res.on("end", () => resolve(new Response(null, { status: res.statusCode ?? 500, statusText: res.statusMessage ?? "" })));
        res.on("error", reject);
      });
      req.on("timeout", () => req.destroy(new Error(`slack: response_url did not answer within ${RESPOND_TIMEOUT_MS / 1000} s`)));
      req.on("error", reject);
      req.end(body);
    });
  };
}
