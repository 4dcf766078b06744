import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRespondFetch } from "../../../adapters/slack/respond-fetch.js";

let base = "";
let connections = 0;
const received: { url: string; type: string | undefined; body: string }[] = [];
const server = createServer((req, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
  req.on("end", () => {
    received.push({ url: req.url ?? "", type: req.headers["content-type"], body });
    res.writeHead(req.url === "/gone" ? 404 : 200).end('{"ok":true}');
  });
});
server.on("connection", () => connections++);

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("createRespondFetch", () => {
  it("POSTs JSON to a response_url itself, on one kept-alive connection, and reports the status", async () => {
    const fallback: string[] = [];
    const fetchFn = createRespondFetch(`${base}/api/`, async (input) => (fallback.push(String(input)), new Response("{}")));
    const post = (path: string, text: string) =>
      fetchFn(`${base}${path}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text }) });
    const first = await post("/respond/1", "Cassino");
    const second = await post("/respond/2", "Pomigliano d'Arco");
    const gone = await post("/gone", "late");
    expect([first.ok, second.ok, gone.ok, gone.status]).toEqual([true, true, false, 404]);
    expect(received).toEqual([
      { url: "/respond/1", type: "application/json", body: '{"text":"Cassino"}' },
      { url: "/respond/2", type: "application/json", body: '{"text":"Pomigliano d\'Arco"}' },
      { url: "/gone", type: "application/json", body: '{"text":"late"}' },
    ]);
    expect(connections).toBe(1);
    expect(fallback).toEqual([]);
  });

  it("leaves Web API calls, and anything that is not a JSON POST, to fetch", async () => {
    const fallback: string[] = [];
    const fetchFn = createRespondFetch(`${base}/api/`, async (input) => (fallback.push(String(input)), new Response("{}")));
    await fetchFn(`${base}/api/chat.postMessage`, { method: "POST", body: "{}" });
    await fetchFn(`${base}/respond/3`, { method: "GET" });
    expect(fallback).toEqual([`${base}/api/chat.postMessage`, `${base}/respond/3`]);
  });

  it("fails (for Bolt's apology path) when the response_url cannot be reached", async () => {
    const fetchFn = createRespondFetch("https://slack.com/api/");
    await expect(fetchFn("http://127.0.0.1:1/respond", { method: "POST", body: "{}" })).rejects.toThrow(/ECONNREFUSED/);
  });
});
