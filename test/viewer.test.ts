// The viewer in headless Chromium (Debian's, through playwright-core), served by `actorgraph
// serve`'s server over builds made with the CLI from its sources: the seed corpus, a corpus whose
// quote and title carry markup, and a corrupted graph.json. The viewer is built from source into
// a temporary folder first, so the tests run the code in viewer/ and src/, whatever dist/ holds.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { chromium, type Browser, type Page } from "playwright-core";
import { build as buildViewer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../src/build/package-root.js";
import { createServer } from "../src/serve/server.js";
import { CLI } from "./seed-graph.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** A browser and a build per test: generous, for a busy machine. */
const BROWSER_TEST_MS = 90_000;
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
/** Where the seed screenshot goes: a temporary folder, or VIEWER_SCREENSHOT_DIR (docs/ for the README's). */
const SCREENSHOT_DIR = process.env.VIEWER_SCREENSHOT_DIR;

const run = promisify(execFile);
const root = packageRoot();
const work = mkdtempSync(join(tmpdir(), "actorgraph-viewer-"));
const viewerDir = join(work, "viewer");
let browser: Browser;
const servers: { close(): void }[] = [];

/** Builds a corpus folder into an output folder with the CLI, as a user would; in one thread, as the corpora are tiny. */
async function build(input: string, outDir: string): Promise<string> {
  await run(process.execPath, [...CLI, "build", input, "--out", outDir, "--quiet", "--workers", "0"]);
  return outDir;
}

let seed: Promise<string> | undefined;
function seedBuild(): Promise<string> {
  seed ??= build(join(root, "data", "corpus"), join(work, "seed"));
  return seed;
}

/** Serves a build on a free port and opens the viewer on it, waiting until it is drawn or has failed. */
async function open(outDir: string): Promise<Page> {
  const server = createServer({ outDir, viewerDir });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  servers.push(server);
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  // A server listening on a TCP port has an AddressInfo for its address.
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.waitForSelector("body[data-state=ready], body[data-state=error]");
  return page;
}

async function choose(page: Page, query: string, label: string): Promise<void> {
  await page.locator("#search-input").fill(query);
  await page.locator(".suggestion", { hasText: label }).first().dispatchEvent("mousedown");
  await page.locator(".panel h2", { hasText: label }).waitFor();
}

function saidAbout(page: Page, words: string) {
  return page.locator(".panel-section", { has: page.locator("h3", { hasText: "Said about them" }) }).locator(".statement", { hasText: words });
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The viewer tests need Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  await buildViewer({ configFile: join(root, "viewer", "vite.config.ts"), logLevel: "silent", build: { outDir: viewerDir } });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, BROWSER_TEST_MS);

afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.close();
  rmSync(work, { recursive: true, force: true });
});

