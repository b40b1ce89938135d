// The smoke flows, written once for every engine (engines.mjs): load, pick a type, move a slider,
// open a detail, switch the language, pick a weighting method, side by side, CSV download.
//
// They read and drive the widget through its test hooks (README, "Test hooks": data-pc-provider,
// -rank, -total, -weight, -group-weight, -type, -method, -evidence) and, where no hook exists,
// through what a reader or a screen reader meets: a button's `aria-expanded`/`aria-controls`, the
// checkbox in a ranking entry, the language buttons' `lang`, a button's visible text, a table's
// column headers, a `figure` named by its caption. No class names, so a new layout does not break them.
// Expected values come from the shipped dataset (dist/data/providers.core.json), not from
// another engine; the test file also compares the engines with each other.
import assert from 'node:assert/strict';

/** Polls `fn` in the page until it returns something truthy; fails with the last value. */
export async function waitFor(page, fn, arg, { timeout = 20000, what = String(fn) } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await page.eval(fn, arg);
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

// ---- functions that run in the page (self-contained: they are sent to the browser as text) ----

/** The ranking as shown: `[{ id, rank, total }]`, rendered entries only (as harness.mjs reads it). */
const readRanking = () => [...document.querySelectorAll('[data-pc-provider]')]
  .filter((e) => e.getClientRects().length > 0)
  .map((e) => ({ id: e.dataset.pcProvider, rank: e.dataset.pcRank ? Number(e.dataset.pcRank) : null, total: e.dataset.pcTotal || null }));

const widgetReady = () => document.querySelector('[data-pc-provider]') !== null && document.querySelector('[data-pc-weight]') !== null;

/** Every weight input's value: `{ criteria: { id: n }, groups: { id: n } }`. */
const readWeights = () => {
  const read = (sel, key) => Object.fromEntries([...document.querySelectorAll(sel)].map((e) => [e.dataset[key], Number(e.value)]));
  return { criteria: read('[data-pc-weight]', 'pcWeight'), groups: read('[data-pc-group-weight]', 'pcGroupWeight') };
};

/** Sets every criterion weight to `value` as a released slider would (input, then change). */
const setAllWeights = (value) => {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  for (const el of document.querySelectorAll('[data-pc-weight]')) {
    setter.call(el, String(value));
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }
};

/** Wraps URL.createObjectURL and anchor clicks to record what the page offers for download. */
const recordDownloads = () => {
  const blobs = new Map();
  window.__pcDownloads = [];
  const create = URL.createObjectURL;
  URL.createObjectURL = (obj) => { const url = create.call(URL, obj); blobs.set(url, obj); return url; };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const blob = blobs.get(this.href);
    // (Blob.text() would drop a byte order mark: decode it keeping one.)
    if (this.download && blob) blob.arrayBuffer().then((b) => window.__pcDownloads.push({ name: this.download, type: blob.type, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(b) }));
    return click.call(this);
  };
};

// ---- expectations from the dataset ----

/**
 * The totals the widget must show when `criterion` is the only weighted duty: the score on the
 * 0–100 scale (score × 20), capped by every knock-out rule the provider meets. Used for a
 * criterion every provider of the type has a known score on.
 */
export function singleCriterionTotals(data, type, criterion) {
  return Object.fromEntries(data.providers.filter((p) => p.type === type).map((p) => {
    let total = p.ratings[criterion].score * 20;
    for (const k of data.knockouts ?? []) {
      const s = p.ratings[k.criterion]?.score;
      if (typeof s === 'number' && s <= k.at_most) total = Math.min(total, k.cap);
    }
    return [p.id, total.toFixed(1)];
  }));
}

