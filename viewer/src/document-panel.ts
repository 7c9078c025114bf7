// A document: title, date, outlet, authors, address, and its text; what it says is one filter
// away (the document filter).
import type { DocumentNode } from "../../src/schema/graph.js";
import { button, externalLink, h } from "./dom.js";
import { documentIdOf } from "./filters.js";
import { categoryChip, type PanelContext } from "./panel-parts.js";

export function documentPanel(node: DocumentNode, key: string, { store, openSource }: PanelContext): Node[] {
  const id = documentIdOf(key);
  return [
    h("h2", {}, node.title ?? node.source),
    h("p", { className: "meta" }, categoryChip("document"), ` ${node.docKind}`),
    h(
      "dl",
      { className: "facts" },
      h("dt", {}, "published"),
      h("dd", {}, node.published ?? "undated"),
      h("dt", {}, "outlet"),
      h("dd", {}, node.outlet ?? "not given"),
      h("dt", {}, "authors"),
      h("dd", {}, node.authors.length > 0 ? node.authors.join(", ") : "not given"),
      h("dt", {}, "source"),
      h("dd", {}, node.url === null ? node.source : externalLink(node.url, node.url)),
    ),
    button("Open the text", () => openSource({ doc: id, sentence: { start: 0, end: 0 }, words: null })),
    button("Show only this document", () => store.updateFilters({ document: id })),
  ];
}
