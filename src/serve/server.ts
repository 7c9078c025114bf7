// The HTTP server behind `actorgraph serve`: the viewer's static files, the build's outputs the
// viewer loads, document texts, and the query API. Only named files of OUT_DIR are served, and
// static paths are resolved inside the viewer's folder, so no request reaches another file.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { openDocumentStore } from "./document-store.js";

/** Outputs of a build the viewer may fetch under /data/. */
const SERVED_OUTPUTS = ["graph.json", "viewer-graph.json", "positions.json", "graph.gexf"] as const;

export interface JsonAnswer {
  status: number;
  body: unknown;
}

/** Answers /api/… requests other than documents; undefined when the path is not its own. */
export type ApiHandler = (path: string, query: URLSearchParams) => JsonAnswer | undefined | Promise<JsonAnswer | undefined>;

export interface ServerOptions {
  outDir: string;
  /** The built viewer (index.html and assets). */
  viewerDir: string;
  api?: ApiHandler;
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".gexf": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

export function createServer(options: ServerOptions): Server {
  const outDir = resolve(options.outDir);
  const viewerDir = resolve(options.viewerDir);
  const documents = openDocumentStore(join(outDir, "documents.jsonl"));

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== "GET" && request.method !== "HEAD") return sendJson(response, { status: 405, body: { error: "only GET and HEAD" } });
    const url = new URL(request.url ?? "/", "http://localhost");
    const path = url.pathname;
    const decoded = safeDecode(path);
    if (decoded === null) return sendJson(response, { status: 400, body: { error: `malformed percent-encoding in ${path}` } });
    if (path.startsWith("/data/")) {
      const name = path.slice("/data/".length);
      if (!(SERVED_OUTPUTS as readonly string[]).includes(name)) return sendJson(response, { status: 404, body: { error: `no such output: ${name}` } });
      return sendFile(response, join(outDir, name));
    }
    if (path.startsWith("/api/documents/")) {
      const id = decoded.slice("/api/documents/".length);
      const document = documents.get(id);
      return sendJson(response, document ? { status: 200, body: document } : { status: 404, body: { error: `no document with id ${JSON.stringify(id)} in this build` } });
    }
    if (path.startsWith("/api/")) {
      const answer = await options.api?.(path, url.searchParams);
      return sendJson(response, answer ?? { status: 404, body: { error: `no such question: ${path}` } });
    }
    const file = resolve(viewerDir, `.${decoded}`);
    if (file !== viewerDir && !file.startsWith(viewerDir + sep)) return sendJson(response, { status: 404, body: { error: "not found" } });
    const target = existsSync(file) && statSync(file).isDirectory() ? join(file, "index.html") : file;
    return sendFile(response, target);
  }

  return createHttpServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, { status: 500, body: { error: error instanceof Error ? error.message : String(error) } });
      else response.destroy();
    });
  });
}

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

function sendJson(response: ServerResponse, answer: JsonAnswer): void {
  const body = JSON.stringify(answer.body);
  response.writeHead(answer.status, { "content-type": CONTENT_TYPES[".json"], "cache-control": "no-store" });
  response.end(body);
}

function sendFile(response: ServerResponse, file: string): void {
  if (!existsSync(file) || !statSync(file).isFile()) return sendJson(response, { status: 404, body: { error: "not found" } });
  response.writeHead(200, {
    "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
  });
  createReadStream(file).pipe(response);
}
