// Marks paragraphs that are scraped page furniture rather than article text: captions and
// credits, prompts, teasers, feeds. The text and its offsets stay as they are; later stages keep
// statements and events out of these paragraphs. General signals only: line shape, position,
// repetition and the patterns news sites share.
import type { Paragraph } from "../schema/document.js";

/** Lines that open with a prompt, label or widget name. */
const PROMPT =
  /^(read more|watch again|watch|listen|related|more news|more from|editors'? picks|most read|trending|recommended|see also|also read|sign up|subscribe|enter your email|please,? enter|thank you for (signing up|subscribing)|successful+y subscribed|\* indicates required|skip to (content|main)|edit post|pre-?order|loading( audio| video)?\.*|listen to this article|this audio is|media playback is|media caption|image caption|image copyright|image source|getty images|copyright|advertisement|share (this|on)|follow us|click here|download the|get the app|comments?\b|news feed)\b/i;

/** A caption ends with its credit: "… Picture: Alamy", "… (Getty Images)", "(Nic Antaya/Getty Images)". */
const CREDIT =
  /(\b(picture|photo|photograph|image|credit|illustration|video)s?\s*:\s*[^.!?]{1,60}\.?|\((?:[^()]*\/)?\s*(getty( images)?|afp|reuters|ap( photo)?|epa|alamy|shutterstock|pa( media| wire)?|bloomberg|anadolu)[^()]{0,40}\))\s*$/i;

// A colon leads into the next paragraph ("He said:"), so it ends a sentence as far as furniture goes.
const SENTENCE_END = /[.!?…:]["'”’)\]]*$|["”’]$/;
const CLOCK = /^\d{1,2}:\d{2}\s*(am|pm)?$/i;
const SECTION_BREAK = /^(news feed|more news|editors'? picks|related( articles| stories)?|most read|recommended|read next|latest( news)?)$/i;

export interface BoilerplateOptions {
  /** Index of the paragraph found to be the title (it has no full stop but is not furniture). */
  titleParagraph: number | null;
}

export function detectBoilerplate(text: string, paragraphs: Paragraph[], options: BoilerplateOptions): Paragraph[] {
  const lines = paragraphs.map((p) => text.slice(p.start, p.end));
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  // Once a feed or teaser list opens after the body, everything after it is furniture.
  const feedStart = lines.findIndex((line, i) => i > 2 && SECTION_BREAK.test(line.trim()));

  return paragraphs.map((paragraph, i) => {
    const line = lines[i] ?? "";
    return { ...paragraph, boilerplate: reasonFor(line, i) };
  });

  function reasonFor(line: string, i: number): string | null {
    // A headline paraphrases; the statements are in the body.
    if (i === options.titleParagraph) return "title";
    if (feedStart >= 0 && i >= feedStart) return "feed after the article";
    const furniture = furnitureReason(line, lines[i + 1]);
    if (furniture) return furniture;
    if (line.length < 80 && (counts.get(line) ?? 0) > 1) return "repeated line";
    if (/^by\s+\p{Lu}/u.test(line) && line.split(/\s+/).length <= 16) return "byline";
    if (/…$|[^.]\.\.\.$/.test(line) && !/["”]$/.test(line)) return "truncated teaser";
    // A line holding a quoted sentence is a statement even without a full stop ("“…” ― Name").
    if (!SENTENCE_END.test(line) && !/["“”][^"“”]{30,}["“”]/.test(line)) return "heading, teaser or caption";
    return null;
  }
}

/** Page furniture recognisable from the line itself (and the line after it), wherever it stands. */
export function furnitureReason(line: string, next: string | undefined): string | null {
  if (PROMPT.test(line)) return "prompt or widget";
  if (CREDIT.test(line)) return "caption with credit";
  if (CLOCK.test(line.trim())) return "timestamp";
  if (/\s[·|•›»]\s/.test(line) && line.length < 80) return "breadcrumb";
  // A caption is often scraped twice: once alone, once with its credit.
  if (next && next.length > line.length && next.startsWith(line)) return "repeated caption";
  if (isSelfRepetition(line)) return "repeated caption";
  return null;
}

/** "Russian President Vladimir Putin Russian President Vladimir Putin": a caption pasted twice. */
function isSelfRepetition(line: string): boolean {
  const t = line.trim();
  if (t.length < 6) return false;
  const half = Math.floor(t.length / 2);
  for (let cut = half - 1; cut <= half + 1; cut++) {
    const a = t.slice(0, cut).trim();
    const b = t.slice(cut).trim();
    if (a.length >= 3 && a === b) return true;
  }
  return false;
}
