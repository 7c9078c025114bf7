#!/usr/bin/env node
// npm run bench: builds ../shared/corpus/bbc and allsides-10k.jsonl (and its first 1k, 2.5k and
// 5k records, to show how the cost grows) with the compiled build, each in a fresh process and a
// fresh output folder, and prints per corpus: documents/s, MB/s, peak RSS, CPU time, time per
// stage, and the time of a bare wink-nlp tagging pass over the same texts (the floor) as a ratio.
// Then it adds one article to the built 10k corpus and times the incremental rebuild, and the
// build of the same inputs once more, which keeps the graph files.
// `node scripts/bench.mjs --quick` runs bbc and the 1k prefix only. The builds' folders (3.7 GB
// for the whole run) are removed at the end, or on failure or Ctrl-C; `--keep` keeps them.
import { execFileSync } from "node:child_process";
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";

const root = resolve(import.meta.dirname, "..");
const shared = resolve(process.env.ACTORGRAPH_SHARED ?? join(root, "..", "shared"));

/** The flags bin/actorgraph.js starts node with (its first line), so a build here runs as the CLI's does. */
const cliNodeFlags = (() => {
  const [, , node, ...flags] = readFileSync(join(root, "bin", "actorgraph.js"), "utf8").split("\n")[0].split(/\s+/);
  if (node !== "node") throw new Error("bench: bin/actorgraph.js's first line is no longer `#!/usr/bin/env -S node FLAGS…`");
  return flags;
})();

if (process.argv[2] === "--child") {
  process.stdout.write(`${JSON.stringify(await measureBuild(JSON.parse(process.argv[3])))}\n`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), "actorgraph-bench-"));
if (process.argv.includes("--keep")) process.on("exit", () => console.error(`bench: the builds are kept in ${work}`));
else process.on("exit", () => rmSync(work, { recursive: true, force: true }));
// Ctrl-C ends the run through "exit", so the folder goes with it.
process.on("SIGINT", () => process.exit(130));
const allsides = join(shared, "corpus", "allsides-10k.jsonl");
const quick = process.argv.includes("--quick");
const prefixes = (quick ? [1000] : [1000, 2500, 5000]).map((n) => ({ name: `allsides ${n / 1000}k`, inputs: [prefix(allsides, n)], documents: n }));
const cases = [
  { name: "bbc", inputs: [join(shared, "corpus", "bbc")] },
  ...prefixes,
  ...(quick ? [] : [{ name: "allsides 10k", inputs: [allsides], out: join(work, "allsides-10k") }]),
];

const rows = [];
for (const c of cases) {
  const result = child({ inputs: c.inputs, out: c.out ?? join(work, c.name.replace(/\W+/g, "-")), floor: true });
  rows.push({ name: c.name, ...result });
  console.error(`${c.name}: ${result.documents} documents in ${result.seconds.toFixed(1)} s`);
}

const { cores, load } = rows[0];
console.log(`\n${new Date().toISOString().slice(0, 10)}, ${cores} cores, load average ${load} when the first build began\n`);
console.log("| corpus | docs | MB | wall s | docs/s | MB/s | CPU s | peak RSS | extract | graph | layout | write | wink floor s | wall / floor | ms per doc | graph.json + .gexf MB |");
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const r of rows) {
  const s = r.stageSeconds;
  console.log(
    `| ${r.name} | ${r.documents} | ${r.mb.toFixed(1)} | ${r.seconds.toFixed(1)} | ${(r.documents / r.seconds).toFixed(0)} | ${(r.mb / r.seconds).toFixed(2)} | ${r.cpuSeconds.toFixed(0)} | ${(r.maxRssKb / 1024).toFixed(0)} MB | ${s.extract.toFixed(1)} | ${s.graph.toFixed(1)} | ${s.layout.toFixed(1)} | ${s.write.toFixed(1)} | ${r.floorSeconds.toFixed(1)} | ${(r.seconds / r.floorSeconds).toFixed(1)} | ${((1000 * r.seconds) / r.documents).toFixed(1)} | ${r.graphMb.toFixed(0)} + ${r.gexfMb.toFixed(0)} |`,
  );
}

