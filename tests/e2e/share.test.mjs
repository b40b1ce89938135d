// Sharing and exporting, against the release build: a link restores the same view in a fresh
// browser, a garbled one still opens, copying works with feedback, the side-by-side view, the CSV
// and JSON downloads, and the printed PDF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  widgetSuite, withWidget, ranking, weights, entry, weightInput, groupWeightInput, typeControl, pickType,
  shippedDataset, evidenceReady, shippedCheckedDe,
} from './harness.mjs';

widgetSuite();

/** What a reader sees of the ranking: providers, ranks and totals, and every weight's value. */
async function view(page) {
  return {
    ranking: await ranking(page),
    weights: await weights(page),
    heading: await page.locator('.pc-ranking h3').innerText(),
    detail: await page.locator('.pc-detail h3').allTextContents(),
    sorted: await page.locator('th[aria-sort]').allTextContents(),
  };
}

test('a share link restores the same view and ranking in a fresh browser', async (t) => {
  const { page, context } = await withWidget(t);
  assert.equal(new URL(page.url()).hash, '', 'a plain visit keeps a plain address');
  await pickType(page, 'email');
  // Keyboard on two sliders, a group weight, a knock-out switched off, a minimum, a sort, a detail.
  const support = weightInput(page, 'support');
  await support.focus();
  await page.keyboard.press('End');
  const legal = groupWeightInput(page, 'legal');
  await legal.focus();
  await page.keyboard.press('Home');
  await page.locator('.pc-rules input[type=checkbox]').first().uncheck();
  await page.locator('.pc-minimums summary').click();
  await page.locator('[data-pc-minimum="security"]').selectOption('4');
  await page.locator('.pc-sort', { hasText: 'Datenbasis' }).click();
  await entry(page, 'gmail').locator('.pc-name').click();
  await typeControl(page, 'email').focus();
  const shared = await view(page);
  const link = page.url();
  assert.match(link, /#pc=1~t\.email~w\.support:10~g\.legal:0~k\.privacy-failing~n\.security:4~s\.coverage,d~d\.gmail~l\.de$/);
  await context.close();

  const { page: fresh, log } = await withWidget(t, { url: link });
  await fresh.locator('.pc-detail').waitFor();
  assert.deepEqual(await view(fresh), shared);
  assert.equal(await fresh.locator('.pc-link-notice').count(), 0);
  assert.deepEqual(log.errors, []);
});

test('a garbled or hostile link opens what it can and says what it could not', async (t) => {
  const { page, log } = await withWidget(t, { hash: '#pc=1~t.cloud~w.support:99~d.<img>~x.aws,nobody~zz~l.en' });
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
  assert.equal(await entry(page, 'aws').locator('.pc-pick').isChecked(), true, 'AWS is still picked');
  await notice.locator('button').click();
  assert.equal(await notice.count(), 0);
  // A link pasted into the address bar of the open page only changes the fragment: it is shown.
  await page.evaluate(() => { location.hash = 'pc=1~t.isp~l.de'; });
  await page.waitForFunction(() => document.querySelector('.pc-ranking h3')?.textContent.includes('Internetzugang'));
  assert.deepEqual(log.errors, []);
});

test('copy link: the clipboard gets the address of this view, with feedback', async (t) => {
  const { page } = await withWidget(t, { hash: '#pc=1~t.hosting~l.de', context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await page.locator('.pc-share-actions button', { hasText: 'Link' }).click();
  await page.waitForFunction(() => document.querySelector('.pc-sharebar > .pc-hint')?.textContent.includes('kopiert'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url());
});

test('side by side: picked providers in columns, with an accessible profile chart', async (t) => {
  const { page } = await withWidget(t, { hash: '#pc=1~t.email~l.de' });
  const pick = (id) => entry(page, id).locator('.pc-pick').check();
  await pick('proton-mail');
  assert.match(await page.locator('.pc-side').innerText(), /mindestens einen weiteren/);
  await pick('gmail');
  await pick('outlook');
  const heads = await page.locator('.pc-side-table thead th').allTextContents();
  assert.deepEqual(heads, ['Pflicht', 'Proton Mail', 'Gmail', 'Outlook.com'], 'in the order picked');
  // A row per duty that applies (12 for e-mail), with score, reason and sources per provider.
  assert.equal(await page.locator('.pc-side-duty').count(), 12);
  const privacy = page.locator('.pc-side-table tr', { hasText: 'Datenschutz (DSGVO)' });
  await evidenceReady(page);
  const shipped = await shippedDataset();
  const privacyOf = (id) => shipped.providers.find((p) => p.id === id).ratings.privacy.score;
  const expected = ['proton-mail', 'gmail', 'outlook'].map((id) => `${privacyOf(id)} von 5`).join('[\\s\\S]*');
  assert.match(await privacy.innerText(), new RegExp(expected));
  assert.ok(await privacy.locator('a[rel="noopener noreferrer"]').count() >= 3);
  // The chart: a figure with a caption that names it; every bar labelled in text with name and
  // value (read as "Proton Mail 44"), the bars themselves hidden from screen readers.
  const figure = page.locator('.pc-profile');
  const caption = await page.locator(`#${await figure.getAttribute('aria-labelledby')}`).innerText();
  assert.match(caption, /Profil nach Pflichtgruppen/);
  assert.equal(await figure.locator('svg:not([aria-hidden="true"])').count(), 0);
  const labels = await page.locator('.pc-profile-item').evaluateAll((items) => items.map((li) =>
    `${li.querySelector('.pc-profile-value').textContent.trim()} · ${li.querySelector('.pc-profile-name').textContent.trim()}`));
  assert.equal(labels.length, 5 * 3);
  // The group sub-totals in the table are the chart's numbers (rounded), group by group in the
  // order of the columns.
  const names = ['Proton Mail', 'Gmail', 'Outlook.com'];
  const groupRows = page.locator('.pc-side-group');
  for (let g = 0; g < await groupRows.count(); g++) {
    const cells = await groupRows.nth(g).locator('td').allTextContents();
    cells.forEach((cell, i) => {
      const value = Number(cell.replace(',', '.'));
      if (Number.isNaN(value)) return;
      assert.ok(labels.includes(`${Math.round(value)} · ${names[i]}`), `${cell} ${names[i]}: ${labels.join(' | ')}`);
    });
  }
  await page.locator('.pc-side-head button').click();
  assert.equal(await page.locator('.pc-side').count(), 0);
  assert.equal(await page.locator('.pc-pick:checked').count(), 0);
});

test('CSV and JSON downloads hold the ranking and the weights', async (t) => {
  // The teaching text's e-mail providers only: the filter is said on the first line.
  const { page } = await withWidget(t, { hash: '#pc=1~t.email~w.privacy:10~l.de~i.1' });
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.pc-share-actions button', { hasText: 'CSV' }).click(),
  ]);
  assert.equal(csvDownload.suggestedFilename(), 'provider-vergleich-email.csv');
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  const shipped = await shippedDataset();
  assert.equal(lines[0], `Aufgaben und Pflichten vom Provider;E-Mail;${shipped.checked};#1~t.email~w.privacy:10~l.de~i.1;Nur Anbieter aus dem Unterrichtstext.`);
  assert.match(lines[1], /^Rang;Anbieter;Gesamt;Gesamt ohne Abwertung;Gesamt, ungünstigster Fall;Gesamt, günstigster Fall;Datenbasis %;Technische Aufgaben;/);
  // The first row as shown, its total written with a decimal comma as the German widget shows it.
  const [first] = await ranking(page);
  assert.deepEqual([first.id, first.rank], ['proton-mail', 1]);
  assert.equal(lines[2].split(';').slice(0, 3).join(';'), `1;Proton Mail;${first.total.replace('.', ',')}`);
  assert.ok(lines.some((l) => l.startsWith('Pflicht;Rechtliche Pflichten;Datenschutz (DSGVO);10;')), 'the weights');
  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.pc-share-actions button', { hasText: 'JSON' }).click(),
  ]);
  const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
  assert.equal(json.type, 'email');
  assert.equal(json.version, 2);
  assert.equal(json.options.unknowns, 'leave-out');
  assert.deepEqual([json.options.country, json.options.text_only], [null, true]);
  assert.deepEqual(json.ranking.map((r) => r.id).sort(), ['gmail', 'outlook', 'proton-mail']);
  // Each total lies within its worst and best case (equal to it where nothing is unknown).
  for (const r of json.ranking.filter((r) => r.total !== null)) {
    assert.ok(r.total_worst <= r.total + 0.005 && r.total <= r.total_best + 0.005, JSON.stringify(r));
  }
  const shown = await ranking(page);
  assert.deepEqual(json.ranking.map((r) => r.id), shown.map((r) => r.id));
  assert.deepEqual(json.ranking.map((r) => r.rank), shown.map((r) => r.rank));
  const names = Object.fromEntries((await shippedDataset()).providers.map((p) => [p.id, p.name]));
  assert.deepEqual(json.ranking.map((r) => r.name), shown.map((r) => names[r.id]));
  assert.equal(json.weights.criteria.find((c) => c.id === 'privacy').slider, 10);
  // Where downloads are blocked, the same export is there as text.
  await page.locator('.pc-export-text summary').click();
  const asText = await page.locator('.pc-export-text textarea').first().inputValue();
  // (A text field turns line breaks into plain LF.)
  assert.equal(asText, csv.replace(/\r\n/g, '\n'));
});

