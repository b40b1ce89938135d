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
  return (page) => page.route('**/data/providers.core.json', (route) => route.fulfill({
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

/** The widget's error text once it shows one. */
async function errorText(page) {
  await page.locator('.pc-error').waitFor({ timeout: 30000 });
  return page.locator('.pc-error').innerText();
}

test('the widget reads the bytes as the checker does: every encoding problem gets its own message', async (t) => {
  const json = await readFile(resolve(DIST, 'data/providers.json'));
  const text = json.toString('utf8');
  // A Latin-1 "ü" (one byte 0xFC) where UTF-8 has two: the browser would show "M�ller".
  const at = text.indexOf('ü');
  assert.ok(at > 0);
  const latin1 = Buffer.concat([Buffer.from(text.slice(0, at), 'utf8'), Buffer.from([0xfc]), Buffer.from(text.slice(at + 1), 'utf8')]);
  const line = text.slice(0, at).split('\n').length;
  const cases = [
    { name: 'Latin-1', body: latin1, expect: new RegExp(`kein gültiges UTF-8: Zeile ${line}, Spalte \\d+ \\(Byte 0xFC\\)`) },
    { name: 'UTF-16', body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), expect: /UTF-16 LE kodiert; bitte als UTF-8 speichern/ },
    { name: 'an HTML page answering 200', body: '<!doctype html><html><body>Seite nicht gefunden</body></html>', type: 'text/html', expect: /Webseite \(HTML\), keine JSON-Datei/ },
    { name: 'an empty body', body: '', expect: /Die Datei ist leer/ },
    { name: 'a UTF-8 byte-order mark', body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json]), ok: true },
  ];
  for (const c of cases) {
    const { page } = await withWidget(t, { ready: !!c.ok, setup: serving(c.body, { contentType: c.type ?? 'application/json' }) });
    if (c.ok) {
      assert.ok((await entries(page).count()) > 0, c.name);
      continue;
    }
    const shown = await errorText(page);
    assert.match(shown, c.expect, `${c.name}: ${shown}`);
    assert.doesNotMatch(shown, /\uFFFD/, `${c.name}: no replacement character`);
  }
});

test('a dataset larger than the limit is refused while it arrives, not after', async (t) => {
  // 17 MB of valid JSON: the reader stops at 16 MB and says so.
  const big = `{"title": "${'x'.repeat(17 * 1024 * 1024)}"}`;
  const { page } = await withWidget(t, { ready: false, setup: serving(big) });
  assert.match(await errorText(page), /zu groß/);
});

test('a dataset request that stalls ends in a message and a retry, not endless loading', async (t) => {
  let stalled = true;
  const { page } = await withWidget(t, {
    ready: false,
    setup: async (page) => {
      await page.clock.install();
      await page.route('**/data/providers.core.json', (route) => (stalled ? undefined : route.continue()));
    },
  });
  await page.locator('.pc-loading, [aria-busy="true"]').first().waitFor({ state: 'attached' }).catch(() => {});
  await page.clock.runFor(21000);
  const shown = await errorText(page);
  assert.match(shown, /nach 20 Sekunden noch nicht an/);
  stalled = false;
  await page.getByRole('button', { name: 'Erneut versuchen' }).click();
  await page.clock.runFor(1000);
  await entries(page).first().waitFor({ timeout: 30000 });
});

test('every text the dataset may hold is shown somewhere: a type\'s description under the choice', async (t) => {
  const { page } = await withWidget(t);
  assert.match(await page.locator('.pc-kind-desc').innerText(), /Zugang zum Internet/);
  await pickType(page, 'cloud');
  const cloud = SHIPPED.types.find((x) => x.id === 'cloud').description.de;
  assert.equal(await page.locator('.pc-kind-desc').innerText(), cloud);
});

test('a long table keeps the row with keyboard focus while it scrolls', async (t) => {
  const d = copy();
  const isp = d.providers.filter((p) => p.type === 'isp');
  const copies = Math.ceil(300 / isp.length);
  for (let n = 0; n < copies; n++) for (const p of isp) d.providers.push({ ...p, id: `${p.id}-${n}`, name: `${p.name} ${n}` });
  const { page } = await withWidget(t, { setup: serving(d) });
  await page.locator('.pc-more button').click();
  const rows = Number(await page.locator('.pc-table').getAttribute('aria-rowcount')) - 1;
  assert.ok(rows >= 300, `${rows} rows`);
  const third = entries(page).nth(2);
  const id = await third.getAttribute('data-pc-provider');
  await third.locator('.pc-name').focus();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.locator(`[data-pc-provider][aria-rowindex="${rows + 1}"]`).waitFor({ timeout: 10000 });
  const focused = await page.evaluate(() => document.activeElement?.closest('[data-pc-provider]')?.getAttribute('data-pc-provider'));
  assert.equal(focused, id, 'focus stays on the row the reader was on');
});
