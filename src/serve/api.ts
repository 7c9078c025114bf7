// The query API: GET /api/said, /api/actor, /api/stance, /api/events, /api/between, /api/path,
// parameters named as in the CLI, plus limit and offset for long lists. Bad parameters and
// ambiguous names are a 400 with a message, an unknown name a 404 with suggestions.
import type { QueryGraph } from "../query/open-graph.js";
import { AmbiguousNameError, InvalidParamsError, UnknownNameError } from "../query/query-errors.js";
import { isQuestionName, QUESTIONS, type Question } from "../query/questions.js";
import type { ApiHandler, JsonAnswer } from "./server.js";

export function createQueryApi(graph: QueryGraph): ApiHandler {
  return (path, query) => {
    const name = path.slice("/api/".length);
    if (!isQuestionName(name)) return undefined;
    const question: Question = QUESTIONS[name];
    const { limit, offset, ...params } = Object.fromEntries(query);
    const repeated = [...new Set(query.keys())].filter((key) => query.getAll(key).length > 1);
    if (repeated.length) return { status: 400, body: { error: `${name}: give each parameter once (repeated: ${repeated.join(", ")})` } };
    try {
      return { status: 200, body: graph.ask(question, params, { limit, offset }) };
    } catch (error) {
      return errorAnswer(error);
    }
  };
}

function errorAnswer(error: unknown): JsonAnswer {
  if (error instanceof InvalidParamsError) return { status: 400, body: { error: error.message } };
  if (error instanceof AmbiguousNameError) return { status: 400, body: { error: error.message, candidates: error.candidates } };
  if (error instanceof UnknownNameError) return { status: 404, body: { error: error.message, suggestions: error.suggestions } };
  throw error;
}
