// Where the time of one slider move goes: a sampling CPU profile (V8, 25 µs) of many slider moves,
// summed per function (self time) and per area, printed as a table. For finding what to speed up,
// not a benchmark: `scripts/bench.sh` gives the figures that count.
//
//   scripts/profile-slider.sh              builds a profiling copy (names kept) and runs this
//   node scripts/profile-slider.mjs DIR [--generated] [--moves N] [--top N]
//
// DIR is a build of the widget whose wasm keeps its name section (no wasm-opt), so that the wasm
// functions show by name. `--generated` profiles the 1,000 × 40 dataset of bench.mjs instead of
// the shipped one.
import { resolve } from 'node:path';
import { serve, launch, widgetReady } from '../tests/e2e/harness.mjs';
import { generated } from './bench.mjs';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'dist');
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : fallback; };
const MOVES = opt('--moves', 400);
const TOP = opt('--top', 40);
const GENERATED = args.includes('--generated');

// Rough areas, by the (demangled) function name: which code a sample's own time belongs to.
const AREAS = [
  ['scoring, ranking, sensitivity (core)', /provider_compare::(scoring|ranking|sensitivity|weights|json|decision)/],
  ['our UI code (components, hooks, state)', /provider_compare::/],
  ['Yew (diff, scheduler, VDOM)', /\byew\b|implicit_clone|yew_/],
  ['wasm-bindgen / web-sys glue (wasm side)', /wasm_bindgen|web_sys|js_sys|__wbg|__wbindgen/],
  ['allocator, memcpy, fmt, std', /dlmalloc|alloc::|core::|std::|memcpy|memmove|memset|__rust/],
];

const server = await serve(dir);
const browser = await launch();
const page = await browser.newPage();
if (GENERATED) {
  // The generated set in place of the widget's dataset, as bench.mjs does.
  const body = JSON.stringify(generated(1000, 40));
  await page.route('**/data/providers.core.json', (r) => r.fulfill({ body, contentType: 'application/json' }));
}
await page.goto(server.url);
const root = page.locator('[data-provider-compare]').first();
await widgetReady(root);
if (!GENERATED) await page.locator('[data-pc-type="isp"]').first().click();
const criterion = GENERATED ? 'c7' : 'security';
await page.locator(`[data-pc-weight="${criterion}"]`).first().waitFor();

const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 25 });
const run = (n) => page.evaluate(async ({ criterion, n }) => {
  const input = document.querySelector(`[data-pc-weight="${criterion}"]`);
  const tick = () => new Promise((ok) => setTimeout(ok, 0));
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    input.value = String([10, 0, 7, 3, 9, 1][i % 6]);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await tick(); await tick();
  }
  return performance.now() - t0;
}, { criterion, n });
await run(30); // warm-up: compile tiers, caches
await cdp.send('Profiler.start');
const wall = await run(MOVES);
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
await server.close();

// Self time per node from the samples, then per function name.
const dt = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const d = profile.timeDeltas[i + 1] ?? 0;
  dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + d);
}
const byName = new Map();
const inclusive = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n) => n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'native'})`;
// Inclusive time: each sample counts once for every distinct function on its stack.
for (const [id, d] of dt) {
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) seen.add(label(byId.get(at)));
  for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + d / 1000);
}
let total = 0;
for (const node of profile.nodes) {
  const self = (dt.get(node.id) ?? 0) / 1000; // µs → ms
  const name = label(node);
  if (name === '(idle)') continue;
  total += self;
  byName.set(name, (byName.get(name) ?? 0) + self);
}
const perMove = (x) => (x / MOVES).toFixed(3);
console.log(`${GENERATED ? 'generated 1,000 × 40, c7' : 'shipped, isp, security'}: ${MOVES} moves, ${(wall / MOVES).toFixed(2)} ms wall per move (2 ticks each), ${perMove(total)} ms sampled CPU per move (idle left out)\n`);
const areas = new Map();
for (const [name, t] of byName) {
  const area = AREAS.find(([, re]) => re.test(name))?.[0] ?? (/^\(/.test(name) ? name : 'JavaScript (glue, page, browser)');
  areas.set(area, (areas.get(area) ?? 0) + t);
}
console.log('| area | ms per move | share |\n|---|---:|---:|');
for (const [a, t] of [...areas].sort((x, y) => y[1] - x[1])) console.log(`| ${a} | ${perMove(t)} | ${((100 * t) / total).toFixed(1)} % |`);
console.log(`\n| function (self time) | ms per move | share |\n|---|---:|---:|`);
for (const [n, t] of [...byName].sort((x, y) => y[1] - x[1]).slice(0, TOP)) {
  console.log(`| ${n.length > 110 ? n.slice(0, 107) + '…' : n} | ${perMove(t)} | ${((100 * t) / total).toFixed(1)} % |`);
}
console.log(`\n| function (inclusive, our code and Yew's) | ms per move | share |\n|---|---:|---:|`);
for (const [n, t] of [...inclusive].filter(([n]) => /provider_compare|yew::/.test(n)).sort((x, y) => y[1] - x[1]).slice(0, TOP)) {
  console.log(`| ${n.length > 110 ? n.slice(0, 107) + '…' : n} | ${perMove(t)} | ${((100 * t) / total).toFixed(1)} % |`);
}
