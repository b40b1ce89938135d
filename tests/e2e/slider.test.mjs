// End-to-end: what a slider step does to the page (issue 15). The ranking's rows are updated in
// place rather than moved, so the keyboard focus must follow its provider; the work after a
// released slider (the sensitivity analysis, the address bar) runs after the frame in small
// pieces, and a newer move cancels what an older one left pending.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { widgetSuite, withWidget, ranking, entries, assertOrderedByTotal } from './harness.mjs';

widgetSuite();

/** Sets a duty's weight as a script would: `input` (and `change`), without moving the focus. */
const nudge = (page, id, value, release = true) => page.evaluate(({ id, value, release }) => {
  const input = document.querySelector(`[data-pc-weight="${id}"]`);
  input.value = String(value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  if (release) input.dispatchEvent(new Event('change', { bubbles: true }));
}, { id, value, release });

/** The provider whose row holds the keyboard focus, and the class of the focused control. */
const focusedRow = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { provider: el?.closest('[data-pc-provider]')?.dataset.pcProvider ?? null, control: el?.className ?? null };
});

test('a re-ranking updates rows in place and the focus stays on its provider\'s control', async (t) => {
  const { page } = await withWidget(t);
  const before = await ranking(page);
  const focused = before[2].id;
  await entries(page).nth(2).locator('.pc-name').focus();
  // One duty's weight at 0 or at 10 that moves the focused provider to another row.
  const duties = await page.locator('[data-pc-weight]').evaluateAll((l) => l.map((e) => [e.dataset.pcWeight, e.value]));
  let place = 2;
  for (const [id, start] of duties) {
    for (const value of [0, 10]) {
      await nudge(page, id, value);
      await page.waitForTimeout(50);
      place = (await ranking(page)).findIndex((r) => r.id === focused);
      if (place !== 2) break;
      await nudge(page, id, start);
    }
    if (place !== 2) break;
  }
  assert.ok(place >= 0 && place !== 2, `a single weight moved ${focused} from row 3 (now ${place + 1})`);
  assertOrderedByTotal(assert, await ranking(page));
  assert.deepEqual(await focusedRow(page), { provider: focused, control: 'pc-name' });
  // The focused control is the one in the row that shows the provider, by id too.
  const row = entries(page).nth(place);
  assert.equal(await row.getAttribute('data-pc-provider'), focused);
  assert.equal(await row.locator('.pc-name').evaluate((b) => b === document.activeElement), true);
  // Every row's control ids belong to the provider it shows (they move with the texts).
  const mismatched = await entries(page).evaluateAll((rows) => rows.filter((tr) => {
    const id = tr.dataset.pcProvider;
    return !tr.querySelector('.pc-name').id.endsWith(`.${id}`) || !tr.querySelector('.pc-pick').id.endsWith(`.${id}`);
  }).length);
  assert.equal(mismatched, 0);
});

/** Moves one duty's weight to 0 or 10 until `provider` leaves row `row` (0-based); its new row. */
async function moveOut(page, provider, row) {
  const duties = await page.locator('[data-pc-weight]').evaluateAll((l) => l.map((e) => [e.dataset.pcWeight, e.value]));
  for (const [id, start] of duties) {
    for (const value of [0, 10]) {
      await nudge(page, id, value);
      await page.waitForTimeout(50);
      const place = (await ranking(page)).findIndex((r) => r.id === provider);
      if (place !== row) return place;
      await nudge(page, id, start);
    }
  }
  return row;
}

test('an opened knock-out reason stays with its provider when the rows change in place', async (t) => {
  const { page } = await withWidget(t);
  const capped = entries(page).filter({ has: page.locator('.pc-flag-capped') }).first();
  const provider = await capped.getAttribute('data-pc-provider');
  const row = (await ranking(page)).findIndex((r) => r.id === provider);
  await capped.locator('.pc-flag-capped').click();
  await page.waitForFunction((id) => document.querySelector(`[data-pc-provider="${id}"] details[open]`), provider);
  const place = await moveOut(page, provider, row);
  assert.notEqual(place, row, `${provider} moved from row ${row + 1}`);
  const open = await page.locator('[data-pc-provider] details[open]').evaluateAll((l) => l.map((d) => d.closest('[data-pc-provider]').dataset.pcProvider));
  assert.deepEqual(open, [provider], 'only the reason the reader opened is open, on its provider');
});

/** Serves the benchmark's generated dataset (1,000 providers × 40 duties) as the widget's data. */
async function generatedDataset() {
  const { generated } = await import('../../scripts/bench.mjs');
  const body = JSON.stringify(generated());
  return (page) => page.route('**/data/providers.core.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
}

/** How many sensitivity analyses have completed (the widget marks each with `pc:sensitivity`). */
const analyses = (page) => page.evaluate(() => performance.getEntriesByName('pc:sensitivity').length);

/** What the sensitivity analysis shows: the stability note and the notes beside the sliders. */
const analysis = (page) => page.evaluate(() => ({
  stability: document.querySelector('.pc-stability')?.textContent ?? null,
  spans: [...document.querySelectorAll('.pc-span')].map((p) => p.textContent),
}));

test('a quick second release drops the first one\'s pending analysis; note and address follow the last', async (t) => {
  const setup = await generatedDataset();
  const { page } = await withWidget(t, { setup, timeout: 60000 });
  await page.waitForFunction(() => performance.getEntriesByName('pc:sensitivity').length > 0, null, { timeout: 60000 });
  const before = await analyses(page);
  // Two releases one task apart: the first one's analysis (a few dozen milliseconds, in slices
  // after the frame) has not started or not finished when the second comes.
  await page.evaluate(async () => {
    const release = (id, value) => {
      const input = document.querySelector(`[data-pc-weight="${id}"]`);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    release('c7', '10');
    await new Promise((ok) => setTimeout(ok, 0));
    release('c3', '0');
  });
  await page.waitForFunction((n) => performance.getEntriesByName('pc:sensitivity').length > n, before, { timeout: 30000 });
  await page.waitForFunction(() => /c7:10/.test(location.hash) && /c3:0/.test(location.hash));
  await page.waitForTimeout(500);
  assert.equal(await analyses(page), before + 1, 'one analysis completed: the first release\'s was dropped');
  const shown = await analysis(page);
  assert.ok(shown.stability, 'the stability note is shown');
  // A fresh page at the address shows the same view and, once analysed, the same analysis.
  const { page: fresh } = await withWidget(t, { url: page.url(), setup, timeout: 60000 });
  await fresh.waitForFunction(() => performance.getEntriesByName('pc:sensitivity').length > 0, null, { timeout: 60000 });
  assert.deepEqual(await ranking(fresh), await ranking(page));
  assert.deepEqual(await analysis(fresh), shown);
});
