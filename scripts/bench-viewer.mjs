#!/usr/bin/env node
// Measures the viewer in headless Chromium over a built graph: time to load and draw (from
// navigation to the first frame), and how long search, selection and filtering take to reach
// the screen. Not a test: it reports, it does not judge.
//
//   npm run bench:viewer -- [OUT_DIR] [--runs 3] [--full]
//
// OUT_DIR defaults to /tmp/viewer-bench-10k, the allsides-10k build:
//   node bin/actorgraph.js build /work/shared/corpus/allsides-10k.jsonl --out /tmp/viewer-bench-10k --quiet
// The viewer loads viewer-graph.json (the build's cut for the browser) when there is one; --full
// serves the build without it, so the whole graph.json is what loads.
import { existsSync, mkdtempSync, rmSync, statSync, symlinkSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("..", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const QUERIES = ["Trump", "Putin", "Zelensky", "Biden", "Ukraine", "nato", "Macron"];
const LOAD_TIMEOUT_MS = 300_000;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: "string", default: "3" }, full: { type: "boolean", default: false } },
});
const outDir = resolve(positionals[0] ?? "/tmp/viewer-bench-10k");
const runs = Number(values.runs);
for (const [path, fix] of [
  [join(outDir, "graph.json"), `build a graph first: node bin/actorgraph.js build … --out ${outDir}`],
  [join(root, "dist", "viewer", "index.html"), "build the viewer first: npm run build"],
  [CHROMIUM, "install Chromium (apt-get install chromium) or set CHROMIUM_PATH"],
]) {
  if (!existsSync(path)) {
    console.error(`bench-viewer: ${path} is missing; ${fix}`);
    process.exit(1);
  }
}

const { createServer } = await import(join(root, "dist", "src", "serve", "server.js"));
const served = values.full ? withoutViewerCut(outDir) : outDir;
const server = createServer({ outDir: served, viewerDir: join(root, "dist", "viewer") });
await new Promise((listening) => server.listen(0, "127.0.0.1", listening));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

try {
  const file = join(served, existsSync(join(served, "viewer-graph.json")) ? "viewer-graph.json" : "graph.json");
  console.log(`viewer benchmark: ${file} (${(statSync(file).size / 1e6).toFixed(1)} MB), ${runs} runs, Chromium headless (software WebGL)`);
  // Other work on the machine shows in every figure; the load average says how much there was.
  console.log(`  load average ${loadavg().map((load) => load.toFixed(1)).join(" ")}`);
  const results = [];
  for (let run = 0; run < runs; run++) results.push(await measure());
  console.log(`  ${results[0].status}`);
  report("load and draw (navigation to first frame)", results.map((r) => r.drawn));
  report("  of which fetch, validate and import", results.map((r) => r.loaded));
  report(`search suggestions (${QUERIES.length} queries, median of each run)`, results.map((r) => median(r.search)));
  report("select an actor (panel and highlight on screen)", results.map((r) => r.select));
  report("filter: hide statements", results.map((r) => r.hideStatements));
  report("filter: minimum importance", results.map((r) => r.importance));
  report("filter: date range", results.map((r) => r.dates));
} finally {
  await browser.close();
  server.close();
  if (served !== outDir) rmSync(served, { recursive: true, force: true });
}

async function measure() {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  await page.goto(url);
  await page.waitForSelector("body[data-state=ready], body[data-state=error]", { timeout: LOAD_TIMEOUT_MS });
  if ((await page.evaluate(() => document.body.dataset.state)) === "error") throw new Error(`the viewer failed: ${await page.locator("#error").textContent()}`);
  const mark = (name) => page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN, name);
  const result = { status: await page.locator("#status").textContent(), loaded: await mark("actorgraph:loaded"), drawn: await mark("actorgraph:drawn"), search: [] };

  // Each measure: from the event to two animation frames later, when its effect has been painted.
  const timed = (selector, act) =>
    page.evaluate(
      async ({ selector, act }) => {
        const element = document.querySelector(selector);
        const started = performance.now();
        if (act.type === "value") {
          element.value = act.value;
          element.dispatchEvent(new Event(act.event, { bubbles: true }));
        } else {
          element.dispatchEvent(new KeyboardEvent("keydown", { key: act.key, bubbles: true }));
        }
        await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
        return performance.now() - started;
      },
      { selector, act },
    );
  for (const query of QUERIES) result.search.push(await timed("#search-input", { type: "value", value: query, event: "input" }));
  result.select = await timed("#search-input", { type: "key", key: "Enter" });
  result.hideStatements = await page.evaluate(async () => {
    const box = document.querySelector("#filter-kind-statement");
    const started = performance.now();
    box.click();
    await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
    return performance.now() - started;
  });
  result.importance = await timed("#filter-importance", { type: "value", value: "30", event: "input" });
  result.dates = await timed("#filter-from-date", { type: "value", value: "2024-01-01", event: "change" });
  await page.close();
  return result;
}

/** A folder holding the build's outputs but viewer-graph.json, as links (graph.json can be hundreds of MB). */
function withoutViewerCut(dir) {
  const linked = mkdtempSync(join(tmpdir(), "actorgraph-bench-full-"));
  for (const name of ["graph.json", "documents.jsonl"]) {
    if (existsSync(join(dir, name))) symlinkSync(join(dir, name), join(linked, name));
  }
  return linked;
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function report(label, milliseconds) {
  const runs = milliseconds.map((ms) => `${Math.round(ms)}`).join(" / ");
  console.log(`  ${label.padEnd(58)} median ${String(Math.round(median(milliseconds))).padStart(6)} ms   (runs: ${runs})`);
}
