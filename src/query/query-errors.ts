// Errors a question can answer with. The CLI and the HTTP API tell them apart by class: an unknown
// name is "not found" with suggestions, an ambiguous one is bad input with its candidates.
import type { ActorRef } from "./views.js";

export class QueryError extends Error {
  override name = "QueryError";
}

export class UnknownNameError extends QueryError {
  override name = "UnknownNameError";
  constructor(
    /** What was looked for: "actor" or "event type". */
    readonly what: string,
    readonly query: string,
    /** The nearest known names, nearest first. */
    readonly suggestions: string[],
  ) {
    super(`no ${what} named ${JSON.stringify(query)}${suggestions.length ? `; did you mean ${suggestions.map((s) => JSON.stringify(s)).join(", ")}?` : ""}`);
  }
}

export class AmbiguousNameError extends QueryError {
  override name = "AmbiguousNameError";
  constructor(
    readonly query: string,
    /** Every actor the name fits, most important first. */
    readonly candidates: ActorRef[],
  ) {
    super(`${JSON.stringify(query)} names ${candidates.length} actors: ${candidates.map((c) => `${c.name} (${c.id})`).join(", ")}; use a fuller name or an id`);
  }
}

export class InvalidParamsError extends QueryError {
  override name = "InvalidParamsError";
}
