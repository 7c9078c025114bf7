// The library's entry point: open a build's graph.json once, then ask it questions as typed
// functions. Parameters are validated by the same schemas the CLI and the HTTP API use.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { parseGraphJson } from "../graph/graph-json.js";
import type { ActorGraph } from "../schema/graph.js";
import type { ActorAnswer, ActorParams } from "./actor.js";
import type { BetweenAnswer, BetweenParams } from "./between.js";
import type { EventsAnswer, EventsParams } from "./events.js";
import { indexGraph } from "./graph-index.js";
import type { Paged } from "./paging.js";
import type { PathAnswer, PathParams } from "./path.js";
import { askPaged, askQuestion, QUESTIONS, type Question } from "./questions.js";
import type { SaidAnswer, SaidParams } from "./said.js";
import type { StanceAnswer, StanceParams } from "./stance.js";

export interface QueryGraph {
  readonly graph: ActorGraph;
  said(params: z.input<typeof SaidParams>): SaidAnswer;
  actor(params: z.input<typeof ActorParams>): ActorAnswer;
  stance(params: z.input<typeof StanceParams>): StanceAnswer;
  events(params?: z.input<typeof EventsParams>): EventsAnswer;
  between(params: z.input<typeof BetweenParams>): BetweenAnswer;
  path(params: z.input<typeof PathParams>): PathAnswer;
  /** A question of QUESTIONS with parameters as a command line or a URL gives them, long lists a page at a time. */
  ask<Params extends z.ZodObject, Answer extends object>(question: Question<Params, Answer>, params: unknown, paging?: unknown): Paged<Answer>;
}

/** Opens OUT_DIR/graph.json (or a graph.json named directly). */
export function openGraph(path: string): QueryGraph {
  const file = statSync(path).isDirectory() ? join(path, "graph.json") : path;
  return queryGraph(parseGraphJson(readFileSync(file, "utf8"), file));
}

/** Questions over a graph already in memory. */
export function queryGraph(graph: ActorGraph): QueryGraph {
  const index = indexGraph(graph);
  return {
    graph,
    said: (params) => askQuestion(index, QUESTIONS.said, params),
    actor: (params) => askQuestion(index, QUESTIONS.actor, params),
    stance: (params) => askQuestion(index, QUESTIONS.stance, params),
    events: (params = {}) => askQuestion(index, QUESTIONS.events, params),
    between: (params) => askQuestion(index, QUESTIONS.between, params),
    path: (params) => askQuestion(index, QUESTIONS.path, params),
    ask: (question, params, paging = {}) => askPaged(index, question, params, paging),
  };
}
