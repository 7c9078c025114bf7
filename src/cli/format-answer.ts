// The answers as text for a terminal: a heading, a table, and the documents cited in it listed
// once underneath as numbered sources.
import type { ActorAnswer } from "../query/actor.js";
import type { BetweenAnswer, Connection } from "../query/between.js";
import type { EventsAnswer } from "../query/events.js";
import type { Paged } from "../query/paging.js";
import type { PathAnswer } from "../query/path.js";
import type { SaidAnswer } from "../query/said.js";
import type { StanceAnswer } from "../query/stance.js";
import type { EventView, RoleView, SourceRef, StatementView } from "../query/views.js";
import { COLORS, paint, renderTable, wrap, type Column, type TableStyle } from "./format-table.js";

const STANCE_COLORS: Record<string, string> = { positive: COLORS.green, negative: COLORS.red, neutral: COLORS.grey };
const stanceColor = (value: string) => STANCE_COLORS[value.split(" ")[0] ?? ""];

/** Numbers each document the first time it is cited; lists them at the end. */
class Sources {
  private readonly cited = new Map<string, { n: number; source: SourceRef }>();
  cite(source: SourceRef): string {
    const known = this.cited.get(source.doc) ?? { n: this.cited.size + 1, source };
    this.cited.set(source.doc, known);
    return `[${known.n}]${source.start === null ? "" : ` ${source.start}-${source.end}`}`;
  }
  list(style: TableStyle): string {
    const lines = [...this.cited.values()].map(({ n, source }) => `[${n}] ${source.title ?? "(untitled)"}, ${source.published ?? "undated"}, ${source.file}`);
    return lines.length ? `\n\n${paint("Sources", COLORS.bold, style)}\n${lines.flatMap((line) => wrap(line, style.width - 4).map((l, i) => (i === 0 ? l : `    ${l}`))).join("\n")}` : "";
  }
}

export function formatSaid(answer: Paged<SaidAnswer>, style: TableStyle): string {
  const sources = new Sources();
  const who = [answer.by && `by ${answer.by.name}`, answer.about && `about ${answer.about.name}`].filter(Boolean).join(" ") || "by anyone about anyone";
  return `Statements ${who}: ${counted(answer, "statements", "statement")}\n\n${statementTable(answer.statements, style, sources)}${sources.list(style)}`;
}

export function formatStance(answer: Paged<StanceAnswer>, style: TableStyle): string {
  const sources = new Sources();
  const heading = `${answer.by.name} on ${answer.about.name}: ${paint(answer.stance, STANCE_COLORS[answer.stance], style)} overall, ${answer.changes.length} change${answer.changes.length === 1 ? "" : "s"} of stance, ${counted(answer, "statements", "statement")}`;
  const changed = new Map(answer.changes.map((c) => [c.to.id, `was ${c.was}`]));
  const changes = answer.changes.map((c) =>
    [
      `${paint(c.was, STANCE_COLORS[c.was], style)} → ${paint(c.became, STANCE_COLORS[c.became], style)}`,
      ...quoted(c.from, sources, style),
      ...quoted(c.to, sources, style),
    ].join("\n"),
  );
  const table = statementTable(answer.statements, style, sources, (s) => changed.get(s.id) ?? "");
  return `${heading}\n\n${table}${changes.length ? `\n\n${paint("Changes of stance", COLORS.bold, style)}\n${changes.join("\n\n")}` : ""}${sources.list(style)}`;
}

export function formatActor(answer: Paged<ActorAnswer>, style: TableStyle): string {
  const sources = new Sources();
  const facts = [
    `${paint(answer.actor.name, COLORS.bold, style)} (${answer.actor.kind}${answer.role === "actor" ? "" : `, ${answer.role}`})  ${answer.actor.id}`,
    `also: ${answer.aliases.join(", ") || "no other names"}`,
    `Wikidata: ${answer.wikidata ?? "unknown"}`,
    `mentioned ${answer.mentionCount} times in ${answer.documentCount} documents; ${answer.statementCount} statements`,
  ];
  const offices = answer.offices.length ? [`\n${paint("Offices", COLORS.bold, style)}`, ...answer.offices.map((r) => `  ${roleLine(r)}`)] : [];
  const mentioned = renderTable(
    [{ header: "mentions" }, { header: "published" }, { header: "document", flex: true }, { header: "source" }],
    answer.documents.map((d) => [String(d.mentions), d.published ?? "", d.title ?? d.file, sources.cite(d)]),
    style,
  );
  const spoken = renderTable(
    [{ header: "about", max: 30 }, { header: "statements" }, { header: "stance", color: stanceColor }, { header: "+ / − / 0" }],
    answer.speaksAbout.map((s) => [s.actor.name, String(s.statements), s.stance, `${s.positive} / ${s.negative} / ${s.neutral}`]),
    style,
  );
  return [
    facts.join("\n"),
    ...offices,
    `\n${paint("Mentioned in", COLORS.bold, style)} (${counted(answer, "documents", "document")})\n${mentioned}`,
    `\n${paint("Speaks about", COLORS.bold, style)} (${counted(answer, "speaksAbout", "actor")})\n${spoken}`,
    `\n${paint("Events", COLORS.bold, style)} (${counted(answer, "events", "event")})\n${eventTable(answer.events, style, sources)}`,
  ].join("\n") + sources.list(style);
}

export function formatEvents(answer: Paged<EventsAnswer>, style: TableStyle): string {
  const sources = new Sources();
  const what = [answer.type ?? "Events", answer.actor && `with ${answer.actor.name}`].filter(Boolean).join(" ");
  return `${what}: ${counted(answer, "events", "event")}\n\n${eventTable(answer.events, style, sources)}${sources.list(style)}`;
}

