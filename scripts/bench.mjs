// Benchmark of the release build in dist/ (run `scripts/bench.sh`, which builds it first).
// Prints numbers; it never fails on a slow machine. Measures:
//  1. first-load transfer: every file the page loads, raw / gzip -9 / brotli, and the totals;
//  2. navigation → ranking shown, in headless Chromium (median of several cold loads),
//     without throttling and with the CPU slowed 4× (a mid-range phone);
//  3. slider input event → ranking updated in the DOM (median, 95th percentile over many moves),
//     for the shipped dataset and for a generated one of 1,000 providers × 40 criteria;
//  4. the longest main-thread task after a released slider, on the same two;
//  5. the worst-case files at the format's limits and the largest valid datasets.
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { serve, launch, widgetReady, ranking, DIST } from '../tests/e2e/harness.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 9);
const MOVES = Number(process.env.BENCH_MOVES ?? 200);
// BENCH_ONLY=slider: only the slider figures on the shipped and the 1,000 × 40 dataset (a quick
// check between two changes; the full run takes about ten minutes).
const ONLY_SLIDER = process.env.BENCH_ONLY === 'slider';

const kb = (n) => (n / 1000).toFixed(1);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const ms = (x) => `${x.toFixed(2)} ms`;

// 1. Transfer sizes of what the page loads first.
async function transfer() {
  // frame.js is for host pages; the widget's own page does not load it (it does load widget.js).
  // The wasm's parts loaded on demand (README, "Loading in two parts") are listed apart.
  const all = (await readdir(DIST)).filter((f) => /\.(js|css|wasm)$/.test(f) && f !== 'frame.js');
  const parts = all.filter((f) => f.endsWith('.wasm') && !f.endsWith('_bg.wasm'));
  const files = ['index.html', ...all.filter((f) => !parts.includes(f)), 'data/providers.core.json'];
  const rows = [];
  for (const f of [...files, ...parts]) {
    const body = await readFile(join(DIST, f));
    rows.push({
      file: f.replace(/-[0-9a-f]{12,16}/, '-…'),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const first = rows.slice(0, files.length);
  const total = first.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log('\nFirst-load transfer (KB = 1000 bytes)');
  console.log('| file | raw | gzip -9 | brotli |');
  console.log('|---|---:|---:|---:|');
  for (const r of first) console.log(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  console.log(`| **total** | **${kb(total.raw)}** | **${kb(total.gzip)}** | **${kb(total.brotli)}** |`);
  for (const r of rows.slice(files.length)) console.log(`| ${r.file} (loaded on demand, not in the total) | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  return total;
}

// A dataset of `providers` providers of one type × `criteria` criteria, deterministic. `lean`
// leaves out justifications and sources, so that the largest counts the format allows fit into
// its size limit (what is measured then is the widget's work per provider and criterion).
// `unknown` is the share of ratings left unknown (short in the file, so that the largest counts
// fit into the size limit at all).
export function generated(providers = 1000, criteria = 40, { lean = false, unknown = 0.15 } = {}) {
  let seed = 42;
  const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const groups = Array.from({ length: 5 }, (_, g) => ({ id: `g${g}`, name: { de: `Gruppe ${g}`, en: `Group ${g}` } }));
  const crit = Array.from({ length: criteria }, (_, c) => ({
    id: `c${c}`, group: `g${c % 5}`, name: { de: `Kriterium ${c}`, en: `Criterion ${c}` },
    description: { de: 'Beschreibung', en: 'Description' }, applies_to: ['all'], default_weight: 1 + (c % 10),
  }));
  const list = Array.from({ length: providers }, (_, p) => ({
    id: `p${p}`, name: `Anbieter ${String(p).padStart(4, '0')}`, type: 'all', website: `https://p${p}.example/`,
    ratings: Object.fromEntries(crit.map((c) => [c.id, rand() < unknown
      ? { score: 'unknown' }
      : lean
        ? { score: Math.floor(rand() * 6), why: '-', sources: [{ url: 'https://x.example/', title: '-', date: '2026' }] }
        : { score: Math.floor(rand() * 6), why: { de: 'Begründung', en: 'Reason' }, sources: [{ url: `https://p${p}.example/${c.id}`, title: 'Quelle', date: '2026-01' }] }])),
  }));
  return {
    format_version: 1, title: { de: 'Generiert', en: 'Generated' }, checked: '2026-11-27', languages: ['de', 'en'],
    groups, types: [{ id: 'all', name: { de: 'Alle', en: 'All' } }], criteria: crit, providers: list,
  };
}

// 2. Navigation start → first ranking entry in the DOM, per cold load. Like every reader of the
// widget here, it finds the ranking and the sliders by their test hooks (README, "Test hooks").
async function timeToRanking(browser, url, cpuSlowdown) {
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('[data-pc-provider]')) {
          window.__rankingShownAt = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    try {
      await page.goto(url);
      await page.waitForFunction(() => window.__rankingShownAt !== undefined, null, { timeout: 60000 });
      times.push(await page.evaluate(() => window.__rankingShownAt));
    } catch (e) {
      console.error(`load ${i + 1} (CPU ${cpuSlowdown}×) failed and is left out: ${e.message.split('\n')[0]}`);
    }
    await context.close();
  }
  return times;
}

// 3. Slider input → DOM settled. Yew renders in a microtask and may continue in later tasks for
// long renders, so the end is the last DOM mutation before the page goes quiet.
// With `release`, a `change` event follows the input, as when a drag ends or a key is released:
// that is when the sensitivity analysis, the pair verdict and the announcement are redone.
async function inputToUpdate(page, criterion, moves, release = false) {
  return page.evaluate(async ({ criterion, moves, release }) => {
    const root = document.querySelector('.pc-widget');
    const input = document.querySelector(`[data-pc-weight="${criterion}"]`);
    let last = 0;
    let mutated = false;
    new MutationObserver(() => { last = performance.now(); mutated = true; })
      .observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    const tick = () => new Promise((ok) => setTimeout(ok, 0));
    const times = [];
    for (let i = 0; i < moves; i++) {
      const value = String([10, 0, 7, 3, 9, 1][i % 6]);
      await tick();
      mutated = false;
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      if (release) input.dispatchEvent(new Event('change', { bubbles: true }));
      // Wait until two ticks pass without a mutation.
      let quiet = 0;
      while (quiet < 2) {
        const before = mutated;
        mutated = false;
        await tick();
        quiet = before || mutated ? 0 : quiet + 1;
      }
      times.push(last - t0);
    }
    return times;
  }, { criterion, moves, release });
}

// 4. The longest main-thread task after a released slider (`input` then `change`, as when a drag
// or a key ends: the sensitivity analysis, the pair verdict and the address bar are redone).
// Two ways, on separate releases:
//  - in the page, from the dispatch, the time to each following task boundary (a MessageChannel
//    message, which browsers run as soon as the thread is free and never throttle) for 800 ms:
//    the longest gap is the longest a reader's next input would have waited (the first includes
//    the ranking's own update). Wall-clock time: on a shared machine, time the process was not
//    running at all counts too;
//  - from a Chromium trace of such a window (the page only waiting), the longest task of the page's main thread, by
//    wall-clock time and by the thread's CPU time (`tdur`), which a busy machine does not inflate.
async function releasedTasks(page, criterion, moves) {
  const value = (i) => String([10, 0, 7, 3, 9, 1][i % 6]);
  const release = (i) => page.evaluate(async ({ criterion, value }) => {
    const input = document.querySelector(`[data-pc-weight="${criterion}"]`);
    const channel = new MessageChannel();
    let wake = () => {};
    channel.port1.onmessage = () => wake();
    const boundary = () => new Promise((ok) => { wake = ok; channel.port2.postMessage(0); });
    await new Promise((ok) => setTimeout(ok, 300));
    const t0 = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    let last = t0;
    let gap = 0;
    while (last - t0 < 800) {
      await boundary();
      const now = performance.now();
      gap = Math.max(gap, now - last);
      last = now;
    }
    return gap;
  }, { criterion, value: value(i) });
  const out = [];
  for (let i = 0; i < moves; i++) out.push({ longest: await release(i) });
  // Traced: the page only waits (a task boundary every few milliseconds would be traced too).
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < moves; i++) {
    const events = [];
    const collect = (e) => events.push(...e.value);
    cdp.on('Tracing.dataCollected', collect);
    await cdp.send('Tracing.start', { categories: 'toplevel,disabled-by-default-devtools.timeline,__metadata', transferMode: 'ReportEvents' });
    await page.evaluate(async ({ criterion, value }) => {
      await new Promise((ok) => setTimeout(ok, 300));
      const input = document.querySelector(`[data-pc-weight="${criterion}"]`);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((ok) => setTimeout(ok, 800));
    }, { criterion, value: value(i + 1) });
    const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
    // The page's main thread: of the threads named CrRendererMain, the one that ran the most tasks.
    const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
    const counts = new Map();
    for (const t of tasks) counts.set(`${t.pid}:${t.tid}`, (counts.get(`${t.pid}:${t.tid}`) ?? 0) + 1);
    const main = [...counts].sort((x, y) => y[1] - x[1])[0]?.[0];
    const mine = tasks.filter((t) => `${t.pid}:${t.tid}` === main);
    Object.assign(out[i], {
      wall: Math.max(0, ...mine.map((t) => t.dur / 1000)),
      cpu: Math.max(0, ...mine.map((t) => (t.tdur ?? 0) / 1000)),
    });
  }
  await cdp.detach();
  return out;
}