test('print: an A4 PDF with the ranking, weights, sources and date, without controls', async (t) => {
  const { page } = await withWidget(t, { hash: '#pc=1~t.email~l.de' });
  // A pointer crossing the widget does not fetch the evidence (the sources) of the core; one
  // over a provider's name, about to open its detail, does.
  assert.equal(await page.locator('.pc-widget').getAttribute('data-pc-evidence'), 'idle');
  await page.hover('.pc-ranking h3');
  await page.locator('.pc-weights').hover();
  await page.waitForTimeout(300);
  assert.equal(await page.locator('.pc-widget').getAttribute('data-pc-evidence'), 'idle');
  await page.hover('[data-pc-provider] .pc-name');
  await evidenceReady(page);
  // The ranges of totals that unknowns can move, as the table writes them (decimal comma).
  const ranges = await page.locator('[data-pc-worst]').evaluateAll((els) =>
    els.map((e) => `${e.dataset.pcWorst}–${e.dataset.pcBest}`.replace(/\./g, ',')));
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const dir = mkdtempSync(join(tmpdir(), 'pc-print-'));
  writeFileSync(join(dir, 'p.pdf'), pdf);
  // Dataset text inside the widget's sentences sits between invisible isolates (U+2068…U+2069).
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'p.pdf'), '-']).toString().replace(/[\u2066-\u2069]/g, '')
    // A long address may wrap after a hyphen at the end of a printed line: join it again.
    .replace(/-\n\s*/g, '-');
  const info = execFileSync('pdfinfo', [join(dir, 'p.pdf')]).toString();
  assert.match(info, /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  // In layout mode pdftotext may set the first letter after an isolate on a line of its own; the
  // raw text keeps words whole (the isolates stand on lines of their own there).
  const raw = execFileSync('pdftotext', ['-raw', join(dir, 'p.pdf'), '-']).toString()
    .replace(/\n?[\u2066-\u2069]\n?/g, '');
  const data = await shippedDataset();
  const emails = data.providers.filter((p) => p.type === 'email');
  for (const needed of [`Stand: ${await shippedCheckedDe()}`, 'Rangliste: E-Mail', 'Rang', 'Gesamt', ...emails.map((p) => p.name),
    'Gewichtung für diese Rangliste', 'Datenschutz (DSGVO): 8', 'Quellen der Bewertungen', 'https://proton.me/blog/climate-activist-arrest']) {
    assert.ok(text.includes(needed) || raw.includes(needed), `missing: ${needed}`);
  }
  for (const range of ranges) assert.ok(text.includes(range), `range not printed: ${range}`);
  for (const control of ['Gewichten mit', 'Zurücksetzen', 'Link zu dieser Ansicht kopieren', 'CSV herunterladen', 'Anbieterart', 'Auswahl leeren']) {
    assert.ok(!text.includes(control), `control printed: ${control}`);
  }
});

test('a link that names one provider on both sides of the pair comparison is repaired', async (t) => {
  const { page } = await withWidget(t, { hash: '#pc=1~t.isp~c.telekom,telekom~l.de' });
  await page.waitForSelector('.pc-link-notice');
  assert.match(await page.locator('.pc-link-notice').innerText(), /„telekom“ steht zweimal/);
  const values = await page.locator('.pc-compare select').evaluateAll((s) => s.map((e) => e.options[e.selectedIndex].text));
  assert.equal(values.length, 2);
  assert.equal(values[0], 'Telekom');
  assert.notEqual(values[1], 'Telekom');
  // The address no longer carries the pair twice.
  await page.waitForFunction(() => !location.hash.includes('telekom,telekom'));
});