/** The criterion of `type` whose known scores differ the most (all known), for the slider step. */
export function sliderCriterion(data, type) {
  const providers = data.providers.filter((p) => p.type === type);
  let best = null;
  for (const c of data.criteria.filter((c) => c.applies_to.includes(type))) {
    const scores = providers.map((p) => p.ratings[c.id]?.score);
    if (!scores.every((s) => typeof s === 'number')) continue;
    const distinct = new Set(Object.values(singleCriterionTotals(data, type, c.id))).size;
    if (!best || distinct > best.distinct) best = { id: c.id, distinct };
  }
  if (!best) throw new Error(`no criterion with known scores for every ${type} provider`);
  return best.id;
}

const idsOfType = (data, type) => data.providers.filter((p) => p.type === type).map((p) => p.id).sort();

function assertOrdered(rows, label) {
  assert.ok(rows.length > 0, `${label}: no ranking entries`);
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].total === null) continue;
    assert.ok(rows[i - 1].total !== null && Number(rows[i - 1].total) >= Number(rows[i].total), `${label}: not ordered by total: ${JSON.stringify(rows)}`);
  }
  assert.equal(rows[0].rank, 1, `${label}: first rank`);
}

/**
 * Runs the smoke flows in `engine` against the widget at `url` (1280 × 900). Resolves to
 * `{ steps: [{ step, ms }], snapshots }`; `snapshots` are what the other engines must show too.
 * Fails with the step's name on the first problem.
 */
