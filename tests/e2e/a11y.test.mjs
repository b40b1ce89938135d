// Accessibility (WCAG 2.1 AA): axe-core finds no violations in the main states, at 320 px and at
// 200 % zoom; every control shows a visible focus; the spinner respects reduced motion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { widgetSuite, withWidget, entries, pickType, axe } from './harness.mjs';

widgetSuite({
  pages: {
    // The compact layout, mounted directly into a host page.
    '/compact.html': `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Kompakt</title></head>
<body><main><h1>Seite mit Vergleich</h1><div data-provider-compare data-layout="compact" data-type="email"></div></main>
<script src="widget.js" defer></script></body></html>`,
  },
});

test('axe: initial, detail open, English, sorted, all weights zero', async (t) => {
  const { page } = await withWidget(t);
  await axe(page, 'initial');
  await entries(page).first().locator('.pc-name').click();
  await page.waitForSelector('.pc-detail');
  await page.locator('.pc-desc summary').first().click();
  await page.locator('.pc-method summary').click();
  await axe(page, 'detail open, descriptions open');
  await page.locator('.pc-lang-button[lang=en]').click();
  await page.locator('.pc-sort', { hasText: 'Total' }).click();
  await axe(page, 'English, sorted by total');
  for (const slider of await page.locator('[data-pc-weight], [data-pc-group-weight]').all()) {
    await slider.focus();
    await page.keyboard.press('Home');
  }
  await axe(page, 'all weights zero');
});

test('axe: the decision tools (presets, ranking, pairwise with a warning, rules, minimums, pair comparison)', async (t) => {
  const { page } = await withWidget(t);
  await page.locator('[data-pc-method="presets"]').check();
  await page.locator('.pc-preset').nth(1).click();
  await axe(page, 'presets');
  await page.locator('[data-pc-method="ranking"]').check();
  await page.locator('.pc-order-item').nth(2).locator('button').first().click();
  await axe(page, 'ranking');
  await page.locator('[data-pc-method="pairwise"]').check();
  const pairs = page.locator('.pc-pair input[type=range]');
  // Consistency is judged from five judgements on (five groups): a contradiction among them.
  await pairs.nth(0).fill('-8');
  await pairs.nth(4).fill('-8');
  await pairs.nth(1).fill('8');
  await pairs.nth(7).fill('-2');
  await pairs.nth(9).fill('-2');
  await page.waitForSelector('.pc-pairwise .pc-notice');
  await page.locator('.pc-minimums summary').click();
  await page.locator('[data-pc-minimum="access_control"]').selectOption('2');
  await pickType(page, 'email');
  await axe(page, 'pairwise warning, minimums, e-mail with a downgrade, pair comparison');
  // Every panel open (a detail, descriptions, side by side, sharing, embedding): no id is used
  // twice, so every label and description points at the one element meant.
  await page.locator('[data-pc-method="ranking"]').check();
  await page.locator('[data-pc-provider] input[type=checkbox]').nth(0).check();
  await page.locator('[data-pc-provider] input[type=checkbox]').nth(1).check();
  await page.locator('[data-pc-provider] .pc-name').first().click();
  await page.waitForSelector('.pc-detail');
  for (const summary of await page.locator('.pc-widget summary').all()) {
    if (await summary.isVisible()) await summary.click();
  }
  for (const method of ['sliders', 'presets', 'ranking', 'pairwise']) {
    await page.locator(`[data-pc-method="${method}"]`).check();
    const duplicates = await page.evaluate(() => {
      const seen = new Map();
      for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    });
    assert.deepEqual(duplicates, [], `duplicate ids with the ${method} method`);
  }
  await axe(page, 'every panel open');
});

test('axe: sharing and embedding (link notice, side by side with chart, export text, embed code, compact)', async (t) => {
  const { page, context } = await withWidget(t, { hash: '#pc=1~t.email~x.gmail,outlook~zz~l.de' });
  await page.waitForSelector('.pc-link-notice');
  await page.waitForSelector('.pc-profile svg');
  await page.locator('.pc-export-text summary').click();
  await page.locator('.pc-embed summary').click();
  await axe(page, 'link notice, side by side, export as text, embed code (iframe)');
  await page.locator('.pc-embed-options input[type=radio]').nth(1).check();
  await page.locator('.pc-embed-options input[type=checkbox]').nth(1).check();
  await page.locator('.pc-share-actions button').first().click();
  await axe(page, 'embed code (direct, compact), copy feedback');
  await page.locator('.pc-lang-button[lang=en]').click();
  await axe(page, 'the same in English');
  await context.close();
  const compact = await withWidget(t, { url: 'compact.html', viewport: { width: 360, height: 800 }, ready: (p) => p.locator('.pc-compact') });
  await axe(compact.page, 'compact layout at 360 px', { shadow: true });
  // Mounted into a host page, the widget never changes the page's title or language.
  await compact.page.locator('.pc-lang-button[lang=en]').click();
  await compact.page.locator('.pc-widget[lang=en]').waitFor();
  assert.equal(await compact.page.title(), 'Kompakt');
  assert.equal(await compact.page.evaluate(() => document.documentElement.lang), 'de');
});

