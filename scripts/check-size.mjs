// Fails when the release build in dist/ grows past the committed budget (size-budget.json):
// the wasm a first visit loads alone, everything a first visit loads (HTML, JS, CSS, that wasm,
// the dataset's core), and the parts split off the wasm that load when a reader opens a panel
// (scripts/split-wasm.mjs), all gzip -9.
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const budget = JSON.parse(await readFile(join(root, 'size-budget.json'), 'utf8'));
const gz = async (f) => gzipSync(await readFile(join(dist, f)), { level: 9 }).length;

// frame.js is for host pages; the widget's own page does not load it (it does load widget.js).
// The parts split off the wasm are not: a first visit does not open their panels.
const all = (await readdir(dist)).filter((f) => /\.(js|css|wasm|html)$/.test(f) && f !== 'frame.js');
const wasm = all.find((f) => f.endsWith('_bg.wasm'));
if (!wasm) throw new Error('no _bg.wasm in dist/: run `trunk build --release` first');
const parts = all.filter((f) => f.endsWith('.wasm') && f !== wasm);
const files = all.filter((f) => !parts.includes(f));
const wasmGzip = await gz(wasm);
let partsGzip = 0;
for (const f of parts) partsGzip += await gz(f);
// The page loads the dataset's core first; the complete file (the evidence) follows on demand.
let firstLoad = await gz('data/providers.core.json');
for (const f of files) firstLoad += await gz(f);

let ok = true;
for (const [name, value, limit] of [
  ['wasm', wasmGzip, budget.wasm_gzip],
  ['first load', firstLoad, budget.first_load_gzip],
  [`parts loaded on demand (${parts.length})`, partsGzip, budget.parts_gzip],
]) {
  const verdict = value <= limit ? 'ok' : 'OVER BUDGET';
  console.log(`${name}: ${value} bytes gzip (budget ${limit}, ${(100 * value / limit).toFixed(1)} %) ${verdict}`);
  ok &&= value <= limit;
}
process.exit(ok ? 0 : 1);
