// Query benchmark: load time of a build's graph, then p50/p95 latency of each question as the
// HTTP API answers it (validated, answered, paged, serialized), over the most important actors
// and a seeded sample of the rest.
//   npm run build && npm run bench:query -- OUT_DIR
import { openGraph, QUESTIONS } from "../dist/src/index.js";

const outDir = process.argv[2];
if (!outDir) {
  process.stderr.write("usage: npm run bench:query -- OUT_DIR   (a build: node bin/actorgraph.js build CORPUS --out OUT_DIR)\n");
  process.exit(2);
}

const started = performance.now();
const g = openGraph(outDir);
const loadSeconds = (performance.now() - started) / 1000;

// Actors that take part: the 50 most important and 150 others, drawn with a fixed seed.
const actors = [];
g.graph.forEachNode((id, a) => {
  if (["person", "country", "organization", "location"].includes(a.kind) && a.role === "actor") actors.push({ id, importance: a.importance });
});
actors.sort((a, b) => b.importance - a.importance || (a.id < b.id ? -1 : 1));
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const rest = actors.slice(50);
const sample = [...actors.slice(0, 50), ...Array.from({ length: Math.min(150, rest.length) }, () => rest[Math.floor(random() * rest.length)])].map((a) => a.id);
const pairs = sample.map((id, i) => [id, sample[(i * 7 + 3) % sample.length]]);
// Pairs that really speak about each other, so stance has something to say.
const speakers = sample.flatMap((id) => {
  const target = g.said({ by: id }).statements.flatMap((s) => s.targets).find((t) => t.actor.id !== id);
  return target ? [[id, target.actor.id]] : [];
});

const workloads = {
  "said --by": sample.map((by) => ({ by })),
  "said --about": sample.map((about) => ({ about })),
  "said --by --about": speakers.map(([by, about]) => ({ by, about })),
  actor: sample.map((name) => ({ name })),
  stance: speakers.map(([by, about]) => ({ by, about })),
  events: sample.map((actor) => ({ actor })),
  between: pairs.map(([a, b]) => ({ a, b })),
  path: pairs.map(([from, to]) => ({ from, to })),
};
const question = (name) => QUESTIONS[name.split(" ")[0]];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const rows = [];
for (const [name, workload] of Object.entries(workloads)) {
  for (const params of workload.slice(0, 10)) JSON.stringify(g.ask(question(name), params)); // warm up
  const times = workload.map((params) => {
    const t = performance.now();
    JSON.stringify(g.ask(question(name), params));
    return performance.now() - t;
  });
  times.sort((a, b) => a - b);
  rows.push({ question: name, queries: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) });
}

const { order, size } = g.graph;
process.stdout.write(`graph: ${outDir}: ${order} nodes, ${size} edges; loaded in ${loadSeconds.toFixed(1)} s, ${Math.round(process.memoryUsage().rss / 1e6)} MB resident\n\n`);
process.stdout.write(`| question | queries | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|\n`);
for (const r of rows) process.stdout.write(`| ${r.question} | ${r.queries} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} |\n`);
const worst = Math.max(...rows.map((r) => r.p95));
process.stdout.write(`\nworst p95 ${worst.toFixed(1)} ms (target: under 50 ms)\n`);
