// How long the main thread is busy reading the evidence of the shipped core: the part of the type
// on show (data/evidence/<type>.json) against the complete file (data/providers.json, which a core
// without `evidence_parts` loads), in headless Chromium at CPU 1× (no throttling).
//
//   node scripts/evidence-timing.mjs [DIST] [RUNS]
//
// For each type and for the complete file, RUNS fresh pages (default 5): the widget loads, the
// pointer goes onto the first provider's name (the intent that fetches the evidence), and the
// script waits until the evidence is in. It reports the median and the range of
//  - the User Timing measure `pc:evidence` (reading and checking the file: the widget's own
//    measure; a build from before the parts has only `pc:parse`, whose second entry is this), and
//  - the longest task from the pointer on, where the Long Tasks API saw one (it reports only
//    tasks of 50 ms or more): reading the file, merging it and drawing what changed; how many
//    runs had one.
// DIST defaults to dist/ (build it with `trunk build --release`).
import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, widgetReady } from '../tests/e2e/harness.mjs';

const dist = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'dist'));
const runs = Number(process.argv[3] ?? 5);
const core = JSON.parse(await readFile(join(dist, 'data/providers.core.json'), 'utf8'));
const types = Object.keys(core.evidence_parts ?? {});

const server = await serve(dist);
const browser = await launch();

async function once(type, withParts) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  if (!withParts) {
    const plain = { ...core };
    delete plain.evidence_parts;
    await page.route('**/data/providers.core.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(plain) }));
  }
  await page.goto(`${server.url}#pc=1~t.${type}~l.de`);
  await widgetReady(page);
  // Let the staged first render finish, so that its tasks are not counted.
  await page.locator('.pc-widget').evaluate((el) => new Promise((ok) => setTimeout(ok, 500)));
  const from = await page.evaluate(() => performance.now());
  await page.hover('[data-pc-provider] .pc-name');
  await page.locator('.pc-widget[data-pc-evidence="complete"]').waitFor({ timeout: 30000 });
  await page.waitForTimeout(300);
  const result = await page.evaluate((from) => {
    const measure = (name) => performance.getEntriesByName(name).filter((e) => e.startTime >= from).map((e) => e.duration);
    const evidence = [...measure('pc:evidence'), ...measure('pc:parse')];
    const tasks = window.__longTasks.filter((t) => t.start >= from).map((t) => t.duration);
    return { read: evidence[0] ?? null, longest: tasks.length ? Math.max(...tasks) : 0 };
  }, from);
  await context.close();
  return result;
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return `${median.toFixed(0)} ms (${s[0].toFixed(0)}–${s[s.length - 1].toFixed(0)})`;
};

const cases = [...types.map((t) => [`part ${t}`, t, true]), ['complete file (core without parts)', types[0] ?? 'isp', false]];
console.log(`${dist}, ${runs} runs each, CPU 1×`);
console.log(`${'file read'.padEnd(38)}${'pc:evidence (read and check)'.padEnd(32)}long tasks (≥ 50 ms) from the intent on`);
for (const [label, type, withParts] of cases) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once(type, withParts));
  const reads = results.map((r) => r.read).filter((r) => r !== null);
  const long = results.map((r) => r.longest).filter((d) => d > 0);
  const tasks = long.length ? `in ${long.length} of ${runs} runs: ${stats(long)}` : `none in ${runs} runs`;
  console.log(`${label.padEnd(38)}${(reads.length ? stats(reads) : '–').padEnd(32)}${tasks}`);
}
await browser.close();
await server.close();
