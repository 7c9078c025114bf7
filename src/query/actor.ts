// Everything about one actor: names, category, offices with dates, Wikidata id, where it is
// mentioned, whom it speaks about most and with what stance, and the events it took part in.
import { z } from "zod";
import { Stance } from "../schema/extraction.js";
import { overallStance } from "../graph/stance-over-time.js";
import type { GraphIndex } from "./graph-index.js";
import { byCodeUnits } from "../text/code-unit-order.js";
import { byDateFirst } from "./order.js";
import { ActorName, matchName } from "./match-name.js";
import { ActorRef, EventView, isActor, readRoleView, RoleView, SourceRef } from "./views.js";

export const ActorParams = z.strictObject({ name: ActorName.describe("a name, alias or id") });
export type ActorParams = z.infer<typeof ActorParams>;

export const SpokenAbout = z.object({
  actor: ActorRef,
  statements: z.number().int().nonnegative(),
  /** The stance most of those statements take, the latest breaking a tie. */
  stance: Stance,
  positive: z.number().int().nonnegative(),
  negative: z.number().int().nonnegative(),
  neutral: z.number().int().nonnegative(),
});

export const ActorAnswer = z.object({
  actor: ActorRef,
  aliases: z.array(z.string()),
  /** actor, or author/credit for people who only wrote or photographed. */
  role: z.enum(["actor", "author", "credit"]),
  wikidata: z.string().nullable(),
  offices: z.array(RoleView),
  mentionCount: z.number().int().nonnegative(),
  documentCount: z.number().int().nonnegative(),
  statementCount: z.number().int().nonnegative(),
  /** Documents that name the actor, the most mentions first (source offsets: the first mention). */
  documents: z.array(SourceRef.extend({ mentions: z.number().int().positive() })),
  /** Whom the actor's statements are about, the most often first. */
  speaksAbout: z.array(SpokenAbout),
  events: z.array(EventView),
});
export type ActorAnswer = z.infer<typeof ActorAnswer>;

export function actor(index: GraphIndex, params: ActorParams): ActorAnswer {
  const id = matchName(index.names, params.name);
  const { graph } = index;
  const node = graph.getNodeAttributes(id);
  // matchName finds actors only.
  if (!isActor(node)) throw new Error(`actor: "${id}" is a ${node.kind}, not an actor`);
  const offices = graph.mapOutEdges(id, (edge, a) => (a.relation === "holds_role" || a.relation === "member_of" ? [readRoleView(index, edge)] : [])).flat();
  const statements = index.statementsBySpeaker.get(id) ?? [];
  return {
    actor: index.actor(id),
    aliases: node.aliases,
    role: node.role,
    wikidata: node.wikidata,
    offices: offices.sort((x, y) => byDateFirst(x.from, y.from)),
    mentionCount: node.mentionCount,
    documentCount: node.documentCount,
    statementCount: statements.length,
    documents: index.mentionedIn.get(id) ?? [],
    speaksAbout: speaksAbout(index, id, statements),
    events: (index.eventsByParticipant.get(id) ?? []).map(index.event),
  };
}

function speaksAbout(index: GraphIndex, speaker: string, statements: string[]): z.infer<typeof SpokenAbout>[] {
  // Statements come in time order, as overallStance needs them.
  const byTarget = new Map<string, { stance: Stance }[]>();
  for (const id of statements) {
    const view = index.statement(id);
    for (const target of view.targets) {
      if (target.actor.id === speaker) continue;
      const said = byTarget.get(target.actor.id) ?? [];
      said.push({ stance: target.stance ?? "neutral" });
      byTarget.set(target.actor.id, said);
    }
  }
  return [...byTarget]
    .map(([target, said]) => {
      const count = (stance: Stance) => said.filter((s) => s.stance === stance).length;
      return { actor: index.actor(target), statements: said.length, stance: overallStance(said), positive: count("positive"), negative: count("negative"), neutral: count("neutral") };
    })
    .sort((x, y) => y.statements - x.statements || byCodeUnits(x.actor.name, y.actor.name));
}