test('axe: the error message and the loading state', async (t) => {
  const { page, context } = await withWidget(t, {
    ready: false,
    setup: (p) => p.route('**/data/providers.core.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"format_version": 1, "title": []}' }),
    ),
  });
  await page.waitForSelector('.pc-error');
  await axe(page, 'error');
  await context.close();

  let release;
  const held = new Promise((ok) => { release = ok; });
  const slow = await withWidget(t, {
    ready: false,
    setup: (p) => p.route('**/data/providers.core.json', async (route) => { await held; await route.continue(); }),
  });
  // After the quiet start (a moment without a loading view, see use_quiet_start): a status.
  const loading = slow.page.locator('.pc-loading');
  await loading.waitFor();
  assert.equal(await loading.getAttribute('role'), 'status');
  assert.match(await loading.textContent(), /geladen/);
  await axe(slow.page, 'loading');
  release();
  await slow.context.close();
});

test('axe at 320 px and at 200 % zoom (640 CSS px); nothing scrolls sideways but the table', async (t) => {
  for (const viewport of [{ width: 320, height: 640 }, { width: 640, height: 450 }]) {
    const { page, context } = await withWidget(t, { viewport });
    await entries(page).first().locator('.pc-name').click();
    await axe(page, `${viewport.width} px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `${viewport.width} px`);
    await context.close();
  }
});

test('every focusable control shows a visible focus indicator', async (t) => {
  const { page } = await withWidget(t);
  await entries(page).first().locator('.pc-name').click(); // the detail adds links and a close button
  await page.evaluate(() => document.activeElement?.blur());
  await page.locator('body').press('Tab'); // start keyboard navigation from the top
  const seen = new Set();
  for (let i = 0; i < 120; i++) {
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      // A visually hidden radio shows its focus on its label.
      const shown = getComputedStyle(el).opacity === '0' ? el.nextElementSibling : el;
      const s = getComputedStyle(shown);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      return { id: el.id || el.textContent.trim().slice(0, 30) || el.tagName, outline, tag: el.tagName };
    });
    if (info) {
      assert.ok(info.outline, `no visible focus on ${info.tag} "${info.id}"`);
      seen.add(info.id);
    }
    await page.keyboard.press('Tab');
  }
  assert.ok(seen.size > 30, `only ${seen.size} controls reached by Tab`);
});

test('skip links: the first tab stops jump to the weighting and to the ranking, shown when focused', async (t) => {
  const { page } = await withWidget(t);
  await page.locator('body').press('Tab');
  const first = page.locator('.pc-skip-link').first();
  assert.equal(await first.evaluate((el) => el === document.activeElement), true, 'the first tab stop');
  assert.equal(await first.innerText(), 'Zur Gewichtung');
  assert.ok(await first.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight && r.width > 20; }), 'visible when focused');
  await page.keyboard.press('Enter');
  assert.match(await page.evaluate(() => document.activeElement.id), /weights-title$/);
  // The next Tab goes on inside the weighting.
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => !!document.activeElement.closest('.pc-weights')));
  const second = page.locator('.pc-skip-link').nth(1);
  await second.focus();
  assert.equal(await second.innerText(), 'Zur Rangliste');
  assert.ok(await second.evaluate((el) => el.getBoundingClientRect().bottom > 0), 'visible when focused');
  await page.keyboard.press('Enter');
  assert.match(await page.evaluate(() => document.activeElement.id), /ranking-title$/);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'the focus is visible where the jump lands');
  assert.equal(new URL(page.url()).hash, '', 'the jump writes nothing into the address');
  // Out of sight when not focused.
  assert.ok(await first.evaluate((el) => el.getBoundingClientRect().bottom < 0));
});

test('the loading spinner does not spin for people who prefer reduced motion', async (t) => {
  for (const [reducedMotion, expected] of [['reduce', 'none'], ['no-preference', 'pc-spin']]) {
    let release;
    const held = new Promise((ok) => { release = ok; });
    const { page, context } = await withWidget(t, {
      context: { reducedMotion },
      ready: false,
      setup: (p) => p.route('**/data/providers.core.json', async (route) => { await held; await route.continue(); }),
    });
    const spinner = page.locator('.pc-spinner');
    await spinner.waitFor();
    assert.equal(await spinner.evaluate((el) => getComputedStyle(el).animationName), expected);
    release();
    await context.close();
  }
});
