// End-to-end: the panels a first visit does not open come in a second wasm file (src/ui/extras.rs,
// scripts/split-wasm.mjs). The first visit does not fetch it; the reader's intent or a panel that
// is wanted does; a failed fetch leaves a message with a retry and the rest of the widget working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { widgetSuite, withWidget, ranking, entry, weightInput, DIST } from './harness.mjs';

widgetSuite();

const PART = /\/provider-compare-extras-[0-9a-f]{16}\.wasm$/;
const partRequests = (log) => log.requests.filter((u) => PART.test(new URL(u).pathname));

test('the release build splits the wasm: one part with a hashed name, not fetched on a first visit', async (t) => {
  const files = await readdir(DIST);
  assert.equal(files.filter((f) => PART.test(`/${f}`)).length, 1, 'one part');
  assert.equal(files.filter((f) => /^provider-compare-split-[0-9a-f]{16}\.js$/.test(f)).length, 1, 'its loader');
  const { page, log } = await withWidget(t);
  await ranking(page);
  // A moment for anything the widget would fetch on its own after the first ranking.
  await page.waitForTimeout(500);
  assert.deepEqual(partRequests(log), []);
  // The pointer on a provider's name says a detail is next: the part comes now, once.
  const [first] = await ranking(page);
  await entry(page, first.id).locator('.pc-name').hover();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /provider-compare-extras-/.test(e.name)));
  await entry(page, first.id).locator('.pc-name').click();
  await page.locator('.pc-detail').waitFor();
  assert.equal(partRequests(log).length, 1);
  assert.deepEqual(log.errors, []);
});

test('a share link that opens a detail loads the part at once and shows the detail', async (t) => {
  const { page, log } = await withWidget(t, { hash: '#pc=1~t.isp~d.telekom' });
  await page.locator('.pc-detail').waitFor();
  assert.match(await page.locator('.pc-detail').innerText(), /Telekom/);
  assert.equal(partRequests(log).length, 1);
  assert.deepEqual(log.errors, []);
});

test('a part that cannot be fetched: the panel says so and offers a retry; the rest keeps working', async (t) => {
  let blocked = true;
  const { page } = await withWidget(t, {
    setup: (p) => p.route(PART, (route) => (blocked ? route.abort('internetdisconnected') : route.continue())),
  });
  const [first] = await ranking(page);
  await entry(page, first.id).locator('.pc-name').click();
  const failed = page.locator('[data-pc-lazy="failed"]');
  await failed.waitFor();
  assert.match(await failed.innerText(), /ließ sich nicht laden/);
  assert.equal(await failed.getAttribute('role'), 'status');
  // No panic notice; the ranking and the sliders still work.
  assert.equal(await page.locator('.pc-crashed').count(), 0);
  const before = (await ranking(page)).map((r) => r.total);
  await weightInput(page, 'security').fill('0');
  await page.waitForFunction((b) => {
    const totals = [...document.querySelectorAll('[data-pc-provider]')].map((e) => e.getAttribute('data-pc-total'));
    return totals.join() !== b.join();
  }, before);
  // Back online: the retry fetches the part and the detail appears.
  blocked = false;
  await failed.getByRole('button', { name: 'Erneut versuchen' }).click();
  await page.locator('.pc-detail').waitFor();
  assert.equal(await page.locator('[data-pc-lazy]').count(), 0);
});
