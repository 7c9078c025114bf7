// Fetches the build's graph and validates it with the graph.json schema (src/schema/graph.ts,
// through parseGraphJson): viewer-graph.json, the viewer-sized cut of a large build, when the
// build has one, else graph.json. Any failure is a LoadError whose message the page shows.
import { parseGraphJson } from "../../src/graph/graph-json.js";
import type { ActorGraph } from "../../src/schema/graph.js";

export class LoadError extends Error {
  override name = "LoadError";
}

export interface LoadedGraph {
  graph: ActorGraph;
  url: string;
}

const SOURCES = ["data/viewer-graph.json", "data/graph.json"] as const;

export async function loadGraph(): Promise<LoadedGraph> {
  for (const url of SOURCES) {
    let response: Response;
    try {
      response = await fetch(url);
    } catch (error) {
      throw new LoadError(`Could not reach the server for ${url}: ${String(error)}`, { cause: error });
    }
    if (response.status === 404) continue;
    if (!response.ok) throw new LoadError(`${url}: the server answered ${response.status} ${response.statusText}`);
    const text = await response.text();
    try {
      return { graph: parseGraphJson(text, url), url };
    } catch (error) {
      throw new LoadError(error instanceof Error ? error.message : String(error), { cause: error });
    }
  }
  throw new LoadError(`This build has no graph: ${SOURCES.join(" and ")} are missing. Run "actorgraph build" first.`);
}
