// What one slider step costs the page's main thread, by CPU time from a Chromium trace: the whole
// step (the input's task, and the frame it causes: style, layout, paint) and the part of it that
// is the browser's rendering. `compare.mjs` and bench.mjs time input → last DOM write, which
// leaves out the layout and paint that a reader waits for as well; CPU time from a trace also
// holds on a busy machine, where wall-clock figures swing.
//
//   node scripts/step-cpu.mjs [label=]DIR …  [--moves 120] [--rounds 3]
//
// Each DIR is a build served on 127.0.0.1 whose page shows a ranking with the test hooks
// (`data-pc-provider`, `data-pc-type`, `data-pc-weight`): the widget's dist/ or the vanilla-JS
// anchor's folder (with its data/providers.json). Measured on the shipped ISPs (slider
// `security`) and on bench.mjs's generated 1,000 × 40 dataset (slider `c7`), which replaces every
// `data/providers*.json` the page asks for. Rounds alternate between the DIRs. Prints the median
// of the rounds per DIR and, with two DIRs, the ratios first / second.
import { resolve } from 'node:path';
import { serve, launch } from '../tests/e2e/harness.mjs';
import { generated } from './bench.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : fallback; };
const MOVES = opt('--moves', 120);
const ROUNDS = opt('--rounds', 3);
const builds = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')).map((a) => {
  const [label, dir] = a.includes('=') ? a.split('=', 2) : [a, a];
  return { label, dir: resolve(dir) };
});
if (!builds.length) throw new Error('usage: node scripts/step-cpu.mjs [label=]DIR … [--moves N] [--rounds N]');
const RENDERING = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const body = JSON.stringify(generated(1000, 40));
const cases = [{ name: 'shipped, ISPs (`security`)', type: 'isp', criterion: 'security' }, { name: 'generated 1,000 × 40 (`c7`)', gen: true, criterion: 'c7' }];

async function measure(browser, url, c) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  if (c.gen) await page.route('**/data/providers*.json', (r) => r.fulfill({ body, contentType: 'application/json' }));
  await page.goto(url);
  await page.locator('[data-pc-provider]').first().waitFor();
  if (c.type) await page.locator(`[data-pc-type="${c.type}"]`).first().click();
  await page.locator(`[data-pc-weight="${c.criterion}"]`).first().waitFor();
  await page.waitForTimeout(500);
  // One step per frame, as a drag gives them: input, then wait for the next frame to be drawn.
  const run = (n) => page.evaluate(async ({ criterion, n }) => {
    const input = document.querySelector(`[data-pc-weight="${criterion}"]`);
    const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    for (let i = 0; i < n; i++) {
      input.value = String([10, 0, 7, 3, 9, 1][i % 6]);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
    }
  }, { criterion: c.criterion, n });
  await run(30); // warm-up
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await run(MOVES);
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  // The renderer's main thread: where the page's timers fire.
  const main = events.find((e) => e.name === 'TimerFire' || e.name === 'EventDispatch');
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.tdur !== undefined);
  // Outermost events only: paint events nest (one per layer inside the frame's), and a nested
  // one would be counted twice.
  const outermost = (list) => {
    const kept = [];
    for (const e of [...list].sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
      const last = kept[kept.length - 1];
      if (!last || e.ts >= last.ts + last.dur) kept.push(e);
    }
    return kept;
  };
  const cpu = (list) => outermost(list).reduce((t, e) => t + e.tdur / 1000, 0) / MOVES;
  return {
    total: cpu(on.filter((e) => e.name === 'RunTask')),
    rendering: cpu(on.filter((e) => RENDERING.includes(e.name))),
  };
}

const browser = await launch();
const results = new Map();
try {
  for (const b of builds) b.server = await serve(b.dir);
  for (let round = 0; round < ROUNDS; round++) {
    for (const b of round % 2 ? [...builds].reverse() : builds) {
      for (const c of cases) {
        const key = `${b.label}\t${c.name}`;
        if (!results.has(key)) results.set(key, []);
        results.get(key).push(await measure(browser, b.server.url, c));
      }
    }
  }
} finally {
  await browser.close();
  for (const b of builds) await b.server?.close();
}

const f = (x) => `${x.toFixed(2)} ms`;
const summary = (key) => {
  const runs = results.get(key);
  const total = median(runs.map((r) => r.total));
  const rendering = median(runs.map((r) => r.rendering));
  return { total, rendering, script: total - rendering };
};
console.log(`\nOne slider step, main-thread CPU from a trace (median of ${ROUNDS} rounds of ${MOVES} steps, one step per frame)`);
console.log('| build | dataset | whole step | of it: style, layout, paint | the rest (script, events) |');
console.log('|---|---|---:|---:|---:|');
for (const b of builds) for (const c of cases) {
  const s = summary(`${b.label}\t${c.name}`);
  console.log(`| ${b.label} | ${c.name} | ${f(s.total)} | ${f(s.rendering)} | ${f(s.script)} |`);
}
if (builds.length === 2) {
  const [a, z] = builds;
  for (const c of cases) {
    const x = summary(`${a.label}\t${c.name}`);
    const y = summary(`${z.label}\t${c.name}`);
    const r = (p, q) => `${(p / q).toFixed(1)}×`;
    console.log(`ratio ${a.label} / ${z.label}, ${c.name}: whole step ${r(x.total, y.total)}, rendering ${r(x.rendering, y.rendering)}, the rest ${r(x.script, y.script)}`);
  }
}
