// Long answers come a page at a time: `limit` items of each list from `offset`, with the totals,
// the same way for the CLI and the HTTP API.
import { z } from "zod";

export const Paging = z.strictObject({
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type Paging = z.infer<typeof Paging>;

export const Page = z.object({
  offset: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  /** How many items each paged list holds in all. */
  totals: z.record(z.string(), z.number().int().nonnegative()),
});
export type Page = z.infer<typeof Page>;

export type Paged<Answer> = Answer & { page: Page };

/** The answer with each of `lists` (names of its array fields) cut to one page, and the page's bounds and totals. */
export function pageAnswer<Answer extends object>(answer: Answer, lists: readonly string[], paging: Paging): Paged<Answer> {
  const totals: Record<string, number> = {};
  const paged: Record<string, unknown> = Object.fromEntries(Object.entries(answer));
  for (const list of lists) {
    const items = paged[list];
    if (!Array.isArray(items)) continue;
    totals[list] = items.length;
    paged[list] = items.slice(paging.offset, paging.offset + paging.limit);
  }
  // The answer's own fields, some lists shortened: still an Answer.
  return { ...(paged as Answer), page: { offset: paging.offset, limit: paging.limit, totals } };
}