export async function smokeFlows(engine, url, data) {
  const steps = [];
  const snapshots = {};
  let page;
  const step = async (name, fn) => {
    const start = performance.now();
    try {
      await fn();
    } catch (e) {
      e.message = `${engine.name}, step "${name}": ${e.message}`;
      throw e;
    }
    // No console error, page error or failed load after any step.
    const errors = await page.errors();
    assert.deepEqual(errors, [], `${engine.name}, step "${name}": errors in the page`);
    steps.push({ step: name, ms: Math.round(performance.now() - start) });
  };

  const types = data.types.map((t) => t.id).filter((t) => data.providers.some((p) => p.type === t));
  const first = types[0];
  const other = types[types.length - 1];
  const nameOf = Object.fromEntries(data.providers.map((p) => [p.id, p.name]));

  try {
    await step('load', async () => {
      page = await engine.open(url, { width: 1280, height: 900 });
      await waitFor(page, widgetReady, null, { what: 'the ranking and the weights' });
      const rows = await page.eval(readRanking);
      assert.deepEqual(rows.map((r) => r.id).sort(), idsOfType(data, first), 'the first type is shown');
      assertOrdered(rows, 'load');
      const evidence = await page.eval(() => document.querySelector('[data-pc-evidence]')?.dataset.pcEvidence);
      assert.ok(['idle', 'loading', 'complete'].includes(evidence), `data-pc-evidence="${evidence}"`);
      snapshots.load = rows;
    });

    await step(`pick a type (${other})`, async () => {
      await page.click((t) => document.querySelector(`[data-pc-type="${t}"]`), other);
      await waitFor(page, (t) => document.querySelector(`[data-pc-type="${t}"]`).checked, other, { what: `type ${other} checked` });
      const ids = await waitFor(page, (want) => {
        const ids = [...document.querySelectorAll('[data-pc-provider]')].filter((e) => e.getClientRects().length > 0).map((e) => e.dataset.pcProvider).sort();
        return JSON.stringify(ids) === want && ids;
      }, JSON.stringify(idsOfType(data, other)), { what: `the ${other} providers` });
      assert.deepEqual(ids, idsOfType(data, other));
      const rows = await page.eval(readRanking);
      assertOrdered(rows, 'type');
      snapshots.type = rows;
    });

    const criterion = sliderCriterion(data, other);
    await step(`move a slider (${criterion}, by keyboard)`, async () => {
      // Every other duty to 0, then the slider by keyboard: End (10), then ArrowLeft (9).
      await page.eval(setAllWeights, 0);
      await waitFor(page, () => [...document.querySelectorAll('[data-pc-provider]')].every((e) => !e.dataset.pcTotal), null, { what: 'no totals with every weight at 0' });
      const slider = (id) => document.querySelector(`[data-pc-weight="${id}"]`);
      await page.press(slider, criterion, 'End');
      const expected = singleCriterionTotals(data, other, criterion);
      const rows = await waitFor(page, (want) => {
        const rows = [...document.querySelectorAll('[data-pc-provider]')].filter((e) => e.getClientRects().length > 0).map((e) => ({ id: e.dataset.pcProvider, total: e.dataset.pcTotal }));
        return rows.every((r) => r.total === want[r.id]) && rows;
      }, expected, { what: `the totals of ${criterion} alone: ${JSON.stringify(expected)}` });
      assert.equal((await page.eval(readWeights)).criteria[criterion], 10, 'End sets 10');
      const wantOrder = Object.entries(expected).sort((a, b) => Number(b[1]) - Number(a[1])).map(([id]) => id);
      const shown = await page.eval(readRanking);
      assertOrdered(shown, 'slider');
      // The ranking follows the slider: ordered by the score on that duty (ties in any order).
      assert.deepEqual(shown.map((r) => expected[r.id]), wantOrder.map((id) => expected[id]), JSON.stringify(rows));
      await page.press(slider, criterion, 'ArrowLeft');
      await waitFor(page, (id) => Number(document.querySelector(`[data-pc-weight="${id}"]`).value) === 9, criterion, { what: 'ArrowLeft sets 9' });
      snapshots.slider = await page.eval(readRanking);
    });

    await step('open a detail', async () => {
      const [top] = await page.eval(readRanking);
      // (The shown entry: a layout may keep a hidden copy.)
      const nameButton = (id) => [...document.querySelectorAll(`[data-pc-provider="${id}"]`)].find((e) => e.getClientRects().length > 0)?.querySelector('button[aria-expanded]');
      await page.click(nameButton, top.id);
      const detail = await waitFor(page, (id) => {
        const b = [...document.querySelectorAll(`[data-pc-provider="${id}"]`)].find((e) => e.getClientRects().length > 0)?.querySelector('button[aria-expanded]');
        const d = b?.getAttribute('aria-expanded') === 'true' && document.getElementById(b.getAttribute('aria-controls'));
        return d && d.textContent.length > 0 && { text: d.textContent };
      }, top.id, { what: `the detail of ${top.id}` });
      assert.ok(detail.text.includes(nameOf[top.id]), `the detail names ${nameOf[top.id]}`);
      // The detail asks for the evidence, which follows the core.
      await waitFor(page, () => document.querySelector('[data-pc-evidence]')?.dataset.pcEvidence === 'complete', null, { what: 'data-pc-evidence="complete"' });
      // Escape closes it (focus is in the detail).
      await page.press(() => document.activeElement, null, 'Escape');
      await waitFor(page, (id) => [...document.querySelectorAll(`[data-pc-provider="${id}"] button[aria-expanded]`)].every((b) => b.getAttribute('aria-expanded') === 'false'), top.id, { what: 'Escape closes the detail' });
      snapshots.detail = await page.eval(readRanking);
    });

    await step('switch language', async () => {
      const before = await page.eval(readRanking);
      await page.click(() => document.querySelector('[data-pc-evidence] button[lang="en"]'));
      const label = data.types.find((t) => t.id === other).name.en;
      await waitFor(page, (label) => {
        const input = document.querySelector('[data-pc-type]:checked');
        return input?.labels?.[0]?.textContent.includes(label);
      }, label, { what: `the type label "${label}"` });
      const text = await page.eval(() => document.querySelector('[data-pc-evidence]').innerText);
      assert.ok(!/Rangliste|Gewichtung|Anbieterart/.test(text), 'German words are gone');
      assert.deepEqual(await page.eval(readRanking), before, 'the language changes no score');
      snapshots.language = before;
    });

    const preset = data.presets.find((p) => p.id === 'privacy-first') ?? data.presets[0];
    await step(`pick a weighting method (presets: ${preset.id})`, async () => {
      await page.click(() => document.querySelector('[data-pc-method="presets"]'));
      await waitFor(page, () => document.querySelector('[data-pc-method="presets"]').checked, null, { what: 'the presets method checked' });
      await page.click((name) => [...document.querySelectorAll('[data-pc-evidence] button')].find((b) => b.textContent.includes(name)), preset.name.en);
      const weights = await waitFor(page, (w) => {
        const now = [...document.querySelectorAll('[data-pc-weight]')].every((e) => w.criteria[e.dataset.pcWeight] === undefined || Number(e.value) === w.criteria[e.dataset.pcWeight])
          && [...document.querySelectorAll('[data-pc-group-weight]')].every((e) => w.groups[e.dataset.pcGroupWeight] === undefined || Number(e.value) === w.groups[e.dataset.pcGroupWeight]);
        return now;
      }, { criteria: preset.weights ?? {}, groups: preset.group_weights ?? {} }, { what: `the weights of ${preset.id}` });
      assert.ok(weights);
      const rows = await page.eval(readRanking);
      assertOrdered(rows, 'preset');
      snapshots.preset = rows;
    });

    await step('side by side', async () => {
      const rows = await page.eval(readRanking);
      const picked = rows.slice(0, 2).map((r) => r.id);
      for (const id of picked) {
        await page.click((id) => [...document.querySelectorAll(`[data-pc-provider="${id}"]`)].find((e) => e.getClientRects().length > 0)?.querySelector('input[type="checkbox"]'), id);
      }
      const names = picked.map((id) => nameOf[id]);
      const heads = await waitFor(page, (names) => {
        for (const table of document.querySelectorAll('[data-pc-evidence] table')) {
          const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
          if (names.every((n) => heads.includes(n))) return heads;
        }
        return null;
      }, names, { what: `a table with columns ${names.join(', ')}` });
      assert.deepEqual(heads.filter((h) => names.includes(h)), names, 'columns in the order picked');
      const chart = await waitFor(page, () => {
        // The chart is a figure named by its caption (HTML labels over SVG bars).
        const chart = document.querySelector('[data-pc-evidence] figure[aria-labelledby]');
        const box = chart?.getBoundingClientRect();
        return chart && box.width > 0 && { width: Math.round(box.width), labelled: Boolean(document.getElementById(chart.getAttribute('aria-labelledby'))?.textContent.trim()) };
      }, null, { what: 'the profile chart' });
      assert.ok(chart.labelled, 'the chart has a name');
      snapshots.side = { picked, heads };
    });

    await step('CSV download', async () => {
      await page.eval(recordDownloads);
      const [top] = await page.eval(readRanking);
      await page.click(() => [...document.querySelectorAll('[data-pc-evidence] button')].find((b) => /\bCSV\b/.test(b.textContent)));
      const [offered] = await waitFor(page, () => window.__pcDownloads.length > 0 && window.__pcDownloads, null, { what: 'a CSV offered for download' });
      assert.match(offered.name, /\.csv$/);
      assert.match(offered.type, /^text\/csv/);
      assert.ok(offered.text.startsWith('\uFEFF'), 'UTF-8 with BOM');
      const lines = offered.text.replace(/^\uFEFF/, '').split('\r\n');
      // English: "," and a decimal point; the first row is the first entry shown.
      assert.ok(lines.some((l) => l.startsWith(`1,${nameOf[top.id]},${top.total}`)), `a row "1,${nameOf[top.id]},${top.total}" in ${lines.slice(0, 4).join(' / ')}`);
      // Where the driver shows the saved file, it is the same text.
      const deadline = Date.now() + 10000;
      let saved = await page.downloads();
      while (saved !== null && !saved.some((f) => f.name === offered.name) && Date.now() < deadline) {
        await new Promise((ok) => setTimeout(ok, 100));
        saved = await page.downloads();
      }
      if (saved !== null) {
        const file = saved.find((f) => f.name === offered.name);
        assert.ok(file, `the browser saved ${offered.name}: ${JSON.stringify(saved.map((f) => f.name))}`);
        assert.equal(file.text, offered.text);
      }
      snapshots.csv = { name: offered.name, lines: lines.length, saved: saved !== null };
    });

    // The error capture itself works: a deliberate console error and uncaught exception are seen
    // (by the driver where it reports them, and by the probe in the page).
    await page.eval(() => {
      console.error('pc-engines-check');
      setTimeout(() => { throw new Error('pc-engines-uncaught'); }, 0);
    });
    const deadline = Date.now() + 5000;
    let seen = [];
    while (Date.now() < deadline) {
      seen = await page.errors();
      if (seen.filter((e) => /pc-engines-(check|uncaught)/.test(e)).length >= (page.driverReportsErrors ? 4 : 2)) break;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    const caught = (prefix, word) => seen.some((e) => e.startsWith(prefix) && e.includes(word));
    assert.ok(caught('console.error:', 'pc-engines-check') && caught('uncaught:', 'pc-engines-uncaught'), `${engine.name}: the probe sees errors: ${JSON.stringify(seen)}`);
    if (page.driverReportsErrors) {
      assert.ok(caught('console:', 'pc-engines-check') && caught('pageerror:', 'pc-engines-uncaught'), `${engine.name}: the driver reports errors: ${JSON.stringify(seen)}`);
    }
    snapshots.errorCapture = page.driverReportsErrors ? 'driver and probe' : 'probe';
  } finally {
    await page?.close().catch(() => {});
  }
  return { steps, snapshots };
}

/**
 * How far the page scrolls sideways: `document.documentElement.scrollWidth - clientWidth` once the
 * widget shows `hash` (a share link). `frame` measures inside a same-origin iframe of that width
 * (for WebKitGTK's MiniBrowser, whose windows cannot be narrower than 447 px).
 */
export async function sideways(engine, base, { width, height = 800, hash = '', frame = false }) {
  const url = frame ? new URL(`engines-frame.html?w=${width}&h=${height}${hash}`, base).href : new URL(hash, base).href;
  const page = await engine.open(url, frame ? { width: Math.max(width + 40, 600), height: height + 40 } : { width, height });
  try {
    // The widget's document: the page's own, or the iframe's.
    await waitFor(page, () => {
      const d = document.querySelector('iframe#pc-frame')?.contentDocument ?? document;
      return d.querySelector('[data-pc-provider]') !== null && d.querySelector('[data-pc-weight]') !== null;
    }, null, { what: 'the widget' });
    if (hash.includes('~d.')) {
      await waitFor(page, () => {
        const d = document.querySelector('iframe#pc-frame')?.contentDocument ?? document;
        return d.querySelector('[data-pc-evidence="complete"]') !== null;
      }, null, { what: 'the evidence' });
    }
    await new Promise((ok) => setTimeout(ok, 200));
    return await page.eval(() => {
      const d = document.querySelector('iframe#pc-frame')?.contentDocument ?? document;
      const e = d.documentElement;
      // Also the boxes inside the widget that scroll sideways themselves (a table in a scroller).
      const inner = [...d.querySelectorAll('[data-pc-evidence] *')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(el).overflowX))
        .map((el) => ({ label: el.getAttribute('aria-label') || el.tagName.toLowerCase(), hidden: el.scrollWidth - el.clientWidth }));
      return { scrollWidth: e.scrollWidth, clientWidth: e.clientWidth, overflow: e.scrollWidth - e.clientWidth, inner };
    });
  } finally {
    await page.close().catch(() => {});
  }
}

/** The host page for `sideways(…, { frame: true })`: an iframe of `?w=` × `?h=` px showing index.html with the page's hash. */
export const FRAME_PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Frame</title><link rel="icon" href="data:,">
<style>body{margin:0}iframe{border:0;display:block}</style></head><body><iframe id="pc-frame" title="Provider-Vergleich"></iframe>
<script>const q = new URLSearchParams(location.search), f = document.getElementById('pc-frame');
f.style.width = q.get('w') + 'px'; f.style.height = q.get('h') + 'px'; f.src = './index.html' + location.hash;</script></body></html>`;
