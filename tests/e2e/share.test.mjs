// Sharing and exporting, against the release build: a link restores the same view in a fresh
// browser, a garbled one still opens, copying works with feedback, the side-by-side view, the CSV
// and JSON downloads, and the printed PDF.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, rowNames } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** What a reader sees of the ranking: names, totals, and every slider's value. */
async function view(page) {
  return {
    rows: await rowNames(page),
    totals: await page.locator('.pc-total-value').allTextContents(),
    sliders: await page.locator('.pc-weights input[type=range]').evaluateAll((els) => els.map((e) => `${e.id.replace(/^pc\d+-/, '')}=${e.value}`)),
    heading: await page.locator('.pc-ranking h3').innerText(),
    detail: await page.locator('.pc-detail h3').allTextContents(),
    sorted: await page.locator('th[aria-sort]').allTextContents(),
  };
}

test('a share link restores the same view and ranking in a fresh browser', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.waitForSelector('.pc-weights');
  assert.equal(new URL(page.url()).hash, '', 'a plain visit keeps a plain address');
  await page.locator('input[type=radio][value=email]').check();
  // Keyboard on two sliders, a group weight, a knock-out switched off, a minimum, a sort, a detail.
  const support = page.locator('input[id$="-weight-support"]');
  await support.focus();
  await page.keyboard.press('End');
  const legal = page.locator('input[id$="-group-legal"]');
  await legal.focus();
  await page.keyboard.press('Home');
  await page.locator('.pc-rules input[type=checkbox]').first().uncheck();
  await page.locator('.pc-minimums summary').click();
  await page.locator('select[id$="-min-security"]').selectOption('4');
  await page.locator('.pc-sort', { hasText: 'Datenbasis' }).click();
  await page.locator('.pc-name', { hasText: 'Gmail' }).click();
  await page.locator('input[type=radio][value=email]').focus();
  const shared = await view(page);
  const link = page.url();
  assert.match(link, /#pc=1~t\.email~w\.support:10~g\.legal:0~k\.privacy-failing~n\.security:4~s\.coverage,d~d\.gmail~l\.de$/);
  await context.close();

  const { page: fresh, context: c2, log } = await openPage(browser, link);
  await fresh.waitForSelector('.pc-weights');
  await fresh.locator('.pc-detail').waitFor();
  assert.deepEqual(await view(fresh), shared);
  assert.equal(await fresh.locator('.pc-link-notice').count(), 0);
  assert.deepEqual(log.errors, []);
  await c2.close();
});

