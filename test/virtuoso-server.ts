// A throwaway Virtuoso (Debian's virtuoso-opensource) for end-to-end tests: its own database in a
// temporary folder, SQL and HTTP ports on loopback, N-Triples loaded with the bulk loader through
// isql-vt, SPARQL asked over HTTP. Nothing outside the folder is read or written.
import { spawn, execFile } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";

export type SparqlTerm = { type: string; value: string; datatype?: string };
export type SparqlRow = Record<string, SparqlTerm | undefined>;

export type Virtuoso = {
  /** Bulk-loads `file` (N-Triples) from `dir`, which must be the server's folder or under it, into `graph`. */
  load(dir: string, file: string, graph: string): Promise<void>;
  /** The rows of a SELECT; `defaultGraph` names the graph a query without FROM reads. */
  select(query: string, defaultGraph?: string): Promise<SparqlRow[]>;
  stop(): Promise<void>;
};

const STARTUP_MS = 90_000;
const run = promisify(execFile);

/** The executable's path on PATH, or null. */
export function findExecutable(name: string): string | null {
  const dirs = (process.env.PATH ?? "").split(delimiter).filter(Boolean);
  return dirs.map((dir) => join(dir, name)).find((path) => existsSync(path)) ?? null;
}

/** Starts virtuoso-t with a database in `dir`; resolves once its SPARQL endpoint answers. */
export async function startVirtuoso(dir: string, executables: { server: string; isql: string }): Promise<Virtuoso> {
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  const ini = join(dir, "virtuoso.ini");
  writeFileSync(ini, config(dir, sqlPort, httpPort));
  const server = spawn(executables.server, ["+foreground", "+configfile", ini], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-4000);
  };
  server.stdout.on("data", keep);
  server.stderr.on("data", keep);
  const exited = new Promise<void>((done) => server.once("exit", () => done()));
  const endpoint = `http://127.0.0.1:${httpPort}/sparql`;

  async function select(query: string, defaultGraph?: string): Promise<SparqlRow[]> {
    const parameters = new URLSearchParams({ query, format: "application/sparql-results+json" });
    if (defaultGraph !== undefined) parameters.set("default-graph-uri", defaultGraph);
    const response = await fetch(endpoint, { method: "POST", headers: { accept: "application/sparql-results+json" }, body: parameters });
    const body = await response.text();
    if (!response.ok) throw new Error(`Virtuoso: SPARQL query failed (${response.status}):\n${body}\n${query}`);
    // The SPARQL 1.1 JSON results format: { head, results: { bindings } }.
    return (JSON.parse(body) as { results: { bindings: SparqlRow[] } }).results.bindings;
  }

  async function sql(statements: string): Promise<string> {
    const { stdout, stderr } = await run(executables.isql, [`127.0.0.1:${sqlPort}`, "dba", "dba", `exec=${statements}`]);
    // isql-vt exits 0 whatever happens and reports errors on stderr.
    if (stderr.includes("*** Error")) throw new Error(`Virtuoso: ${statements}\n${stderr}`);
    return stdout;
  }

  const deadline = Date.now() + STARTUP_MS;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`virtuoso-t exited with ${server.exitCode} before it answered:\n${log}`);
    if (Date.now() > deadline) {
      server.kill("SIGKILL");
      throw new Error(`virtuoso-t did not answer on ${endpoint} within ${STARTUP_MS / 1000} s:\n${log}`);
    }
    if (await select("ASK { }").then(() => true, () => false)) break;
    await new Promise((wait) => setTimeout(wait, 250));
  }

  return {
    select,
    async load(folder, file, graph) {
      await sql(`ld_dir(${sqlString(folder)}, ${sqlString(file)}, ${sqlString(graph)}); rdf_loader_run(); checkpoint;`);
      const failed = await sql("SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;");
      if (!/\b0 Rows\./.test(failed)) throw new Error(`Virtuoso: loading ${file} failed:\n${failed}`);
    },
    async stop() {
      if (server.exitCode !== null) return;
      server.kill("SIGTERM");
      const timeout = setTimeout(() => server.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}

/** The least Virtuoso needs: files in `dir`, loopback only, `dir` readable by the bulk loader. */
function config(dir: string, sqlPort: number, httpPort: number): string {
  return `[Database]
DatabaseFile       = ${join(dir, "virtuoso.db")}
ErrorLogFile       = ${join(dir, "virtuoso.log")}
LockFile           = ${join(dir, "virtuoso.lck")}
TransactionFile    = ${join(dir, "virtuoso.trx")}
xa_persistent_file = ${join(dir, "virtuoso.pxa")}

[TempDatabase]
DatabaseFile       = ${join(dir, "virtuoso-temp.db")}
TransactionFile    = ${join(dir, "virtuoso-temp.trx")}

[Parameters]
ServerPort         = 127.0.0.1:${sqlPort}
DisableUnixSocket  = 1
DirsAllowed        = ${dir}
NumberOfBuffers    = 10000
MaxDirtyBuffers    = 6000

[HTTPServer]
ServerPort         = 127.0.0.1:${httpPort}
ServerThreads      = 4
Charset            = UTF-8

[SPARQL]
ResultSetMaxRows   = 100000
`;
}

function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function freePort(): Promise<number> {
  return new Promise((found, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => found(port));
    });
  });
}
