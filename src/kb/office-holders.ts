// Who held which office when: pure lookups over a loaded knowledge base through an index built
// once (indexKnowledgeBase). A tenure covers [start, end): `end` is the successor's first day,
// null while the holder is still in office. Dates are ISO strings, compared as strings.
import type { KbOffice, KbTenure } from "../schema/knowledge-base.js";
import { byCodeUnits } from "../text/code-unit-order.js";
import type { KnowledgeBase } from "./load-knowledge-base.js";

export type KbIndex = ReturnType<typeof indexKnowledgeBase>;
/** A tenure with the label and owner of its office: what a graph edge "held office" needs. */
export type HeldOffice = KbTenure & Pick<KbOffice, "label" | "of">;

export function indexKnowledgeBase(kb: KnowledgeBase) {
  const tenures = [...kb.tenures].sort((a, b) => byCodeUnits(a.start, b.start));
  const tenuresByOffice = groupBy(tenures, (tenure) => tenure.office);
  const officesByRole = new Map<string, KbOffice[]>();
  for (const office of kb.offices) {
    // A tenure's own roles count too: "acting president" names an office only through its tenures.
    const tenureRoles = (tenuresByOffice.get(office.id) ?? []).flatMap((tenure) => tenure.roles ?? []);
    for (const role of new Set([...office.roles, ...tenureRoles].map(normalizeRole))) {
      add(officesByRole, role, office);
    }
  }
  return {
    offices: new Map(kb.offices.map((office) => [office.id, office])),
    officesByOwner: groupBy(kb.offices, (office) => normalizeOwner(office.of)),
    officesByRole,
    tenuresByOffice,
    tenuresByHolder: groupBy(tenures, (tenure) => tenure.holder),
  };
}

/**
 * The person holding the office on `date` (YYYY-MM-DD), or through all of a month (YYYY-MM) or
 * year (YYYY). For a partial date the holder is returned only if one person held the office for
 * the whole period, so "2021" gives null for the US presidency (Trump, then Biden) rather than a
 * guess; a change of holder inside a month is the same. Null when nobody (known) held it.
 */
export function holderOn(index: KbIndex, officeId: string, date: string): string | null {
  return tenuresThrough(index, officeId, date)?.[0]?.holder ?? null;
}

/** The person's tenures, earliest first, with their offices' labels and owners. */
export function officesHeld(index: KbIndex, personId: string): HeldOffice[] {
  return (index.tenuresByHolder.get(personId) ?? []).flatMap((tenure) => {
    const office = index.offices.get(tenure.office);
    return office ? [{ ...tenure, label: office.label, of: office.of }] : [];
  });
}

/**
 * The person a role noun stands for ("the president", "the defence secretary"): the holder, on
 * `date`, of the office of `of` that the role names. Without an owner the role must name exactly
 * one office in the whole knowledge base ("secretary general" alone names two); without a date
 * there is no answer. Null also when several people fit (two offices of one owner share the noun).
 */
export function resolveRole(
  index: KbIndex,
  query: { role: string; of: string | null; date: string | null },
): string | null {
  if (query.date === null) return null;
  const role = normalizeRole(query.role);
  const named = index.officesByRole.get(role) ?? [];
  const owner = query.of === null ? null : normalizeOwner(query.of);
  const offices = owner === null ? (named.length === 1 ? named : []) : named.filter((office) => normalizeOwner(office.of) === owner);
  const holders = new Set<string>();
  for (const office of offices) {
    const tenures = tenuresThrough(index, office.id, query.date);
    // A tenure's own roles replace the office's: a queen regnant is not "the king".
    if (tenures?.every((tenure) => (tenure.roles ?? office.roles).map(normalizeRole).includes(role))) {
      holders.add(tenures[0]!.holder);
    }
  }
  return holders.size === 1 ? [...holders][0]! : null;
}

/**
 * Every role noun of every office each person held at any time ("president", "prime minister"),
 * normalized: "President Trump" is the Trump who was ever a president, whatever the article's date.
 */
