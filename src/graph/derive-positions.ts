// Groups statements into positions: one per holder and target, the stance over time, and the
// changes of stance ("I trust him" in February, "He has gone absolutely CRAZY!" in May).
// Position pages' own labels attach to the holder's position on the page's topic target.
import type { ExtractionRecord } from "../schema/extraction.js";
import type { PositionStatement, StancePosition } from "../schema/position.js";
import { byCodeUnits } from "../text/code-unit-order.js";
import { stanceOverTime } from "./stance-over-time.js";

export function derivePositions(records: ExtractionRecord[]): StancePosition[] {
  const byPair = new Map<string, { holder: string; target: string; statements: PositionStatement[] }>();
  for (const record of records) {
    for (const quote of record.quotes) {
      if (!quote.speaker) continue;
      for (const [target, stance] of Object.entries(quote.stance)) {
        if (target === quote.speaker) continue;
        const key = `${quote.speaker}\u0000${target}`;
        const entry = byPair.get(key) ?? { holder: quote.speaker, target, statements: [] };
        entry.statements.push({ date: quote.date, stance, text: quote.text, kind: quote.kind, doc: record.doc.id, source: record.doc.source, start: quote.start, end: quote.end });
        byPair.set(key, entry);
      }
    }
  }
  const labels = profileLabels(records);
  // A page's stated position stands even when no statement of the holder about that target was found.
  for (const key of labels.keys()) {
    const [holder = "", target = ""] = key.split("\u0000");
    if (!byPair.has(key)) byPair.set(key, { holder, target, statements: [] });
  }
  return [...byPair.values()]
    .map(({ holder, target, statements }) => {
      const over = stanceOverTime(statements);
      return { holder, target, stance: over.stance, statements: over.statements, changes: over.changes, labels: labels.get(`${holder}\u0000${target}`) ?? [] };
    })
    .sort((a, b) => byCodeUnits(a.holder, b.holder) || byCodeUnits(a.target, b.target));
}

/** A profile page's label ("Donald Trump on Russia Relations": Transactional Engagement) belongs to the holder's position on the topic's actor. */
function profileLabels(records: ExtractionRecord[]): Map<string, StancePosition["labels"]> {
  const labels = new Map<string, StancePosition["labels"]>();
  for (const record of records) {
    for (const p of record.positions) {
      const topic = (p.topic ?? "").toLowerCase();
      const target = record.entities.find((e) => e.id !== p.holder && [e.name, ...e.aliases].some((n) => n.length > 2 && topic.includes(n.toLowerCase())));
      const key = `${p.holder}\u0000${target?.id ?? ""}`;
      labels.set(key, [...(labels.get(key) ?? []), { label: p.label, strength: p.strength, topic: p.topic, doc: record.doc.id }]);
    }
  }
  return labels;
}