export function formatBetween(answer: Paged<BetweenAnswer>, style: TableStyle): string {
  const sources = new Sources();
  const table = renderTable(
    [{ header: "date" }, { header: "via" }, { header: "what", flex: true }, { header: "stance", color: stanceColor }, { header: "source", max: 16 }],
    answer.connections.map((c) => [c.date ?? "undated", c.via, connectionText(c), c.via === "statement" ? (c.statement.stance ?? "") : "", connectionSources(c, sources)]),
    style,
  );
  return `${answer.a.name} and ${answer.b.name}: ${counted(answer, "connections", "connection")}\n\n${table}${sources.list(style)}`;
}

export function formatPath(answer: PathAnswer, style: TableStyle): string {
  if (!answer.connected) return `No chain of statements, events or offices connects ${answer.from.name} and ${answer.to.name}.`;
  if (answer.links.length === 0) return `${answer.from.name} is ${answer.to.name}.`;
  const sources = new Sources();
  const chain = [answer.from.name, ...answer.links.map((l) => l.to.name)].join(" → ");
  const links = answer.links.map((link, i) => {
    const evidence = [
      ...link.statements.flatMap((s) => quoted(s, sources, style)),
      ...link.events.map((e) => `  ${e.date ?? "undated"}  ${eventText(e)}  ${e.sources.map((s) => sources.cite(s)).join(" ")}`),
      ...link.roles.map((r) => `  ${roleLine(r)}`),
    ];
    const more = [link.statementCount > link.statements.length && `${link.statementCount} statements`, link.eventCount > link.events.length && `${link.eventCount} events`].filter(Boolean);
    return [`${i + 1}. ${link.from.name} — ${link.to.name}${more.length ? `  (${more.join(", ")} in all)` : ""}`, ...evidence].join("\n");
  });
  return `${chain}  (${answer.links.length} link${answer.links.length === 1 ? "" : "s"})\n\n${links.join("\n\n")}${sources.list(style)}`;
}

function statementTable(statements: StatementView[], style: TableStyle, sources: Sources, change?: (s: StatementView) => string): string {
  const columns: Column[] = [
    { header: "date" },
    { header: "speaker", max: 20 },
    { header: "stance", color: stanceColor },
    { header: "words", flex: true },
    { header: "about", max: 24 },
    { header: "source", max: 16 },
    ...(change ? [{ header: "change", color: (value: string) => (value ? COLORS.bold : undefined) }] : []),
  ];
  const rows = statements.map((s) => [
    s.date ?? "undated",
    s.speaker?.name ?? "(unnamed)",
    s.stance ?? "",
    s.quoteKind === "direct" ? `“${s.text}”` : s.text,
    s.targets.map((t) => t.actor.name).join(", "),
    sources.cite(s.source),
    ...(change ? [change(s)] : []),
  ]);
  return renderTable(columns, rows, style);
}

function eventTable(events: EventView[], style: TableStyle, sources: Sources): string {
  return renderTable(
    [{ header: "date" }, { header: "type" }, { header: "participants", flex: true }, { header: "place", max: 16 }, { header: "sources", max: 24 }],
    events.map((e) => [e.date ?? "undated", e.type, e.participants.map((p) => p.name).join(", "), e.place ?? "", e.sources.map((s) => sources.cite(s)).join(" ")]),
    style,
  );
}

/** A statement quoted on its own lines: date, speaker, stance and its words, wrapped. */
function quoted(s: StatementView, sources: Sources, style: TableStyle): string[] {
  const head = `  ${s.date ?? "undated"}  ${s.speaker?.name ?? "(unnamed)"}  ${paint(s.stance ?? "no stance", STANCE_COLORS[s.stance ?? ""], style)}  ${sources.cite(s.source)}`;
  return [head, ...wrap(s.quoteKind === "direct" ? `“${s.text}”` : s.text, style.width - 6).map((l) => `      ${l}`)];
}

function connectionText(c: Connection): string {
  if (c.via === "statement") return `${c.statement.speaker?.name ?? "(unnamed)"}: ${c.statement.quoteKind === "direct" ? `“${c.statement.text}”` : c.statement.text}`;
  if (c.via === "event") return eventText(c.event);
  return roleLine(c.role);
}

function connectionSources(c: Connection, sources: Sources): string {
  if (c.via === "statement") return sources.cite(c.statement.source);
  if (c.via === "event") return c.event.sources.map((s) => sources.cite(s)).join(" ");
  return c.role.source ? sources.cite(c.role.source) : "knowledge base";
}

function eventText(e: EventView): string {
  return `${e.type}: ${e.participants.map((p) => p.name).join(", ")}${e.place ? ` in ${e.place}` : ""}`;
}

function roleLine(r: RoleView): string {
  const when = r.terms.length ? r.terms.join(", ") : [r.from, r.until].filter(Boolean).join(" to ");
  const label = r.label ?? (r.relation === "member_of" ? "member" : "office");
  return `${r.holder.name}: ${label.includes(r.of.name) ? label : `${label} of ${r.of.name}`}${when ? ` (${when})` : ""}`;
}

/** "22 statements", or "statements 101–200 of 2345" when the list is paged. */
function counted(answer: { page: { offset: number; limit: number; totals: Record<string, number> } }, list: string, noun: string): string {
  const total = answer.page.totals[list] ?? 0;
  const plural = `${noun}${total === 1 ? "" : "s"}`;
  if (answer.page.offset === 0 && total <= answer.page.limit) return `${total} ${plural}`;
  const last = Math.min(total, answer.page.offset + answer.page.limit);
  return `${plural} ${Math.min(total, answer.page.offset + 1)}–${last} of ${total} (--offset and --limit page through them)`;
}