export function rolesHeld(index: KbIndex): Map<string, Set<string>> {
  const roles = new Map<string, Set<string>>();
  for (const [holder, tenures] of index.tenuresByHolder) {
    const held = new Set<string>();
    for (const tenure of tenures) {
      for (const role of tenure.roles ?? index.offices.get(tenure.office)?.roles ?? []) held.add(normalizeRole(role));
    }
    roles.set(holder, held);
  }
  return roles;
}

/**
 * Years after their last office when a bare surname still may mean a person: "Powell" in 2012 may
 * be Colin Powell, in 2019 hardly. A country's leader (an office answering to "leader") stays in
 * the news for life: "Chirac" in 2019 is still Jacques Chirac.
 */
const YEARS_AFTER_OFFICE = 10;

/**
 * Whether every office the knowledge base knows the person held ended more than ten years before
 * the period `date` names, none of them leading a country. False when it knows none, and before a
 * first office: what made someone news before it (Mitt Romney's campaign, years before his
 * senate seat) is seldom in the knowledge base.
 */
export function longOutOfOffice(index: KbIndex, personId: string, date: string): boolean {
  const tenures = index.tenuresByHolder.get(personId) ?? [];
  const ends = tenures.map((tenure) => tenure.end);
  if (tenures.length === 0 || ends.includes(null)) return false;
  if (tenures.some((tenure) => (tenure.roles ?? index.offices.get(tenure.office)?.roles ?? []).includes("leader"))) return false;
  const last = (ends as string[]).sort(byCodeUnits).at(-1)!;
  return shiftYears(last, YEARS_AFTER_OFFICE) <= periodOf(date).from;
}

/** An ISO day moved by whole years ("2005-01-26", 10 -> "2015-01-26"). */
function shiftYears(day: string, years: number): string {
  return `${String(Number(day.slice(0, 4)) + years).padStart(4, "0")}${day.slice(4)}`;
}

/** The offices of a country ("country:US") or an organization ("organization:nato"). */
export function officesFor(index: KbIndex, of: string): KbOffice[] {
  return index.officesByOwner.get(normalizeOwner(of)) ?? [];
}

/** The tenures covering the whole period `date` names, if they are one person's; else null. */
function tenuresThrough(index: KbIndex, officeId: string, date: string): KbTenure[] | null {
  const { from, to } = periodOf(date);
  const overlapping = (index.tenuresByOffice.get(officeId) ?? []).filter(
    (tenure) => tenure.start < to && (tenure.end === null || tenure.end > from),
  );
  const first = overlapping[0];
  const last = overlapping.at(-1);
  if (!first || !last || first.start > from || (last.end !== null && last.end < to)) return null;
  // Back-to-back tenures of one person (acting, then elected) still count as one holder.
  const unbroken = overlapping.every(
    (tenure, i) => tenure.holder === first.holder && (i === 0 || overlapping[i - 1]!.end === tenure.start),
  );
  return unbroken ? overlapping : null;
}

/** The days a date names, as [from, to): one day, a month or a year. */
function periodOf(date: string): { from: string; to: string } {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) throw new Error(`not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): ${date}`);
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  const from = isoDay(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  if (!from.startsWith(date)) throw new Error(`no such date: ${date}`);
  const to =
    day !== undefined
      ? Date.UTC(year, month! - 1, day + 1)
      : month !== undefined
        ? Date.UTC(year, month, 1)
        : Date.UTC(year + 1, 0, 1);
  return { from, to: isoDay(to) };
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Text writes "Secretary-General", "vice-president", "Defence  Secretary": one key for each. */
export function normalizeRole(role: string): string {
  return role.toLowerCase().replace(/[-\s]+/g, " ").trim();
}

/** Country codes are upper-case, organization slugs lower-case, whatever the caller wrote. */
function normalizeOwner(of: string): string {
  const [kind = "", id = ""] = of.trim().split(":");
  return kind === "country" ? `country:${id.toUpperCase()}` : `${kind}:${id.toLowerCase()}`;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) add(groups, key(item), item);
  return groups;
}

function add<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}
