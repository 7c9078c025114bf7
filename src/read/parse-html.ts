// Turns a saved HTML page into a SourceDocument: the main content (found by Readability, so menus,
// footers and teasers stay out) as plain paragraphs, plus the metadata the page's head declares.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { z } from "zod";
import { SourceDocument } from "../schema/document.js";
import { normaliseDate, splitAuthors, type ParseResult } from "./parse-record.js";

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that start a new paragraph; everything else is inline and joins the running one. */
const BLOCK_ELEMENTS = new Set([
  "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
  "ol", "p", "pre", "section", "summary", "table", "td", "tfoot", "th", "thead", "tbody", "tr", "ul",
]);
/** Elements whose text is never prose. */
const HIDDEN_ELEMENTS = new Set(["head", "script", "style", "noscript", "template", "svg", "iframe"]);

// Meta keys (name, property or itemprop, lower-cased) in order of preference.
const PUBLISHED_KEYS = [
  "article:published_time", "og:published_time", "date", "pubdate", "dc.date", "dc.date.issued", "datepublished",
];
const AUTHOR_KEYS = ["author", "article:author", "dc.creator"];

export function parseHtml(html: string, source: string): ParseResult {
  const document = loadDocument(html);
  // Metadata is read first because Readability rewrites the document it is given.
  const meta = readMeta(document);
  const timeElement = document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null;
  const itemPublished = itemPropDate(document);
  const pageTitle = document.querySelector("title")?.textContent ?? null;
  const canonical = canonicalUrl(document);

  // The identity serializer hands back the content element itself, so paragraphs can be read off
  // its block structure instead of re-parsing Readability's HTML string.
  const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  let text = article?.content ? paragraphs(article.content) : "";
  if (text === "") {
    // Readability found no article (a short page, a list page): take the whole body. The first
    // document has been rewritten by Readability, so this reads a fresh parse.
    text = paragraphs(loadDocument(html).body);
  }
  if (text === "") return { ok: false, reason: "HTML page has no text (neither an article nor any body text)" };

  const published =
    [...PUBLISHED_KEYS.map((key) => meta.get(key)), itemPublished, article?.publishedTime, timeElement]
      .map((value) => (value ? normaliseDate(value) : null))
      .find((date) => date !== null) ?? null;

  const metaAuthors = AUTHOR_KEYS.flatMap((key) => meta.getAll(key))
    // article:author is often a profile URL, which is not a name.
    .filter((value) => !/^https?:\/\//i.test(value))
    .flatMap(splitAuthors);
  const authors = metaAuthors.length > 0 ? metaAuthors : splitAuthors(article?.byline ?? "");

  const candidate = {
    id: source,
    source,
    format: "html",
    text,
    title: firstLine(article?.title, meta.get("og:title"), pageTitle),
    published,
    authors: authors.filter((name, i) => authors.indexOf(name) === i),
    url: firstLine(canonical, meta.get("og:url")),
    outlet: firstLine(meta.get("og:site_name"), article?.siteName),
  };
  const parsed = SourceDocument.safeParse(candidate);
  if (!parsed.success) return { ok: false, reason: `page does not fit SourceDocument: ${z.prettifyError(parsed.error)}` };
  return { ok: true, document: parsed.data };
}

/**
 * The page as a document with <html> and <body>. linkedom makes the first element of a fragment
 * ("<p>…</p><p>…</p>") the document element, leaving the body empty, so a fragment is wrapped first.
 */
function loadDocument(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement?.nodeName === "HTML") return document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

/** Text of `root` as paragraphs separated by blank lines: one per block element, whitespace collapsed. */
function paragraphs(root: Node): string {
  const out: string[] = [];
  let running = "";
  const flush = (): void => {
    const paragraph = running.replace(/\s+/g, " ").trim();
    if (paragraph !== "") out.push(paragraph);
    running = "";
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      running += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.nodeName.toLowerCase();
    if (HIDDEN_ELEMENTS.has(tag)) return;
    const block = BLOCK_ELEMENTS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return out.join("\n\n");
}

interface MetaTags {
  get(key: string): string | undefined;
  getAll(key: string): string[];
}

/** Every <meta> content by its name, property or itemprop, lower-cased, in document order. */
function readMeta(document: Document): MetaTags {
  const byKey = new Map<string, string[]>();
  for (const element of Array.from(document.querySelectorAll("meta"))) {
    const content = element.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attribute of ["name", "property", "itemprop"]) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key) byKey.set(key, [...(byKey.get(key) ?? []), content]);
    }
  }
  return {
    get: (key) => byKey.get(key)?.[0],
    getAll: (key) => byKey.get(key) ?? [],
  };
}

/** A schema.org microdata date on an element other than <meta>, e.g. <time itemprop="datePublished">. */
function itemPropDate(document: Document): string | null {
  const element = document.querySelector('[itemprop="datePublished"]');
  if (element === null) return null;
  return element.getAttribute("datetime") ?? element.getAttribute("content") ?? element.textContent;
}

function canonicalUrl(document: Document): string | null {
  for (const link of Array.from(document.querySelectorAll("link[rel][href]"))) {
    const rel = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    if (rel.includes("canonical")) return link.getAttribute("href");
  }
  return null;
}

/** The first candidate that is non-empty once whitespace is collapsed. */
function firstLine(...candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const cleaned = candidate?.replace(/\s+/g, " ").trim();
    if (cleaned) return cleaned;
  }
  return null;
}
