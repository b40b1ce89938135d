// The evidence of the shipped core, split by provider type (issue 15): a reader who opens one
// ISP's detail fetches the ISPs' part (data/evidence/isp.json), not the complete file nor the
// other types' parts; another type's detail fetches that type's part; printing and the duties'
// explanations wait for what they need; a core without parts still loads the complete file; a
// part that does not match the core is refused and said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DIST, widgetSuite, withWidget, evidenceReady, entry, ranking, pickType, shippedDataset,
} from './harness.mjs';

widgetSuite();

/** The files of evidence the page asked for, as paths, in order. */
const fetched = (log) => log.requests
  .map((u) => new URL(u).pathname)
  .filter((p) => /^\/data\/(providers\.json|evidence\/)/.test(p));

const evidenceState = (page) => page.locator('.pc-widget').getAttribute('data-pc-evidence');

/** The addresses of every source of provider `id` in the complete file. */
async function sourcesOf(id) {
  const p = (await shippedDataset()).providers.find((q) => q.id === id);
  return new Set(Object.values(p.ratings).flatMap((r) => (r.sources ?? []).map((s) => new URL(s.url).href)));
}

/** Opens the detail of the first provider in the ranking; its id. */
async function openFirstDetail(page) {
  const [first] = await ranking(page);
  await entry(page, first.id).locator('.pc-name').click();
  await page.locator('.pc-detail').waitFor();
  return first.id;
}

test('an ISP detail fetches the ISPs\' part alone; an e-mail detail the e-mail part', async (t) => {
  const { page, log } = await withWidget(t);
  assert.deepEqual(fetched(log), [], 'nothing for the ranking');
  assert.equal(await evidenceState(page), 'idle');

  const isp = await openFirstDetail(page);
  await evidenceReady(page);
  assert.deepEqual(fetched(log), ['/data/evidence/isp.json'], 'not providers.json, not the other parts');
  // The detail shows the provider's sources, as the complete file has them.
  const expected = await sourcesOf(isp);
  const hrefs = await page.locator('.pc-detail .pc-sources a').evaluateAll((as) => as.map((a) => a.href));
  assert.ok(hrefs.length > 0);
  for (const h of hrefs) assert.ok(expected.has(h), `${h} is not a source of ${isp}`);
  // Reading the part is timed, as reading the dataset is (pc:parse).
  assert.equal(await page.evaluate(() => performance.getEntriesByName('pc:evidence').length), 1);

  // E-mail: its evidence is not there yet, and comes with its part when a detail needs it.
  await pickType(page, 'email');
  assert.equal(await evidenceState(page), 'idle');
  const mail = await openFirstDetail(page);
  await evidenceReady(page);
  assert.deepEqual(fetched(log), ['/data/evidence/isp.json', '/data/evidence/email.json']);
  const mailExpected = await sourcesOf(mail);
  const mailHrefs = await page.locator('.pc-detail .pc-sources a').evaluateAll((as) => as.map((a) => a.href));
  assert.ok(mailHrefs.length > 0 && mailHrefs.every((h) => mailExpected.has(h)));

  // Back to the ISPs: their evidence is still there, nothing is fetched again.
  await pickType(page, 'isp');
  assert.equal(await evidenceState(page), 'complete');
  assert.equal(fetched(log).length, 2);
  assert.deepEqual(log.errors, []);
});

test('printing waits for the part of the type on show and prints its sources', async (t) => {
  const { page, log } = await withWidget(t, {
    hash: '#pc=1~t.email~l.de',
    // The print dialog is the browser's: counted here instead.
    setup: (p) => p.addInitScript(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }),
  });
  await page.getByRole('button', { name: 'Drucken', exact: true }).click();
  await page.waitForFunction(() => window.__printed === 1);
  assert.equal(await evidenceState(page), 'complete');
  assert.deepEqual(fetched(log), ['/data/evidence/email.json']);
  // The print view lists the sources of every e-mail provider shown (the e-mail part's).
  const sections = page.locator('.pc-print-sources');
  assert.equal(await sections.count(), (await ranking(page)).length);
  assert.ok((await sections.locator('li').count()) > 10, 'the e-mail providers\' sources are in the print view');
  assert.match(await sections.first().innerText(), /https:\/\//);
  assert.deepEqual(log.errors, []);
});

test('the duties\' explanations come with the part of the type on show, and serve every type', async (t) => {
  const { page, log } = await withWidget(t);
  await page.locator('[data-pc-panel="duties"]').click();
  await evidenceReady(page);
  await page.locator('[data-pc-duty]').first().waitFor();
  const duties = page.locator('.pc-duties');
  assert.equal(await duties.locator('[data-pc-duty]').count(), (await shippedDataset()).criteria.length);
  assert.equal(await duties.locator('.pc-duty-missing').count(), 0, 'every duty explained');
  assert.match(await duties.innerText(), /DSGVO/);
  assert.deepEqual(fetched(log), ['/data/evidence/isp.json']);
  // On e-mail the explanations are there at once, without the e-mail part.
  await pickType(page, 'email');
  assert.equal(await duties.locator('.pc-duty-missing').count(), 0);
  assert.match((await duties.innerText()).replace(/[\u2066-\u2069]/g, ''), /Beispiel: E-Mail/);
  assert.deepEqual(fetched(log), ['/data/evidence/isp.json']);
  assert.deepEqual(log.errors, []);
});

test('a core without parts still loads the complete file, once, for every type', async (t) => {
  const core = JSON.parse(await readFile(join(DIST, 'data/providers.core.json'), 'utf8'));
  delete core.evidence_parts;
  const { page, log } = await withWidget(t, {
    setup: (p) => p.route('**/data/providers.core.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(core) })),
  });
  const isp = await openFirstDetail(page);
  await evidenceReady(page);
  assert.deepEqual(fetched(log), ['/data/providers.json']);
  const expected = await sourcesOf(isp);
  const hrefs = await page.locator('.pc-detail .pc-sources a').evaluateAll((as) => as.map((a) => a.href));
  assert.ok(hrefs.length > 0 && hrefs.every((h) => expected.has(h)));
  await pickType(page, 'email');
  assert.equal(await evidenceState(page), 'complete');
  assert.deepEqual(fetched(log), ['/data/providers.json']);
  assert.deepEqual(log.errors, []);
});

test('a part that is not the core\'s is refused: the core keeps working and says so', async (t) => {
  const email = await readFile(join(DIST, 'data/evidence/email.json'));
  const { page } = await withWidget(t, {
    setup: (p) => p.route('**/data/evidence/isp.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: email })),
  });
  await openFirstDetail(page);
  await page.locator('.pc-widget[data-pc-evidence="failed"]').waitFor();
  const note = page.locator('.pc-detail .pc-evidence-note');
  assert.match(await note.innerText(), /konnten nicht geladen werden/);
  assert.equal(await note.getByRole('button', { name: 'Erneut versuchen' }).count(), 1);
  assert.equal(await page.locator('.pc-detail .pc-sources a').count(), 0);
  assert.ok((await ranking(page)).length >= 10, 'the ranking stays');
});
