// Builds DOM elements. Strings become text nodes, never markup: every string from a document
// (quotes, titles, names) goes through here or textContent, so no text can run as HTML.
type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  title?: string;
  attributes?: Record<string, string>;
  onClick?: () => void;
}

export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  if (options.className !== undefined) element.className = options.className;
  if (options.title !== undefined) element.title = options.title;
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  const { onClick } = options;
  if (onClick !== undefined) element.addEventListener("click", () => onClick());
  element.append(...children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false));
  return element;
}

/** A button that acts, never submits. */
export function button(label: string, onClick: () => void, className?: string): HTMLButtonElement {
  return h("button", { className, attributes: { type: "button" }, onClick }, label);
}

/** A link to an outside page, only for http(s) addresses: a javascript: URL from a document never becomes a link. */
export function externalLink(href: string, label: string): HTMLElement {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return h("span", {}, label);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return h("span", {}, label);
  return h("a", { attributes: { href: url.href, target: "_blank", rel: "noopener noreferrer" } }, label);
}

export function byId<Tag extends keyof HTMLElementTagNameMap>(id: string, tag: Tag): HTMLElementTagNameMap[Tag] {
  const element = document.getElementById(id);
  if (!(element instanceof HTMLElement) || element.tagName.toLowerCase() !== tag) {
    throw new Error(`viewer: index.html has no <${tag} id="${id}">`);
  }
  // The tag name was checked just above.
  return element as HTMLElementTagNameMap[Tag];
}
