// The smoke flows (flows.mjs) in three engines: Chromium, Firefox ESR and WebKitGTK, all from
// Debian's packages, driven by exactly pinned npm packages (engines.mjs). Each engine must pass
// every step with no console error or page error, and show the same rankings as the others.
// Whether the page scrolls sideways at 375 and 1280 px is measured and printed, not asserted
// (tests/e2e/ asserts the layout in Chromium).
//
// `ENGINES=firefox,webkit node --test tests/engines/` runs a subset; the release build must be
// in dist/ (`trunk build --release`).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, serve } from '../e2e/harness.mjs';
import { ENGINES, FIREFOX, MINIBROWSER, PROBE, WEBKIT_DRIVER, WEBKIT_MIN_WIDTH, XVFB } from './engines.mjs';
import { FRAME_PAGE, sideways, smokeFlows } from './flows.mjs';

const wanted = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);
for (const e of wanted) if (!ENGINES[e]) throw new Error(`unknown engine "${e}" in ENGINES (chromium, firefox, webkit)`);

const NEEDS = {
  chromium: [process.env.CHROMIUM ?? '/usr/bin/chromium'],
  firefox: [FIREFOX],
  webkit: [WEBKIT_DRIVER, MINIBROWSER, XVFB],
};

// A view with more on screen: a detail open, the pair comparison and three providers side by side.
const BUSY = '#pc=1~t.email~d.gmail~c.gmail,proton-mail~x.gmail,outlook,proton-mail';
const WIDTHS = [375, 1280];

let server;
let data;
const results = {};

before(async () => {
  // index.html with the error probe first in its head; everything else as built.
  const index = (await readFile(join(DIST, 'index.html'), 'utf8')).replace(/<head>/i, `<head>${PROBE}`);
  server = await serve(DIST, {}, { '/': index, '/index.html': index, '/engines-frame.html': FRAME_PAGE });
  data = JSON.parse(await readFile(join(DIST, 'data/providers.core.json'), 'utf8'));
});

after(async () => {
  printSummary();
  await server?.close();
});

for (const key of wanted) {
  test(`${key}: load, type, slider, detail, language, method, side by side, CSV; no errors`, { timeout: 240000 }, async () => {
    for (const path of NEEDS[key]) {
      await access(path).catch(() => { throw new Error(`${path} is missing: run scripts/setup.sh --browser`); });
    }
    const start = performance.now();
    const engine = await ENGINES[key]();
    const result = { name: engine.name, version: engine.version, launchMs: engine.launchMs, overflow: [] };
    results[key] = result;
    try {
      const { steps, snapshots } = await smokeFlows(engine, server.url, data);
      result.steps = steps;
      result.snapshots = snapshots;
      for (const width of WIDTHS) {
        for (const [state, hash] of [['start', ''], ['busy', BUSY]]) {
          const frame = key === 'webkit' && width < WEBKIT_MIN_WIDTH;
          const m = await sideways(engine, server.url, { width, hash, frame });
          result.overflow.push({ width, state, frame, ...m });
        }
      }
    } finally {
      await engine.close();
      result.totalMs = Math.round(performance.now() - start);
    }
  });
}

test('every engine shows the same rankings at every step as Chromium', { skip: !wanted.includes('chromium') || wanted.length < 2 }, () => {
  const reference = results.chromium?.snapshots;
  assert.ok(reference, 'Chromium ran');
  for (const key of wanted.filter((k) => k !== 'chromium')) {
    const snapshots = results[key]?.snapshots;
    assert.ok(snapshots, `${key} ran`);
    for (const step of Object.keys(reference).filter((s) => s !== 'errorCapture')) {
      assert.deepEqual(snapshots[step], step === 'csv' ? { ...reference.csv, saved: snapshots.csv.saved } : reference[step], `${key}, ${step}`);
    }
  }
});

function printSummary() {
  const lines = ['', 'Browser engines (tests/engines/):'];
  for (const r of Object.values(results)) {
    lines.push(`  ${r.version}: launch ${r.launchMs} ms, total ${r.totalMs} ms`);
    if (r.steps) lines.push(`    steps: ${r.steps.map((s) => `${s.step} ${s.ms} ms`).join('; ')}`);
    if (r.snapshots) lines.push(`    errors seen by: ${r.snapshots.errorCapture}; the CSV file ${r.snapshots.csv.saved ? 'saved by the browser and read back' : 'read from the page (the driver does not show downloads)'}`);
    for (const o of r.overflow) {
      const verdict = o.overflow > 0 ? `SCROLLS SIDEWAYS by ${o.overflow} px` : 'no sideways scroll';
      const inner = o.inner.length ? `; inside, ${o.inner.map((i) => `"${i.label}" hides ${i.hidden} px`).join(', ')}` : '';
      lines.push(`    ${String(o.width).padStart(4)} px, ${o.state.padEnd(5)}: ${verdict} (scrollWidth ${o.scrollWidth}, clientWidth ${o.clientWidth}${o.frame ? ', in an iframe' : ''})${inner}`);
    }
  }
  console.log(lines.join('\n'));
}