describe("viewer on the seed build", { timeout: BROWSER_TEST_MS }, () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(await seedBuild());
  }, BROWSER_TEST_MS);

  it("finds Putin and lists Trump's statements about him, with the source sentence marked", async () => {
    await choose(page, "Putin", "Vladimir Putin");
    const trust = saidAbout(page, "I trust him on this subject");
    await expect(trust.locator("time").textContent()).resolves.toBe("2025-02-13");
    await expect(trust.locator(".statement-head").textContent()).resolves.toContain("Donald Trump");

    await trust.locator(".words").click();
    await page.locator("#source mark.sentence").first().waitFor();
    const sentence = await page.locator("#source mark.sentence").allTextContents();
    expect(sentence.join("")).toContain("I trust him on this subject");
    await expect(page.locator("#source mark.words").first().textContent()).resolves.toContain("I trust him");
    await page.locator("#source .close").click();
  });

  it("hides statements before the date range and keeps the later ones", async () => {
    await page.locator("#filter-from-date").fill("2025-05-01");
    await expect.poll(() => saidAbout(page, "I trust him on this subject").count()).toBe(0);
    await expect(saidAbout(page, "He has gone absolutely CRAZY!").count()).resolves.toBe(1);
    expect(new URL(page.url()).searchParams.get("from")).toBe("2025-05-01");
    await page.locator(".reset").click();
    await expect.poll(() => saidAbout(page, "I trust him on this subject").count()).toBe(1);
  });

  it("shows the turn in Trump's stance on Putin on the pair's timeline, and writes a screenshot", async () => {
    await page.locator(".pair-button", { hasText: "Donald Trump" }).click();
    const timeline = page.locator(".panel-section", { has: page.locator("h3", { hasText: "Donald Trump about Vladimir Putin" }) }).locator("svg.timeline");
    const dot = async (words: string) => {
      const circle = timeline.locator("circle", { has: page.locator(`title:text-matches("${words}")`) });
      return { stance: await circle.getAttribute("class"), x: Number(await circle.getAttribute("cx")), y: Number(await circle.getAttribute("cy")) };
    };
    const trust = await dot("I trust him on this subject");
    const crazy = await dot("He has gone absolutely CRAZY!");
    expect(trust.stance).toContain("stance-positive");
    expect(crazy.stance).toContain("stance-negative");
    // Later and lower: the turn from praise to attack reads left to right, top to bottom.
    expect(crazy.x).toBeGreaterThan(trust.x);
    expect(crazy.y).toBeGreaterThan(trust.y);
    expect(new URL(page.url()).searchParams.get("pair")).toBe("person:donald-trump");

    await timeline.scrollIntoViewIfNeeded();
    const directory = SCREENSHOT_DIR ?? work;
    mkdirSync(directory, { recursive: true });
    const file = join(directory, "viewer.png");
    await page.screenshot({ path: file });
    expect(statSync(file).size).toBeGreaterThan(10_000);
  });

  it("opens the same view from its URL", async () => {
    const shared = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    await shared.goto(page.url());
    await shared.waitForSelector("body[data-state=ready]");
    await expect(shared.locator(".panel h3", { hasText: "Donald Trump about Vladimir Putin" }).count()).resolves.toBe(1);
    await shared.close();
  });
});

describe("viewer safety", { timeout: BROWSER_TEST_MS }, () => {
  it("renders markup in a document's title and quotes as inert text", async () => {
    const corpus = join(work, "markup-corpus");
    mkdirSync(corpus, { recursive: true });
    writeFileSync(
      join(corpus, "markup.txt"),
      [
        `Putin warns <script>window.__pwned = "title"</script> in a speech`,
        ``,
        `MOSCOW, March 3, 2025 - Russian President Vladimir Putin said on Monday that he did not trust the West.`,
        ``,
        `"The <script>window.__pwned = 1</script> and <img src=x onerror='window.__pwned = 2'> tags are harmless here," Putin said about Donald Trump.`,
        ``,
      ].join("\n"),
    );
    const page = await open(await build(corpus, join(work, "markup")));
    await choose(page, "Putin", "Vladimir Putin");
    const quote = page.locator(".statement", { hasText: "tags are harmless here" });
    await expect(quote.locator(".words").textContent()).resolves.toContain("<img src=x onerror='window.__pwned = 2'>");
    await expect(quote.locator(".source-line").textContent()).resolves.toContain("<script>");
    await quote.locator(".words").click();
    await page.locator("#source mark.words").first().waitFor();
    await expect(page.locator("#source h2").textContent()).resolves.toContain("<script>");

    await expect(page.locator("#panel img, #panel script, #source img, #source script").count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).resolves.toBeUndefined();
  });

  it.each([
    ["a node of an unknown kind", (json: string) => json.replace(`"kind":"person"`, `"kind":"alien"`), /graph\.json[\s\S]*kind/],
    ["a file cut short", (json: string) => json.slice(0, json.length / 2), /graph\.json: not JSON/],
  ])("shows the validation error for a corrupted graph.json (%s)", async (_case, corrupt, message) => {
    const broken = join(work, `broken-${servers.length}`);
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, "graph.json"), corrupt(readFileSync(join(await seedBuild(), "graph.json"), "utf8")));
    const page = await open(broken);
    await expect(page.evaluate(() => document.body.dataset.state)).resolves.toBe("error");
    await expect(page.locator("#error").isVisible()).resolves.toBe(true);
    expect(await page.locator("#error").textContent()).toMatch(message);
  });
});
