// Screenshots of one classroom lesson, for the README and the closing note of issue 13:
// docs/lesson-1-projector.png … docs/lesson-5-worksheet.png, taken from the release build in
// dist/ (run `trunk build --release` first) with Debian's Chromium.
//   node scripts/lesson-screenshots.mjs [OUT_DIR]
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve, CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';

const out = resolve(process.argv[2] ?? join(import.meta.dirname, '../docs'));
const server = await serve();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const ready = (page) => page.locator('[data-pc-weight], [data-pc-group-weight]').first().waitFor();
const evidence = (page) => page.locator('.pc-widget[data-pc-evidence="complete"]').waitFor();

try {
  // 1. The projector view at 1280×720, hosting.
  let page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${server.url}#pc=1~t.hosting~v.p~i.1~l.de`);
  await ready(page);
  await page.screenshot({ path: join(out, 'lesson-1-projector.png') });

  // 2. The duties explained, in the projector view.
  await page.locator('[data-pc-panel="duties"]').click();
  await evidence(page);
  await page.locator('[data-pc-duty="privacy"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(out, 'lesson-2-duties.png') });
  await page.close();

  // 3. A pupil takes a role on a laptop and weights for it; the link to hand in.
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}#pc=1~t.email~i.1~l.de`);
  await ready(page);
  await page.locator('[data-pc-panel="roles"]').click();
  const role = page.locator('[data-pc-role="journalist"]');
  await role.locator('summary').click();
  await role.locator('[data-pc-take-role]').click();
  await page.locator('[data-pc-role-task]').waitFor();
  for (const [id, value] of [['privacy', 10], ['security', 10], ['access_control', 9], ['pricing', 2]]) {
    const input = page.locator(`[data-pc-weight="${id}"]`);
    if (await input.count()) await input.fill(String(value));
  }
  await page.locator('[data-pc-role-task]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(out, 'lesson-3-role.png') });
  const pupilLink = page.url();
  await page.close();

  // 4. The class view with three pupils' links and a garbled one.
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}#pc=1~t.email~i.1~l.de`);
  await ready(page);
  const links = [pupilLink, `${server.url}#pc=1~t.email~r.family~w.support:9,pricing:9~l.de`,
    `${server.url}#pc=1~t.email~r.craft_business~w.sla:10,backup:9~l.de`, 'https://schule.example/#pc=1~t.email~w.privacy:zz'];
  await page.getByText('Klassenansicht (für Lehrkräfte)').click();
  await page.getByLabel('Links der Klasse (ein Link pro Zeile)').fill(links.join('\n'));
  await page.getByRole('button', { name: 'Auswerten' }).click();
  await page.locator('[data-pc-class-w]').waitFor();
  await page.locator('[data-pc-class-w]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(out, 'lesson-4-class.png') });
  await page.close();

  // 5. The worksheet's first page, as printed.
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => { window.print = () => {}; });
  await page.goto(`${server.url}#pc=1~t.email~i.1~l.de`);
  await ready(page);
  await page.hover('[data-pc-provider] .pc-name');
  await evidence(page);
  await page.getByRole('button', { name: 'Arbeitsblatt drucken' }).click();
  await page.locator('.pc-sheet-printing').waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(join(tmpdir(), 'pc-lesson-'));
  writeFileSync(join(dir, 'sheet.pdf'), await page.pdf({ preferCSSPageSize: true }));
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', join(dir, 'sheet.pdf'), join(dir, 'page')]);
  renameSync(join(dir, 'page-1.png'), join(out, 'lesson-5-worksheet.png'));
  await page.close();
  console.log(`lesson screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
