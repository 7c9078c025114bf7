// Downloads of what the filters keep, as GEXF (the build's own writer, with spells for Gephi's
// timeline) and as graphology JSON (the graph.json format). The GEXF writer loads on first use,
// so it costs nothing at start.
import { toGraphJson } from "../../src/graph/graph-json.js";
import type { ActorGraph } from "../../src/schema/graph.js";

export type DownloadFormat = "gexf" | "json";

export async function downloadFiltered(graph: ActorGraph, visible: ReadonlySet<string>, format: DownloadFormat): Promise<void> {
  const kept = graph.copy();
  kept.forEachNode((key) => {
    if (!visible.has(key)) kept.dropNode(key);
  });
  if (format === "gexf") {
    const { toGexf } = await import("../../src/graph/to-gexf.js");
    save(toGexf(kept), "actorgraph.gexf", "application/xml");
  } else {
    save(toGraphJson(kept), "actorgraph.json", "application/json");
  }
}

function save(content: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  // The click has started the download; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
