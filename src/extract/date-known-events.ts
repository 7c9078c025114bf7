// Dates events a document mentions without a date, from data/kb/known-events.json: landmark
// events true in the world ("Russia's full-scale invasion of Ukraine", 2022-02-24). Never a
// guess: only one known event may fit, and it cannot postdate the document.
import { z } from "zod";
import { readDataFile } from "../kb/read-data-file.js";
import { IsoDate, type Event } from "../schema/extraction.js";

export const KnownEvents = z.object({
  description: z.string(),
  events: z.array(
    z.object({
      label: z.string(),
      type: z.string(),
      date: IsoDate,
      /** Each side lists the ids that can stand for it; the event must have one of each. */
      sides: z.array(z.array(z.string()).min(1)).min(1),
      /** Words one of which must stand near the mention ("Helsinki" for the 2018 summit). */
      keywords: z.array(z.string()),
    }),
  ),
});
export type KnownEvents = z.infer<typeof KnownEvents>;

export function loadKnownEvents(path: string): KnownEvents {
  return readDataFile(path, KnownEvents, "known-events file");
}

/** How far around an event's span its keywords may stand. */
const KEYWORD_REACH = 200;

export function dateKnownEvents(events: Event[], known: KnownEvents, text: string, published: IsoDate | null): Event[] {
  return events.map((event) => {
    if (event.date !== null) return event;
    const near = text.slice(Math.max(0, event.start - KEYWORD_REACH), event.end + KEYWORD_REACH).toLowerCase();
    const fits = known.events.filter(
      (k) =>
        k.type === event.type &&
        (published === null || k.date <= published) &&
        k.sides.every((side) => side.some((id) => event.participants.includes(id))) &&
        (k.keywords.length === 0 || k.keywords.some((w) => near.includes(w.toLowerCase()))),
    );
    const only = fits.length === 1 ? fits[0] : undefined;
    if (!only) return event;
    // The id carries the date so that documents dating the event the same way share it.
    return { ...event, date: only.date, id: event.id.replace(/:undated:/, `:${only.date}:`) };
  });
}
