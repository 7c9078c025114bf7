// The source text of a statement or event in a dialog: the document as the build read it
// (/api/documents/<id>, validated), the sentence marked and the quoted words inside it marked
// again, scrolled into view. The text is set as text nodes only.
import { DocumentText } from "../../src/schema/document.js";
import { z } from "zod";
import { button, h } from "./dom.js";
import { segmentText, type MarkedRange } from "./text-segments.js";

export interface SourceRequest {
  doc: string;
  /** The span to show: the statement's sentence, or an event's mention. */
  sentence: { start: number; end: number };
  /** The quoted words inside it, when there are any. */
  words: { start: number; end: number } | null;
}

export type OpenSource = (request: SourceRequest) => void;

export function createSourceView(dialog: HTMLDialogElement): OpenSource {
  return (request) => {
    dialog.replaceChildren(closeButton(dialog), h("p", { className: "loading" }, "Loading the text…"));
    if (!dialog.open) dialog.showModal();
    void fetchDocument(request.doc).then(
      (document) => showDocument(dialog, document, request),
      (error: unknown) => dialog.replaceChildren(closeButton(dialog), h("p", { className: "error" }, String(error instanceof Error ? error.message : error))),
    );
  };
}

async function fetchDocument(id: string): Promise<DocumentText> {
  const response = await fetch(`api/documents/${encodeURIComponent(id)}`);
  if (!response.ok) throw new Error(`The text of document ${id} is not available (the server answered ${response.status}).`);
  const parsed = DocumentText.safeParse(await response.json());
  if (!parsed.success) throw new Error(`The server sent an invalid document ${id}:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function showDocument(dialog: HTMLDialogElement, document: DocumentText, request: SourceRequest): void {
  const ranges: MarkedRange[] = [{ ...request.sentence, mark: "sentence" }];
  if (request.words !== null) ranges.push({ ...request.words, mark: "words" });
  const body = h("div", { className: "source-text" });
  for (const segment of segmentText(document.text.length, ranges)) {
    // Nest a mark per range covering the run, outermost first: <mark.sentence><mark.words>…
    const run: Node = segment.marks.reduceRight<Node>(
      (inner, mark) => h("mark", { className: mark }, inner),
      window.document.createTextNode(document.text.slice(segment.start, segment.end)),
    );
    body.append(run);
  }
  dialog.replaceChildren(
    closeButton(dialog),
    h("h2", {}, document.title ?? document.source),
    h("p", { className: "meta" }, [document.published ?? "undated", document.source].join(" · ")),
    body,
  );
  body.querySelector("mark.sentence")?.scrollIntoView({ block: "center" });
}

function closeButton(dialog: HTMLDialogElement): HTMLButtonElement {
  return button("Close", () => dialog.close(), "close");
}
