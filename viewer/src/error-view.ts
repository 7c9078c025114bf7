// Shows why the viewer cannot show the graph, in place of a blank page.
import { h } from "./dom.js";

export function showError(box: HTMLElement, title: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  box.replaceChildren(h("h2", {}, title), h("pre", { className: "error-message" }, message));
  box.hidden = false;
  document.body.dataset.state = "error";
}
