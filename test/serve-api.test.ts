import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openGraph, SaidAnswer } from "../src/index.js";
import { createQueryApi } from "../src/serve/api.js";
import { createBackgroundApi } from "../src/serve/background-api.js";
import { createServer } from "../src/serve/server.js";
import { BUILD_TIMEOUT, buildSeed, CLI } from "./seed-graph.js";

let outDir = "";
let viewerDir = "";
let server: Server;
let port = 0;

beforeAll(async () => {
  outDir = buildSeed().outDir;
  viewerDir = mkdtempSync(join(tmpdir(), "actorgraph-viewer-"));
  writeFileSync(join(viewerDir, "index.html"), "<!doctype html><title>viewer</title>");
  server = createServer({ outDir, viewerDir, api: createQueryApi(openGraph(outDir)) });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  port = (server.address() as AddressInfo).port;
}, BUILD_TIMEOUT);

afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(outDir, { recursive: true, force: true });
  rmSync(viewerDir, { recursive: true, force: true });
});

/** A GET with the path sent exactly as written: fetch() would resolve "..", a client that attacks would not. */
function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    // A fresh connection each time: a kept-alive one may be closed by the server while the CLI runs.
    request({ host: "127.0.0.1", port, path, method: "GET", agent: false }, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk)).on("end", () => done({ status: response.statusCode ?? 0, body }));
    })
      .on("error", fail)
      .end();
  });
}

async function getJson(path: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const { status, body } = await get(path);
  return { status, json: JSON.parse(body) as Record<string, unknown> };
}

describe("query API", () => {
  it("answers as the CLI's --json does", { timeout: 60_000 }, async () => {
    for (const [path, args] of [
      ["/api/said?by=Trump&about=Putin", ["said", "--by", "Trump", "--about", "Putin"]],
      ["/api/stance?by=trump&about=putin", ["stance", "--by", "trump", "--about", "putin"]],
      ["/api/path?from=Lukashenko&to=Mark%20Rutte", ["path", "Lukashenko", "Mark Rutte"]],
    ] as const) {
      const cli = spawnSync(process.execPath, [...CLI, "query", ...args, "--out", outDir, "--json"], { encoding: "utf8" });
      expect(cli.status).toBe(0);
      const { status, json } = await getJson(path);
      expect(status).toBe(200);
      expect(json).toEqual(JSON.parse(cli.stdout));
    }
  });

  it("answers every question, long lists a page at a time", async () => {
    const said = await getJson("/api/said?by=Trump&about=Putin&limit=5&offset=15");
    const answer = SaidAnswer.parse(said.json);
    expect(answer.statements).toHaveLength(5);
    expect(said.json.page).toEqual({ offset: 15, limit: 5, totals: { statements: 22 } });
    for (const path of ["/api/actor?name=Zelensky", "/api/events?actor=Putin&type=summit", "/api/between?a=Trump&b=Putin", "/api/said?about=Putin&from=2025"]) {
      expect((await get(path)).status, path).toBe(200);
    }
  });

  it("refuses bad parameters with a 400 that says what is wrong, and unknown names with a 404 and suggestions", async () => {
    for (const [path, problem] of [
      ["/api/said?stance=happy", /stance/],
      ["/api/said?bye=Trump", /bye/],
      ["/api/said?by=Trump&by=Putin", /repeated: by/],
      ["/api/said?limit=0", /limit/],
      ["/api/said?offset=-1", /offset/],
      ["/api/events?from=yesterday", /from/],
      ["/api/stance?by=Trump", /about/],
      ["/api/path?from=Putin&to=Trump&evidence=many", /evidence/],
    ] as const) {
      const { status, json } = await getJson(path);
      expect(status, path).toBe(400);
      expect(json.error, path).toMatch(problem);
    }
    const unknown = await getJson("/api/actor?name=Putn");
    expect(unknown.status).toBe(404);
    expect(unknown.json.suggestions).toContain("Vladimir Putin");
    expect((await get("/api/nonsense")).status).toBe(404);
  });

  it("serves no file outside OUT_DIR and the viewer, however the path is written", async () => {
    for (const path of [
      "/data/../package.json",
      "/%2e%2e/package.json",
      "/..%2fpackage.json",
      "/%2e%2e%2f%2e%2e%2fpackage.json",
      "/data/..%2fgraph.json",
      "/data/%2e%2e%2f%2e%2e%2fpackage.json",
      "/..%5cpackage.json",
      "/api/documents/..%2f..%2fpackage.json",
      `/${"..%2f".repeat(12)}etc/passwd`,
    ]) {
      const { status, body } = await get(path);
      expect(status, path).not.toBe(200);
      expect(body, path).not.toContain('"name": "actorgraph"');
      expect(body, path).not.toContain("root:");
    }
    expect((await get("/data/graph.json")).status).toBe(200);
  });
});

describe("query API in a worker thread (actorgraph serve)", () => {
  it("answers 503 while the graph loads, then what createQueryApi answers", { timeout: 60_000 }, async () => {
    const api = createBackgroundApi(outDir);
    try {
      const query = new URLSearchParams({ by: "Trump", about: "Putin" });
      // Asked before the worker can have loaded anything: it has not had a turn of the event loop.
      const early = await api.handler("/api/said", query);
      expect(early?.status).toBe(503);
      expect(JSON.stringify(early?.body)).toMatch(/still loading/);
      expect(await api.loaded).toEqual({ ready: true });
      expect(await api.handler("/api/said", query)).toEqual(await createQueryApi(openGraph(outDir))("/api/said", query));
      expect((await api.handler("/api/actor", new URLSearchParams({ name: "Putn" })))?.status).toBe(404);
      // Not a question: the server's 404, whatever the worker's state.
      expect(api.handler("/api/nothing", new URLSearchParams())).toBeUndefined();
    } finally {
      await api.close();
    }
  });

  it("answers 500 naming the file when the graph cannot be loaded", { timeout: 60_000 }, async () => {
    const broken = mkdtempSync(join(tmpdir(), "actorgraph-broken-"));
    try {
      cpSync(outDir, broken, { recursive: true });
      writeFileSync(join(broken, "graph.json"), '{"nodes": [');
      const api = createBackgroundApi(broken);
      try {
        expect((await api.loaded).ready).toBe(false);
        const answer = await api.handler("/api/said", new URLSearchParams({ by: "Trump" }));
        expect(answer?.status).toBe(500);
        expect(JSON.stringify(answer?.body)).toContain(join(broken, "graph.json"));
      } finally {
        await api.close();
      }
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
