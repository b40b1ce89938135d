// The classroom worksheet and its answer sheet (issue 13): printed from the widget for the type on
// show, as A4 PDFs whose text (pdftotext) has the four tasks and, on the answer sheet only, the
// answers; in German and English; nothing of the ranking's page on them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { widgetSuite, withWidget, evidenceReady, shippedDataset } from './harness.mjs';

widgetSuite();

/** Prints the sheet the button `label` asks for and returns the PDF's text and page info. */
async function printSheet(page, label) {
  await page.getByRole('button', { name: label }).click();
  await page.locator('.pc-widget.pc-sheet-printing').waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const dir = mkdtempSync(join(tmpdir(), 'pc-sheet-'));
  writeFileSync(join(dir, 's.pdf'), pdf);
  const text = execFileSync('pdftotext', ['-layout', join(dir, 's.pdf'), '-']).toString()
    .replace(/[\u2066-\u2069]/g, '').replace(/-\n\s*/g, '-');
  const info = execFileSync('pdfinfo', [join(dir, 's.pdf')]).toString();
  return { text, info };
}

test('the worksheet and the answer sheet print to A4 with the tasks, and only the answer sheet has the answers', async (t) => {
  const { page } = await withWidget(t, {
    hash: '#pc=1~t.email~l.de~i.1',
    // The print dialog itself is the browser's: here the PDF is made by the test.
    setup: (p) => p.addInitScript(() => { window.print = () => {}; }),
  });
  await page.hover('[data-pc-provider] .pc-name');
  await evidenceReady(page);
  const data = await shippedDataset();
  const duty = (id) => data.criteria.find((c) => c.id === id).name.de;

  const sheet = await printSheet(page, 'Arbeitsblatt drucken');
  assert.match(sheet.info, /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  for (const needed of ['Arbeitsblatt: Pflichten von Providern', 'E-Mail', 'Name:', 'Aufgabe 1', 'Aufgabe 2', 'Aufgabe 3', 'Aufgabe 4',
    'Die Vorschriften', 'DSGVO', duty('privacy'), duty('sla'), 'Proton Mail']) {
    assert.ok(sheet.text.includes(needed), `worksheet lacks: ${needed}\n${sheet.text}`);
  }
  // Groups as columns of task 1.
  for (const g of data.groups) assert.ok(sheet.text.includes(g.name.de.split(' ')[0]), `group ${g.name.de}`);
  for (const absent of ['Lösung', 'eur-lex.europa.eu', 'Quellen:', 'Rangliste: E-Mail', 'Gewichten mit']) {
    assert.ok(!sheet.text.includes(absent), `worksheet shows: ${absent}`);
  }
  assert.doesNotMatch(sheet.text, /\d von 5/, 'no scores on the worksheet');

  const answers = await printSheet(page, 'Lösungsblatt drucken');
  assert.match(answers.text, /Proton Mail \d von 5, Gmail \d von 5/);
  for (const needed of ['Lösungsblatt: Pflichten von Providern', 'Aufgabe 1', 'Aufgabe 4', 'X', 'Quellen:', 'https://eur-lex.europa.eu/',
    'Es gibt nicht die eine richtige Gewichtung']) {
    assert.ok(answers.text.includes(needed), `answer sheet lacks: ${needed}`);
  }
  assert.ok(!answers.text.includes('Name: ____'), 'no name line on the answer sheet');
  // Printing ended: the widget is back as it was.
  await page.waitForFunction(() => !document.querySelector('.pc-sheet-printing'));
});

test('in English too', async (t) => {
  const { page } = await withWidget(t, {
    hash: '#pc=1~t.hosting~l.en~i.1',
    setup: (p) => p.addInitScript(() => { window.print = () => {}; }),
  });
  await page.hover('[data-pc-provider] .pc-name');
  await evidenceReady(page);
  const sheet = await printSheet(page, 'Print the worksheet');
  for (const needed of ['Worksheet: what providers owe their customers', 'Web hosting', 'Task 1', 'Task 2', 'Task 3', 'Task 4', 'GDPR']) {
    assert.ok(sheet.text.includes(needed), `worksheet lacks: ${needed}\n${sheet.text}`);
  }
  const answers = await printSheet(page, 'Print the answer sheet');
  for (const needed of ['Answer sheet', 'out of 5', 'Sources:', 'There is no single right weighting']) {
    assert.ok(answers.text.includes(needed), `answer sheet lacks: ${needed}`);
  }
});
