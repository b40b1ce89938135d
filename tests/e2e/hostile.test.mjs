// End-to-end: careless and hostile input, round 2 — datasets whose names are long, right-to-left
// or shaped like the widget's own element ids, files that are not UTF-8 JSON, a dataset request
// that stalls, and links that say more than the widget can use. Each test is one class of input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { widgetSuite, withWidget, entries, pickType, DIST } from './harness.mjs';

widgetSuite();
const SHIPPED = JSON.parse(await readFile(resolve(DIST, 'data/providers.json'), 'utf8'));
const copy = () => JSON.parse(JSON.stringify(SHIPPED));

/** Serves `body` (an object, a string or bytes) in place of data/providers.json. */
function serving(body, { contentType = 'application/json', headers = {} } = {}) {
  return (page) => page.route('**/data/providers.json', (route) => route.fulfill({
    status: 200,
    contentType,
    headers,
    body: typeof body === 'object' && !(body instanceof Uint8Array) ? JSON.stringify(body) : body,
  }));
}

/** How far the page scrolls sideways (0 when nothing is wider than the viewport). */
const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('a 78-character provider name never widens the page on a phone', async (t) => {
  const d = copy();
  const long = 'Regionale Stadtwerke Internet- und Telekommunikationsdienste GmbH & Co. KG Süd';
  assert.equal(long.length, 78);
  for (const p of d.providers.filter((p) => p.type === 'isp')) p.name = `${long} ${p.id}`.slice(0, 90);
  const { page } = await withWidget(t, { viewport: { width: 375, height: 800 }, setup: serving(d) });
  assert.equal(await sideways(page), 0, 'the ranking');
  // The pair comparison's selects hold the long names too.
  await page.locator('.pc-pair-select select').first().waitFor();
  assert.equal(await sideways(page), 0, 'the pair comparison');
  const select = await page.locator('.pc-pair-select select').first().boundingBox();
  assert.ok(select.x + select.width <= 375, `the select ends at ${select.x + select.width}px`);
  // The details and the side-by-side view of such a provider.
  await entries(page).first().locator('.pc-name').click();
  await page.waitForSelector('.pc-detail');
  assert.equal(await sideways(page), 0, 'the details');
  // The full name is there, wrapped, not cut.
  assert.equal(await entries(page).first().locator('.pc-name').innerText().then((s) => s.replace(/\s+/g, ' ').startsWith(long)), true);
});

test('dataset ids shaped like the widget\'s own element ids break no label', async (t) => {
  const d = copy();
  // `c1` and `c1-desc`: once, the second's slider took the id of the first's description.
  const rename = { network: 'c1', maintenance: 'c1-desc', technical: 'title' };
  const swap = (id) => rename[id] ?? id;
  for (const c of d.criteria) { c.id = swap(c.id); c.group = swap(c.group); }
  for (const g of d.groups) g.id = swap(g.id);
  for (const p of d.providers) p.ratings = Object.fromEntries(Object.entries(p.ratings).map(([k, v]) => [swap(k), v]));
  for (const p of d.presets ?? []) {
    p.weights = Object.fromEntries(Object.entries(p.weights).map(([k, v]) => [swap(k), v]));
    if (p.group_weights) p.group_weights = Object.fromEntries(Object.entries(p.group_weights).map(([k, v]) => [swap(k), v]));
  }
  for (const k of d.knockouts ?? []) k.criterion = swap(k.criterion);
  const { page } = await withWidget(t, { setup: serving(d) });
  await page.locator('[data-pc-method="pairwise"]').check();
  await page.locator('.pc-pair-select select').first().waitFor();
  const report = await page.evaluate(() => {
    const all = [...document.querySelectorAll('[id]')].map((e) => e.id);
    const dupes = all.filter((id, i) => all.indexOf(id) !== i);
    const unlabelled = [...document.querySelectorAll('.pc-widget input, .pc-widget select')]
      .filter((el) => !(el.labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')))
      .map((el) => el.id || el.outerHTML.slice(0, 60));
    return { dupes, unlabelled, count: all.length };
  });
  assert.ok(report.count > 50, `ids found: ${report.count}`);
  assert.deepEqual(report.dupes, [], 'every element id is unique');
  assert.deepEqual(report.unlabelled, [], 'every control has its label');
});

test('a right-to-left name stays inside its own isolate in the widget\'s sentences', async (t) => {
  const d = copy();
  const rtl = 'شبكة الإنترنت';
  const vodafone = d.providers.find((p) => p.id === 'vodafone');
  vodafone.name = rtl;
  const { page } = await withWidget(t, { setup: serving(d) });
  await page.locator('.pc-flip').waitFor();
  // Pick the right-to-left provider for the pair comparison and read the verdict.
  const [a] = await page.locator('.pc-pair-select select').all();
  const value = await a.locator('option', { hasText: rtl }).getAttribute('value');
  await a.selectOption(value);
  const sentence = await page.locator('.pc-flip').textContent();
  assert.ok(sentence.includes(`\u2068${rtl}\u2069`), sentence);
  // The ranking's name button takes its direction from its own text.
  const dir = await page.locator('[data-pc-provider="vodafone"] .pc-name').getAttribute('dir');
  assert.equal(dir, 'auto');
});

test('a link that says more than the widget uses names every part it leaves out', async (t) => {
  // Twelve unknown ids and a doubled weight: ten are listed, the rest counted.
  const unknown = Array.from({ length: 12 }, (_, i) => `gone${i}`).join(',');
  const { page } = await withWidget(t, { hash: `#pc=1~t.email~k.${unknown}~w.privacy:2,privacy:9~l.de` });
  const items = await page.locator('.pc-link-notice li').allTextContents();
  assert.equal(items.length, 11, items.join('\n'));
  assert.match(items[10], /^und 3 weitere$/);
  assert.match(items[0], /„privacy“ steht zweimal/);
});
