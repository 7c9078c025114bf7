// The answers as CSV (RFC 4180) for scripts: one row per item of the answer's main list.
import type { ActorAnswer } from "../query/actor.js";
import type { BetweenAnswer } from "../query/between.js";
import type { EventsAnswer } from "../query/events.js";
import type { PathAnswer } from "../query/path.js";
import type { SaidAnswer } from "../query/said.js";
import type { StanceAnswer } from "../query/stance.js";
import type { EventView, SourceRef, StatementView } from "../query/views.js";

type Cell = string | number | null;

const STATEMENT_HEADER = ["date", "speaker_id", "speaker", "stance", "kind", "text", "targets", "target_stances", "doc", "title", "published", "file", "start", "end"];
const EVENT_HEADER = ["date", "type", "cameo", "place", "participant_ids", "participants", "docs", "files"];

export function saidCsv(answer: SaidAnswer): string {
  return toCsv([STATEMENT_HEADER, ...answer.statements.map(statementRow)]);
}

/** The statements, with the change of stance each one begins ("positive>negative"). */
export function stanceCsv(answer: StanceAnswer): string {
  const changed = new Map(answer.changes.map((c) => [c.to.id, `${c.was}>${c.became}`]));
  return toCsv([[...STATEMENT_HEADER, "change"], ...answer.statements.map((s) => [...statementRow(s), changed.get(s.id) ?? ""])]);
}

/** Whom the actor speaks about: one row per target. */
export function actorCsv(answer: ActorAnswer): string {
  return toCsv([
    ["actor_id", "actor", "about_id", "about", "statements", "stance", "positive", "negative", "neutral"],
    ...answer.speaksAbout.map((s) => [answer.actor.id, answer.actor.name, s.actor.id, s.actor.name, s.statements, s.stance, s.positive, s.negative, s.neutral]),
  ]);
}

export function eventsCsv(answer: EventsAnswer): string {
  return toCsv([EVENT_HEADER, ...answer.events.map(eventRow)]);
}

/** Statements and events in one table: the columns of each, empty where they do not apply. */
export function betweenCsv(answer: BetweenAnswer): string {
  const blank = (header: string[]) => header.map(() => "");
  return toCsv([
    ["via", ...STATEMENT_HEADER.map((h) => `statement_${h}`), ...EVENT_HEADER.map((h) => `event_${h}`), "role"],
    ...answer.connections.map((c) => {
      if (c.via === "statement") return ["statement", ...statementRow(c.statement), ...blank(EVENT_HEADER), ""];
      if (c.via === "event") return ["event", ...blank(STATEMENT_HEADER), ...eventRow(c.event), ""];
      return ["role", ...blank(STATEMENT_HEADER), ...blank(EVENT_HEADER), `${c.role.holder.name}: ${c.role.label ?? c.role.relation} of ${c.role.of.name}`];
    }),
  ]);
}

export function pathCsv(answer: PathAnswer): string {
  return toCsv([
    ["step", "from_id", "from", "to_id", "to", "statements", "events", "roles"],
    ...answer.links.map((l, i) => [i + 1, l.from.id, l.from.name, l.to.id, l.to.name, l.statementCount, l.eventCount, l.roles.length]),
  ]);
}

function statementRow(s: StatementView): Cell[] {
  return [
    s.date,
    s.speaker?.id ?? null,
    s.speaker?.name ?? null,
    s.stance,
    s.quoteKind,
    s.text,
    s.targets.map((t) => t.actor.name).join("; "),
    s.targets.map((t) => t.stance ?? "").join("; "),
    ...sourceCells(s.source),
  ];
}

function eventRow(e: EventView): Cell[] {
  return [e.date, e.type, e.cameo, e.place, e.participants.map((p) => p.id).join("; "), e.participants.map((p) => p.name).join("; "), e.sources.map((s) => s.doc).join("; "), e.sources.map((s) => s.file).join("; ")];
}

function sourceCells(s: SourceRef): Cell[] {
  return [s.doc, s.title, s.published, s.file, s.start, s.end];
}

function toCsv(rows: Cell[][]): string {
  const cell = (value: Cell) => {
    const text = value === null ? "" : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