test('a garbled or hostile link opens what it can and says what it could not', async () => {
  const { page, context, log } = await openPage(browser, `${server.url}#pc=1~t.cloud~w.support:99~d.<img>~x.aws,nobody~zz~l.en`);
  await page.waitForSelector('.pc-weights');
  assert.match(await page.locator('.pc-ranking h3').innerText(), /Cloud/);
  assert.equal(await page.locator('.pc-widget').getAttribute('lang'), 'en');
  const notice = page.locator('.pc-link-notice');
  assert.equal(await notice.getAttribute('role'), 'status');
  const text = await notice.innerText();
  assert.match(text, /Not readable: “w\.support:99”/);
  assert.match(text, /Not readable: “d\.<img>”/);
  assert.match(text, /The provider “nobody” does not exist here/);
  assert.match(text, /Not readable: “zz”/);
  assert.equal(await page.locator('.pc-link-notice img').count(), 0);
  assert.equal(await page.locator('.pc-pick:checked').count(), 1, 'AWS is still picked');
  await notice.locator('button').click();
  assert.equal(await notice.count(), 0);
  // A link pasted into the address bar of the open page only changes the fragment: it is shown.
  await page.evaluate(() => { location.hash = 'pc=1~t.isp~l.de'; });
  await page.waitForFunction(() => document.querySelector('.pc-ranking h3')?.textContent.includes('Internetzugang'));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('copy link: the clipboard gets the address of this view, with feedback', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${server.url}#pc=1~t.hosting~l.de`);
  await page.waitForSelector('.pc-weights');
  await page.locator('.pc-share-actions button', { hasText: 'Link' }).click();
  await page.waitForFunction(() => document.querySelector('.pc-sharebar > .pc-hint')?.textContent.includes('kopiert'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url());
  await context.close();
});

test('side by side: picked providers in columns, with an accessible profile chart', async () => {
  const { page, context } = await openPage(browser, `${server.url}#pc=1~t.email~l.de`);
  await page.waitForSelector('.pc-weights');
  await page.locator('.pc-pick').nth(0).check();
  assert.match(await page.locator('.pc-side').innerText(), /mindestens einen weiteren/);
  await page.locator('.pc-pick').nth(2).check();
  await page.locator('.pc-pick').nth(1).check();
  const heads = await page.locator('.pc-side-table thead th').allTextContents();
  assert.deepEqual(heads, ['Pflicht', 'Proton Mail', 'Gmail', 'Outlook.com'], 'in the order picked');
  // A row per duty that applies (12 for e-mail), with score, reason and sources per provider.
  assert.equal(await page.locator('.pc-side-duty').count(), 12);
  const privacy = page.locator('.pc-side-table tr', { hasText: 'Datenschutz (DSGVO)' });
  assert.match(await privacy.innerText(), /4 von 5[\s\S]*1 von 5[\s\S]*3 von 5/);
  assert.ok(await privacy.locator('a[rel="noopener noreferrer"]').count() >= 3);
  // The chart: an image with a caption that names it; every bar labelled with value and name.
  const svg = page.locator('.pc-profile svg');
  assert.equal(await svg.getAttribute('role'), 'img');
  const caption = await page.locator(`#${await svg.getAttribute('aria-labelledby')}`).innerText();
  assert.match(caption, /Profil nach Pflichtgruppen/);
  const labels = await page.locator('.pc-profile-value').allTextContents();
  assert.equal(labels.length, 5 * 3);
  assert.ok(labels.includes('28 · Gmail'), labels.join(' | '));
  // The group sub-totals in the table are the chart's numbers.
  const legalRow = await page.locator('.pc-side-group', { hasText: 'Rechtliche Pflichten' }).locator('td').allTextContents();
  assert.deepEqual(legalRow, ['80,0', '27,7', '60,0']);
  await page.locator('.pc-side-head button').click();
  assert.equal(await page.locator('.pc-side').count(), 0);
  assert.equal(await page.locator('.pc-pick:checked').count(), 0);
  await context.close();
});

test('CSV and JSON downloads hold the ranking and the weights', async () => {
  const { page, context } = await openPage(browser, `${server.url}#pc=1~t.email~w.privacy:10~l.de`);
  await page.waitForSelector('.pc-weights');
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.pc-share-actions button', { hasText: 'CSV' }).click(),
  ]);
  assert.equal(csvDownload.suggestedFilename(), 'provider-vergleich-email.csv');
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  assert.match(lines[0], /^Aufgaben und Pflichten vom Provider;E-Mail;2026-11-27;#1~t\.email~w\.privacy:10~l\.de$/);
  assert.match(lines[1], /^Rang;Anbieter;Gesamt;Gesamt ohne Abwertung;Datenbasis %;Technische Aufgaben;/);
  const table = await page.locator('.pc-total-value').allTextContents();
  assert.equal(lines[2].split(';').slice(0, 3).join(';'), `1;Proton Mail;${table[0]}`);
  assert.ok(lines.some((l) => l.startsWith('Pflicht;Rechtliche Pflichten;Datenschutz (DSGVO);10;')), 'the weights');
  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.pc-share-actions button', { hasText: 'JSON' }).click(),
  ]);
  const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
  assert.equal(json.type, 'email');
  assert.deepEqual(json.ranking.map((r) => r.name), await rowNames(page));
  assert.equal(json.weights.criteria.find((c) => c.id === 'privacy').slider, 10);
  // Where downloads are blocked, the same export is there as text.
  await page.locator('.pc-export-text summary').click();
  const asText = await page.locator('.pc-export-text textarea').first().inputValue();
  // (A text field turns line breaks into plain LF.)
  assert.equal(asText, csv.replace(/\r\n/g, '\n'));
  await context.close();
});

test('print: an A4 PDF with the ranking, weights, sources and date, without controls', async () => {
  const { page, context } = await openPage(browser, `${server.url}#pc=1~t.email~l.de`);
  await page.waitForSelector('.pc-weights');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const dir = mkdtempSync(join(tmpdir(), 'pc-print-'));
  writeFileSync(join(dir, 'p.pdf'), pdf);
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'p.pdf'), '-']).toString();
  const info = execFileSync('pdfinfo', [join(dir, 'p.pdf')]).toString();
  assert.match(info, /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  for (const needed of ['Stand: 27.11.2026', 'Rangliste: E-Mail', 'Rang', 'Gesamt', 'Proton Mail', 'Outlook.com', 'Gmail',
    'Gewichtung für diese Rangliste', 'Datenschutz (DSGVO): 8', 'Quellen der Bewertungen', 'https://proton.me/blog/climate-activist-arrest']) {
    assert.ok(text.includes(needed), `missing: ${needed}`);
  }
  for (const control of ['Gewichten mit', 'Zurücksetzen', 'Link zu dieser Ansicht kopieren', 'CSV herunterladen', 'Anbieterart', 'Auswahl leeren']) {
    assert.ok(!text.includes(control), `control printed: ${control}`);
  }
  await context.close();
});
