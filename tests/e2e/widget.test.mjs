// End-to-end: the release build in dist/, served on 127.0.0.1, in headless Chromium, used the way
// a reader uses it — by keyboard and pointer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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

test('the release build loads, ranks the ISPs and stays on its own origin', async () => {
  const { page, context, log } = await openPage(browser, server.url);
  await page.waitForSelector('.pc-weights');
  assert.deepEqual(await rowNames(page), ['Telekom', 'A1', 'Vodafone']);
  assert.match(await page.locator('.pc-header').innerText(), /Stand: 27\.11\.2026/);
  const origin = new URL(server.url).origin;
  const foreign = log.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'no request may leave the page origin');
  assert.deepEqual(await context.cookies(), [], 'no cookies');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('keyboard alone: choose a type, move sliders, sort, open and close a detail', async () => {
  const { page, context, log } = await openPage(browser, server.url);
  await page.waitForSelector('.pc-weights');

  // Type picker: a radio group, arrow keys move the choice.
  await page.locator('input[type=radio][value=isp]').focus();
  await page.keyboard.press('ArrowRight');
  assert.match(await page.locator('.pc-ranking h3').innerText(), /Webhosting/);
  await page.keyboard.press('ArrowLeft');
  assert.match(await page.locator('.pc-ranking h3').innerText(), /Internetzugang/);

  // Sliders: Home sets 0, End sets 10. Only "security" left: A1 (4) > Telekom (3) > Vodafone (2).
  const sliders = page.locator('.pc-weights input[type=range][id*="-weight-"]');
  const n = await sliders.count();
  assert.equal(n, 13);
  for (let i = 0; i < n; i++) {
    await sliders.nth(i).focus();
    await page.keyboard.press('Home');
  }
  assert.match(await page.locator('.pc-notice').innerText(), /Alle Gewichte stehen auf 0/);
  const security = page.locator('input[id$="-weight-security"]');
  await security.focus();
  await page.keyboard.press('End');
  assert.equal(await security.getAttribute('aria-valuetext'), '10 von 10, entscheidend; Anteil an der Gesamtwertung 100 %');
  assert.deepEqual(await rowNames(page), ['A1', 'Telekom', 'Vodafone']);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await security.inputValue(), '9');

  // Sorting: the header button is reachable and works with Enter.
  const nameHeader = page.locator('th', { has: page.locator('button', { hasText: 'Anbieter' }) });
  await nameHeader.locator('button').focus();
  await page.keyboard.press('Enter');
  assert.equal(await nameHeader.getAttribute('aria-sort'), 'ascending');
  assert.deepEqual(await rowNames(page), ['A1', 'Telekom', 'Vodafone']);
  await page.keyboard.press('Enter');
  assert.deepEqual(await rowNames(page), ['Vodafone', 'Telekom', 'A1']);

  // Detail: Enter on a name opens it and moves focus into it; Escape closes and returns focus.
  await page.locator('.pc-name', { hasText: 'Vodafone' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.pc-detail');
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('pc-detail')), true);
  assert.match(await page.locator('.pc-detail').innerText(), /Geldbuße gegen Vodafone/);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.pc-detail').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Vodafone');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a pointer click on a source opens it in a new tab, safely', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.waitForSelector('.pc-weights');
  await page.locator('.pc-name', { hasText: 'Telekom' }).click();
  const links = page.locator('.pc-detail .pc-sources a');
  assert.ok((await links.count()) > 10);
  for (const rel of await links.evaluateAll((as) => as.map((a) => a.rel))) {
    assert.equal(rel, 'noopener noreferrer');
  }
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.href));
  assert.ok(hrefs.every((h) => /^https?:\/\//.test(h)));
  await context.close();
});

test('English is complete for the visible widget', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.waitForSelector('.pc-weights');
  await page.getByRole('button', { name: 'English' }).click();
  const text = await page.locator('.pc-widget').innerText();
  for (const german of ['Rangliste', 'Gewichtung', 'Anbieterart', 'Stand:', 'Datenbasis', 'Was bedeutet das?']) {
    assert.ok(!text.includes(german), `"${german}" is still German`);
  }
  assert.match(text, /Ranking: Internet access \(ISP\)/);
  await context.close();
});

test('at 320 px the page does not scroll sideways; only the table does', async () => {
  const { page, context } = await openPage(browser, server.url, { width: 320, height: 640 });
  await page.waitForSelector('.pc-weights');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  const wrap = await page.locator('.pc-table-wrap').evaluate((el) => ({ tabIndex: el.tabIndex, scrolls: el.scrollWidth > el.clientWidth }));
  assert.deepEqual(wrap, { tabIndex: 0, scrolls: true });
  await context.close();
});

test('a broken or missing dataset gives a clear message in the widget, not a blank page', async () => {
  const { page, context } = await openPage(browser, null);
  await page.route('**/data/providers.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format_version": 1, "title": 5}' }));
  await page.goto(server.url);
  const error = page.locator('.pc-error');
  await error.waitFor();
  const text = await error.innerText();
  assert.match(text, /Der Datensatz konnte nicht geladen werden/);
  assert.match(text, /title/);
  assert.match(text, /Falscher Typ/);
  await page.unroute('**/data/providers.json');
  await page.route('**/data/providers.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.reload();
  await page.locator('.pc-error').waitFor();
  assert.match(await page.locator('.pc-error').innerText(), /Status 500/);
  // The retry button is there for a server error, and the language switch still works.
  await page.locator('.pc-lang-button[lang=en]').click();
  assert.match(await page.locator('.pc-error').innerText(), /status 500[\s\S]*Try again/);
  await context.close();
});

test('ranking method: reorder the groups by keyboard and by pointer (drag and drop)', async () => {
  const { page, context, log } = await openPage(browser, server.url);
  await page.waitForSelector('.pc-weights');
  await page.locator('input[id$="-method-ranking"]').check();
  const names = () => page.locator('.pc-order-name').allTextContents();
  assert.equal((await names())[0], 'Technische Aufgaben');
  // Keyboard: the "up" button of the third group, pressed with Enter, moves it up and keeps the
  // focus; at the top, where "up" is disabled, focus moves to its "down" button.
  const up = page.locator('.pc-order-item', { hasText: 'Vertragliche Pflichten' }).locator('button').first();
  await up.focus();
  await page.keyboard.press('Enter');
  assert.match(await page.evaluate(() => document.activeElement?.id ?? ''), /order-up-contractual$/);
  await page.keyboard.press('Enter');
  assert.equal((await names())[0], 'Vertragliche Pflichten');
  assert.match(await page.evaluate(() => document.activeElement?.id ?? ''), /order-down-contractual$/);
  assert.equal(await page.locator('input[id$="-group-contractual"]').inputValue(), '10');
  // Pointer: drag the last group onto the first place.
  await page.locator('.pc-order-item').last().dragTo(page.locator('.pc-order-item').first());
  assert.equal((await names())[0], 'Kommunikation und Transparenz');
  assert.equal(await page.locator('input[id$="-group-communication"]').inputValue(), '10');
  assert.deepEqual(log.errors, []);
  await context.close();
});
