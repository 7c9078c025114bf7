// The search field with its list of suggestions (a combobox): typing suggests, arrows and Enter
// or a click choose. Suggestions are rendered as text.
import { h } from "./dom.js";
import { suggest, type SearchEntry, type Suggestion } from "./search-index.js";

export function createSearchBox(container: HTMLElement, index: readonly SearchEntry[], onChoose: (key: string) => void): HTMLInputElement {
  const input = h("input", {
    attributes: {
      type: "search",
      id: "search-input",
      placeholder: "Search people, countries, documents…",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-controls": "suggestions",
      "aria-expanded": "false",
      autocomplete: "off",
      spellcheck: "false",
    },
  });
  const list = h("ul", { className: "suggestions", attributes: { id: "suggestions", role: "listbox" } });
  container.append(input, list);

  let suggestions: Suggestion[] = [];
  let active = 0;

  const render = () => {
    list.replaceChildren(
      ...suggestions.map((suggestion, position) =>
        h(
          "li",
          {
            className: `suggestion kind-${suggestion.kind}`,
            attributes: { role: "option", "aria-selected": String(position === active), "data-key": suggestion.key },
          },
          h("span", { className: "suggestion-label" }, suggestion.label),
          suggestion.via === null ? null : h("span", { className: "suggestion-via" }, ` (${suggestion.via})`),
          h("span", { className: "suggestion-kind" }, suggestion.kind),
        ),
      ),
    );
    input.setAttribute("aria-expanded", String(suggestions.length > 0));
  };

  const choose = (suggestion: Suggestion | undefined) => {
    if (suggestion === undefined) return;
    input.value = suggestion.label;
    suggestions = [];
    render();
    onChoose(suggestion.key);
  };

  input.addEventListener("input", () => {
    suggestions = suggest(index, input.value);
    active = 0;
    render();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = (active + step + suggestions.length) % Math.max(suggestions.length, 1);
      render();
    } else if (event.key === "Enter") {
      choose(suggestions[active]);
    } else if (event.key === "Escape") {
      suggestions = [];
      render();
    }
  });
  // mousedown, not click: it comes before the input's blur, which closes the list.
  list.addEventListener("mousedown", (event) => {
    const option = event.target instanceof Element ? event.target.closest("[data-key]") : null;
    const key = option?.getAttribute("data-key");
    event.preventDefault();
    choose(suggestions.find((suggestion) => suggestion.key === key));
  });
  input.addEventListener("blur", () => {
    suggestions = [];
    render();
  });
  return input;
}