if (!quick) {
  // One article the corpus does not have, added to the 10k build's inputs and output folder.
  const article = join(work, "one-more.jsonl");
  writeFileSync(article, `${JSON.stringify({ id: "bench-one-more", text: readFileSync(join(shared, "corpus", "bbc", "politics", "001.txt"), "utf8") })}\n`);
  const again = child({ inputs: [allsides, article], out: join(work, "allsides-10k"), floor: false });
  const s = again.stageSeconds;
  console.log(`\nincremental: 10k + 1 article in ${again.seconds.toFixed(1)} s wall, ${again.cpuSeconds.toFixed(1)} s CPU, ${again.cached} from the cache (extract ${s.extract.toFixed(1)}, graph ${s.graph.toFixed(1)}, layout ${s.layout.toFixed(1)}, write ${s.write.toFixed(1)}), peak RSS ${(again.maxRssKb / 1024).toFixed(0)} MB`);
  // The same inputs once more: nothing changed, so the graph files are kept.
  const same = child({ inputs: [allsides, article], out: join(work, "allsides-10k"), floor: false });
  console.log(`unchanged: the same 10k + 1 again in ${same.seconds.toFixed(1)} s wall, ${same.cpuSeconds.toFixed(1)} s CPU, graph files ${same.upToDate ? "kept" : "written again"}, peak RSS ${(same.maxRssKb / 1024).toFixed(0)} MB`);
}

/** Runs one build in a fresh process, so peak RSS is this build's own. */
function child(spec) {
  return JSON.parse(execFileSync(process.execPath, [...cliNodeFlags, import.meta.filename, "--child", JSON.stringify(spec)], { encoding: "utf8", maxBuffer: 1 << 24, stdio: ["ignore", "pipe", "inherit"] }));
}

/** The first `n` lines of a JSONL file, written to the work folder. */
function prefix(file, n) {
  const lines = readFileSync(file, "utf8").split("\n").slice(0, n);
  const out = join(work, `first-${n}.jsonl`);
  writeFileSync(out, `${lines.join("\n")}\n`);
  return out;
}

async function measureBuild({ inputs, out, floor }) {
  const { buildCorpus } = await import(join(root, "dist", "src", "build", "build-corpus.js"));
  const { extractorVersion } = await import(join(root, "dist", "src", "build", "package-root.js"));
  const { availableParallelism, loadavg } = await import("node:os");
  const cpu = process.cpuUsage();
  const summary = await buildCorpus({ inputs, outDir: out, dataDir: join(root, "data"), extractorVersion: extractorVersion() });
  const used = process.cpuUsage(cpu);
  const maxRssKb = process.resourceUsage().maxRSS;
  const texts = await readTexts(join(out, "documents.jsonl"));
  return {
    documents: summary.documents,
    cached: summary.cached,
    upToDate: summary.upToDate,
    seconds: summary.seconds,
    stageSeconds: summary.stageSeconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    maxRssKb,
    mb: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6,
    graphMb: statSync(join(out, "graph.json")).size / 1e6,
    gexfMb: statSync(join(out, "graph.gexf")).size / 1e6,
    floorSeconds: floor ? await winkFloor(texts) : 0,
    cores: availableParallelism(),
    load: loadavg()[0].toFixed(1),
  };
}

/** A bare wink-nlp pass with the build's pipe (sentences and tagging): each text's parts of speech, on one thread. */
async function winkFloor(texts) {
  const { default: winkNLP } = await import("wink-nlp");
  const { default: model } = await import("wink-eng-lite-web-model");
  const nlp = winkNLP(model, ["sbd", "pos"]);
  const started = performance.now();
  let tokens = 0;
  for (const text of texts) tokens += nlp.readDoc(text).tokens().out(nlp.its.pos).length;
  if (tokens === 0) throw new Error("bench: the floor pass tagged nothing");
  return (performance.now() - started) / 1000;
}

async function readTexts(file) {
  const texts = [];
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (line) texts.push(JSON.parse(line).text);
  return texts;
}
