// actorgraph as a library: open a build and ask it questions.
export { openGraph, queryGraph, type QueryGraph } from "./query/open-graph.js";
export { QUESTIONS, type QuestionName } from "./query/questions.js";
export { AmbiguousNameError, InvalidParamsError, QueryError, UnknownNameError } from "./query/query-errors.js";
export { SaidAnswer, SaidParams } from "./query/said.js";
export { ActorAnswer, ActorParams } from "./query/actor.js";
export { StanceAnswer, StanceParams } from "./query/stance.js";
export { EventsAnswer, EventsParams } from "./query/events.js";
export { BetweenAnswer, BetweenParams, Connection } from "./query/between.js";
export { PathAnswer, PathLink, PathParams } from "./query/path.js";
export { ActorRef, EventView, RoleView, SourceRef, StatementView } from "./query/views.js";
export { Page } from "./query/paging.js";
export type { ActorGraph } from "./schema/graph.js";
