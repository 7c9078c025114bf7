// The questions, each with its parameter schema: the one definition the library's methods, the
// CLI's options and the HTTP API's query parameters are all read from.
import { z } from "zod";
import { actor, ActorParams } from "./actor.js";
import { between, BetweenParams } from "./between.js";
import { events, EventsParams } from "./events.js";
import type { GraphIndex } from "./graph-index.js";
import { Paging, pageAnswer, type Paged } from "./paging.js";
import { path, PathParams } from "./path.js";
import { InvalidParamsError } from "./query-errors.js";
import { said, SaidParams } from "./said.js";
import { stance, StanceParams } from "./stance.js";

export interface Question<Params extends z.ZodObject = z.ZodObject, Answer extends object = object> {
  name: string;
  params: Params;
  /** Parameters the CLI takes as arguments rather than options, in order. */
  positionals: readonly (keyof z.output<Params> & string)[];
  /** The lists of the answer that are paged (names of its array fields). */
  lists: readonly string[];
  // A method, so that the table below can hold questions of every parameter type.
  ask(index: GraphIndex, params: z.output<Params>): Answer;
}

function question<Params extends z.ZodObject, Answer extends object>(q: Question<Params, Answer>): Question<Params, Answer> {
  return q;
}

export const QUESTIONS = {
  said: question({ name: "said", params: SaidParams, positionals: [], lists: ["statements"], ask: said }),
  actor: question({ name: "actor", params: ActorParams, positionals: ["name"], lists: ["documents", "speaksAbout", "events"], ask: actor }),
  stance: question({ name: "stance", params: StanceParams, positionals: [], lists: ["statements"], ask: stance }),
  events: question({ name: "events", params: EventsParams, positionals: [], lists: ["events"], ask: events }),
  between: question({ name: "between", params: BetweenParams, positionals: ["a", "b"], lists: ["connections"], ask: between }),
  path: question({ name: "path", params: PathParams, positionals: ["from", "to"], lists: [], ask: path }),
};
export type QuestionName = keyof typeof QUESTIONS;

export function isQuestionName(name: string): name is QuestionName {
  return Object.hasOwn(QUESTIONS, name);
}

/** Validates the parameters (an InvalidParamsError names what is wrong) and answers. */
export function askQuestion<Params extends z.ZodObject, Answer extends object>(index: GraphIndex, q: Question<Params, Answer>, params: unknown): Answer {
  return q.ask(index, valid(q.name, q.params, params));
}

/** Answers with a page of each long list: what the CLI and the HTTP API print. */
export function askPaged<Params extends z.ZodObject, Answer extends object>(index: GraphIndex, q: Question<Params, Answer>, params: unknown, paging: unknown): Paged<Answer> {
  return pageAnswer(askQuestion(index, q, params), q.lists, valid(q.name, Paging, paging));
}

function valid<Schema extends z.ZodType>(name: string, schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new InvalidParamsError(`${name}: ${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  return parsed.data;
}
