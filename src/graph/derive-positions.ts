// Groups statements into positions: one per holder and target, the stance over time, and the
// changes of stance ("I trust him" in February, "He has gone absolutely CRAZY!" in May).
// Position pages' own labels attach to the holder's position on the page's topic target.
import type { ExtractionRecord, Stance } from "../schema/extraction.js";
import type { PositionStatement, StancePosition } from "../schema/position.js";

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
      const ordered = inTimeOrder(statements);
      return { holder, target, stance: overall(ordered), statements: ordered, changes: changesOf(ordered), labels: labels.get(`${holder}\u0000${target}`) ?? [] };
    })
    .sort((a, b) => a.holder.localeCompare(b.holder) || a.target.localeCompare(b.target));
}

function inTimeOrder(statements: PositionStatement[]): PositionStatement[] {
  const dated = statements.filter((s) => s.date !== null).sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.doc.localeCompare(b.doc) || a.start - b.start);
  return [...dated, ...statements.filter((s) => s.date === null)];
}

/** A change is a dated statement whose polar stance differs from the last polar one before it; neutral statements change nothing. */
function changesOf(statements: PositionStatement[]): StancePosition["changes"] {
  const changes: StancePosition["changes"] = [];
  let last: { index: number; stance: Stance } | null = null;
  statements.forEach((s, index) => {
    if (s.date === null || s.stance === "neutral") return;
    if (last && last.stance !== s.stance) changes.push({ from: last.index, to: index, was: last.stance, became: s.stance });
    last = { index, stance: s.stance };
  });
  return changes;
}

function overall(statements: PositionStatement[]): Stance {
  const count = (stance: Stance) => statements.filter((s) => s.stance === stance).length;
  const positive = count("positive");
  const negative = count("negative");
  if (positive === negative) return [...statements].reverse().find((s) => s.stance !== "neutral")?.stance ?? "neutral";
  return positive > negative ? "positive" : "negative";
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
