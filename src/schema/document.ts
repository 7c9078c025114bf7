// The document as read from disk, before any extraction: text plus whatever metadata the
// container (a JSON record, an HTML page) carried. Offsets of every later record index `text`.
import { z } from "zod";

export const InputFormat = z.enum(["txt", "md", "html", "json", "jsonl"]);
export type InputFormat = z.infer<typeof InputFormat>;

export const SourceDocument = z.object({
  /** Stable id: the record's own id when it has one, else the source path (with #line for JSONL). */
  id: z.string().min(1),
  /** Path relative to the input root (for a single file, its name). */
  source: z.string().min(1),
  /** 1-based line of a JSONL record. */
  line: z.number().int().positive().optional(),
  format: InputFormat,
  /** The text every offset points into: the whole file for .txt/.md, the body field of a JSON record, the main content of an HTML page. */
  text: z.string().min(1),
  /** Metadata the container carried; the text-based metadata stage fills what is missing. */
  title: z.string().nullable().default(null),
  published: z.string().nullable().default(null),
  authors: z.array(z.string()).default([]),
  url: z.string().nullable().default(null),
  outlet: z.string().nullable().default(null),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

/** One line of documents.jsonl: the text a build read, so a statement's offsets can be shown in place. */
export const DocumentText = SourceDocument.pick({ id: true, source: true, title: true, published: true, text: true });
export type DocumentText = z.infer<typeof DocumentText>;

/** A file or record that could not be read, with the reason, for the build summary. */
export const SkippedInput = z.object({
  source: z.string(),
  line: z.number().int().positive().optional(),
  reason: z.string(),
});
export type SkippedInput = z.infer<typeof SkippedInput>;

/** A block of text between line breaks; news scrapes put one paragraph on a line. */
export const Paragraph = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Why this paragraph is scraped boilerplate (caption, prompt, teaser…), or null for article text. */
  boilerplate: z.string().nullable(),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Token = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Universal POS tag from wink-nlp (PROPN, VERB, PRON, …). */
  pos: z.string(),
  lemma: z.string(),
});
export type Token = z.infer<typeof Token>;

export const Sentence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  /** Index of the sentence's first token and one past its last in AnalyzedText.tokens. */
  firstToken: z.number().int().nonnegative(),
  endToken: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof Sentence>;

/** The text cut into paragraphs, sentences and tokens, every piece an offset range into `text`. */
export const AnalyzedText = z.object({
  text: z.string(),
  paragraphs: z.array(Paragraph),
  sentences: z.array(Sentence),
  tokens: z.array(Token),
});
export type AnalyzedText = z.infer<typeof AnalyzedText>;