// 5. Worst-case files at the format's limits (written by `cargo run --release --example
// worst_case -- --write`, which scripts/bench.sh runs first), each loaded by the widget: the time
// its reader and validator take (the `pc:parse` User Timing measure), the time until the page
// shows the ranking or the message, the wasm memory afterwards (linear memory never shrinks, so
// this is the peak it kept), and the time `check-dataset` (release) takes for the same file.
// The largest valid datasets are measured the same way.
async function worstCases(browser, server) {
  const dir = new URL('../target/worst-case/', import.meta.url);
  let files = [];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch {
    console.log('\n(no worst-case files: run `cargo run --release --example worst_case -- --write`)');
  }
  const inputs = [
    ...files.map((f) => ({ name: f.replace(/\.json$/, ''), load: () => readFile(new URL(f, dir)), file: new URL(f, dir) })),
    { name: 'largest valid: 1,100 × 500', load: async () => Buffer.from(JSON.stringify(generated(1100, 500, { lean: true, unknown: 0.97 }))) },
    { name: 'largest valid: 10,000 × 40', load: async () => Buffer.from(JSON.stringify(generated(10000, 40, { lean: true, unknown: 0.85 }))) },
  ];
  const checker = new URL('../target/release/check-dataset', import.meta.url);
  console.log('\nWorst cases at the limits, in the widget (read + check = the `pc:parse` measure)');
  console.log('| input | MB | read + check | until shown | outcome | wasm memory after | check-dataset (release) |');
  console.log('|---|---:|---:|---:|---|---:|---:|');
  for (const input of inputs) {
    const body = await input.load();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
    await page.route('**/data/providers.core.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    const t0 = Date.now();
    await page.goto(server.url);
    let outcome = 'shown';
    try {
      await page.locator('[data-pc-provider], .pc-error').first().waitFor({ state: 'attached', timeout: 300000 });
      outcome = (await page.locator('.pc-error').count()) ? 'refused' : 'shown';
    } catch {
      outcome = 'timed out';
    }
    const shownMs = Date.now() - t0;
    const { parse, memory } = await page.evaluate(() => ({
      parse: performance.getEntriesByName('pc:parse').at(-1)?.duration ?? NaN,
      memory: window.__wasm?.memory?.buffer?.byteLength ?? NaN,
    }));
    let check = '–';
    if (input.file) {
      const c0 = process.hrtime.bigint();
      spawnSync(checker.pathname, [input.file.pathname], { stdio: 'ignore' });
      check = ms(Number(process.hrtime.bigint() - c0) / 1e6);
    }
    console.log(`| ${input.name} | ${(body.length / 1e6).toFixed(1)} | ${ms(parse)} | ${ms(shownMs)} | ${outcome} | ${(memory / 1e6).toFixed(0)} MB | ${check} |`);
    await context.close();
  }
}

async function main() {
  const total = ONLY_SLIDER ? null : await transfer();
  const server = await serve();
  const browser = await launch();
  try {
    if (!ONLY_SLIDER) {
      console.log('\nNavigation → ranking shown (shipped dataset, localhost, cache off)');
      console.log('| CPU | median | min | max | loads |');
      console.log('|---|---:|---:|---:|---:|');
    }
    for (const slowdown of ONLY_SLIDER ? [] : [1, 4]) {
      const t = await timeToRanking(browser, server.url, slowdown);
      console.log(`| ${slowdown === 1 ? 'unthrottled' : `${slowdown}× slower`} | ${ms(median(t))} | ${ms(Math.min(...t))} | ${ms(Math.max(...t))} | ${t.length} |`);
    }

    console.log(`\nSlider input → ranking updated in the DOM (${MOVES} moves); "released" adds the change event after which the sensitivity analysis and pair verdict are redone`);
    console.log('| dataset | rows | input: median | p95 | max | released: median | p95 |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    const big = generated();
    // The largest datasets the format allows (they fit into its 16 MB only with most ratings
    // unknown): fewer moves, they are slow to load.
    const widest = generated(1100, 500, { lean: true, unknown: 0.97 });
    const longest = generated(10000, 40, { lean: true, unknown: 0.85 });
    // `tasks`: how many releases to watch for the longest task afterwards.
    const tasks = [];
    const cases = [
      { name: 'shipped (ISPs)', dataset: null, criterion: 'security', tasks: 12 },
      { name: 'generated 1,000 × 40 (first 50 rows, the default)', dataset: big, criterion: 'c7', tasks: 12 },
      { name: 'generated 1,000 × 40, all rows shown', dataset: big, criterion: 'c7', showAll: true },
      { name: 'largest: 1,100 × 500 (first 50 rows)', dataset: widest, criterion: 'c7', moves: 20 },
      { name: 'largest: 10,000 × 40, all rows shown', dataset: longest, criterion: 'c7', showAll: true, moves: 20 },
    ];
    for (const c of ONLY_SLIDER ? cases.slice(0, 2) : cases) {
      const context = await browser.newContext();
      const page = await context.newPage();
      if (c.dataset) {
        const body = JSON.stringify(c.dataset);
        await page.route('**/data/providers.core.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
      }
      await page.goto(server.url);
      await widgetReady(page, { timeout: 300000 });
      if (c.showAll) await page.locator('.pc-more button').click();
      const rows = (await ranking(page)).length;
      const moves = Math.min(MOVES, c.moves ?? MOVES);
      await inputToUpdate(page, c.criterion, Math.min(10, moves)); // warm-up
      const t = await inputToUpdate(page, c.criterion, moves);
      const r = await inputToUpdate(page, c.criterion, moves, true);
      console.log(`| ${c.name} | ${rows} | ${ms(median(t))} | ${ms(pct(t, 95))} | ${ms(Math.max(...t))} | ${ms(median(r))} | ${ms(pct(r, 95))} |`);
      if (c.tasks) tasks.push({ name: c.name, runs: await releasedTasks(page, c.criterion, c.tasks) });
      await context.close();
    }
    console.log('\nLongest main-thread task after a released slider (input + change; 800 ms watched per release)');
    console.log('| dataset | releases | longest wait for a task boundary: median | max | longest traced task, wall: median | max | longest traced task, CPU: median | max |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const { name, runs } of tasks) {
      const col = (k) => runs.map((r) => r[k]);
      console.log(`| ${name} | ${runs.length} | ${['longest', 'wall', 'cpu'].map((k) => `${ms(median(col(k)))} | ${ms(Math.max(...col(k)))}`).join(' | ')} |`);
    }
    if (!ONLY_SLIDER) await worstCases(browser, server);
  } finally {
    await browser.close();
    await server.close();
  }
  if (total) console.log(`\nTargets: first load ≤ 150 KB gzip (now ${kb(total.gzip)} KB); input → update median < 4 ms (shipped), < 16 ms (1,000 × 40).`);
}

// Run only when executed, so other scripts can import the generator.
if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
