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
