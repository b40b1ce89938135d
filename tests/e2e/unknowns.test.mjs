// Unknown scores, against the release build: a total that unknowns can move shows its range, a
// first place that rests on a missing value says so in one sentence, and the reader's choice of how
// unknowns count (a radio group) changes the order where ranges overlap and travels in the link.
// The shipped data is being corrected, so with it only structure and consistency are checked; the
// exact sentence and order come from a small fixture served in place of the dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { widgetSuite, withWidget, ranking, ids, pickType } from './harness.mjs';

widgetSuite();

const FIXTURE = readFileSync(resolve(import.meta.dirname, '../fixtures/unknowns-cloud.json'), 'utf8');
const serveFixture = (page) => page.route('**/data/providers.core.json', (route) =>
  route.fulfill({ status: 200, contentType: 'application/json', body: FIXTURE }));
const choose = (page, code) => page.locator(`input[type=radio][data-pc-unknowns="${code}"]`).check();
const ranges = (page) => page.locator('[data-pc-provider]').evaluateAll((els) =>
  els.map((e) => ({ id: e.dataset.pcProvider, total: e.dataset.pcTotal, worst: e.dataset.pcWorst ?? null, best: e.dataset.pcBest ?? null })));

test('shipped cloud ranking: rows with unknowns show a range, and the sentence appears exactly when first place is open', async (t) => {
  const { page, log } = await withWidget(t);
  await pickType(page, 'cloud');
  const rows = await ranges(page);
  for (const r of rows.filter((r) => r.worst !== null)) {
    const [w, b, total] = [Number(r.worst), Number(r.best), Number(r.total)];
    assert.ok(w <= total && total <= b && w < b, JSON.stringify(r));
    const cell = await page.locator(`[data-pc-provider="${r.id}"] .pc-range`).innerText();
    assert.match(cell, /–/);
  }
  // The rule, from the hooks: the leader at its worst against everyone else at their best.
  const [leader, ...others] = rows.filter((r) => r.total);
  const worst = (r) => Number(r.worst ?? r.total);
  const best = (r) => Number(r.best ?? r.total);
  const open = others.some((r) => best(r) > worst(leader));
  const sentence = page.locator('.pc-unsettled');
  assert.equal(await sentence.count(), open ? 1 : 0);
  if (open) assert.match(await sentence.innerText(), /liegt vorn, aber \d+ Werte? fehl(t|en): im ungünstigsten Fall läge .+ vorn\./);
  // The stability label says what it assumes once unknowns are among the providers.
  if (rows.some((r) => r.worst !== null)) {
    assert.match(await page.locator('.pc-stability').innerText(), /solange unbekannte Werte außen vor bleiben/);
  }
  // Counting unknowns as 0 puts the link's u.1 in the address and shows every total at its worst.
  await choose(page, 'worst');
  await page.waitForFunction(() => location.hash.includes('~u.1'));
  for (const r of await ranges(page)) {
    if (r.worst !== null) assert.equal(r.total, r.worst, JSON.stringify(r));
  }
  assert.deepEqual(log.errors, []);
});

test('fixture: a leader ahead only because of an unknown is named, and "als 0" reorders and changes the link', async (t) => {
  const { page, log } = await withWidget(t, { setup: serveFixture });
  // Beta (3, ?, 5) leads with its support left out: 76.0, range 63.3–80.0; Alpha has no gaps.
  assert.deepEqual(await ranking(page), [
    { id: 'beta', rank: 1, total: '76.0' },
    { id: 'alpha', rank: 2, total: '73.3' },
    { id: 'gamma', rank: 3, total: '20.0' },
  ]);
  const beta = page.locator('[data-pc-provider="beta"]');
  assert.equal(await beta.getAttribute('data-pc-worst'), '63.3');
  assert.equal(await beta.getAttribute('data-pc-best'), '80.0');
  assert.equal(await page.locator('[data-pc-provider="alpha"]').getAttribute('data-pc-worst'), null);
  assert.match(await beta.innerText(), /63,3–80,0/);
  // Screen readers hear the range as words.
  assert.match(await beta.locator('.pc-sr').allInnerTexts().then((t) => t.join(' ')), /je nach fehlenden Werten 63,3 bis 80,0/);
  assert.equal(
    (await page.locator('.pc-unsettled').innerText()).replace(/[\u2068\u2069]/g, ''),
    'Beta liegt vorn, aber 1 Wert fehlt: im ungünstigsten Fall läge Alpha vorn.',
  );
  // The default is explained beside the table.
  assert.match(await page.locator('.pc-unknowns-note').innerText(), /zählt die Pflicht beim Gesamtwert nicht mit/);
  // The radio group: a fieldset with a legend, the default checked.
  assert.equal(await page.locator('fieldset.pc-unknowns legend').innerText(), 'Unbekannte Werte');
  assert.ok(await page.locator('[data-pc-unknowns="leave-out"]').isChecked());

  await choose(page, 'worst');
  await page.waitForFunction(() => location.hash.includes('~u.1'));
  assert.deepEqual(await ids(page), ['alpha', 'beta', 'gamma']);
  // Beta's best case (80) still beats Alpha: first place stays open, now the other way round.
  assert.equal(
    (await page.locator('.pc-unsettled').innerText()).replace(/[\u2068\u2069]/g, ''),
    'Alpha liegt vorn, aber 1 Wert fehlt: im ungünstigsten Fall läge Beta vorn.',
  );
  assert.match(await page.locator('.pc-stability').innerText(), /wenn unbekannte Werte als 0 zählen/);

  await choose(page, 'best');
  await page.waitForFunction(() => location.hash.includes('~u.b'));
  assert.deepEqual(await ranking(page), [
    { id: 'beta', rank: 1, total: '80.0' },
    { id: 'alpha', rank: 2, total: '73.3' },
    { id: 'gamma', rank: 3, total: '20.0' },
  ]);
  // The link restores the choice in a fresh page.
  const hash = new URL(page.url()).hash;
  const again = await withWidget(t, { hash, setup: serveFixture });
  assert.ok(await again.page.locator('[data-pc-unknowns="best"]').isChecked());
  assert.equal((await ranking(again.page))[0].total, '80.0');
  assert.deepEqual(log.errors, []);
});

test('fixture: the pair view names the unknown duty instead of giving points for it', async (t) => {
  const { page } = await withWidget(t, { setup: serveFixture });
  const pair = page.locator('.pc-compare');
  await pair.waitFor();
  const text = (await pair.innerText()).replace(/[\u2068\u2069]/g, '');
  assert.match(text, /unbekannt bei Support/);
  assert.doesNotMatch(text, /Support: [\d,]+ Punkte/);
});
