// actorgraph serve: the viewer and the query API over a built graph, on loopback by default.
import { parseArgs } from "node:util";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { packageRoot } from "../build/package-root.js";
import { createBackgroundApi } from "../serve/background-api.js";
import { createServer } from "../serve/server.js";
import type { Command } from "./command.js";

const USAGE = `Usage: actorgraph serve [OUT_DIR] [--port 5173] [--host 127.0.0.1]

Serves the viewer for the graph built in OUT_DIR (default: out) and answers questions
as JSON under /api/. Binds to 127.0.0.1 unless --host says otherwise.
`;

export const serveCommand: Command = {
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: "string", default: process.env.PORT ?? "5173" },
        host: { type: "string", default: "127.0.0.1" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    const outDir = resolve(positionals[0] ?? "out");
    if (!existsSync(join(outDir, "graph.json"))) {
      process.stderr.write(`actorgraph serve: ${outDir} has no graph.json; run "actorgraph build" first\n`);
      return 1;
    }
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      process.stderr.write(`actorgraph serve: --port must be a number from 0 to 65535, not "${values.port}"\n`);
      return 2;
    }
    const viewerDir = join(packageRoot(), "dist", "viewer");
    if (!existsSync(join(viewerDir, "index.html"))) {
      process.stderr.write(`actorgraph serve: the viewer is not built (${viewerDir}); run "npm run build"\n`);
      return 1;
    }
    const started = performance.now();
    const api = createBackgroundApi(outDir);
    const server = createServer({ outDir, viewerDir, api: api.handler });
    await new Promise<void>((done, fail) => server.once("error", fail).listen(port, values.host, done)).catch(async (error: unknown) => {
      // The API's worker would otherwise keep the process alive after the error is reported.
      await api.close();
      throw error;
    });
    const address = server.address();
    const bound = typeof address === "object" && address ? address.port : port;
    process.stdout.write(`actorgraph: serving ${outDir} at http://${values.host}:${bound}/  (Ctrl-C to stop)\n`);
    void api.loaded.then((status) => {
      if (status.ready) process.stdout.write(`actorgraph: query API ready under /api/ (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
      else process.stderr.write(`actorgraph serve: no query API: ${status.error}\n`);
    });
    await new Promise<void>((done) => {
      const stop = () => server.close(() => void api.close().then(done));
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    return 0;
  },
};
