// Layout at every width a reader brings: 320, 375, 768, 1280 and 1920 px, and 1920×1080 at 200 %
// zoom (a 960 px CSS viewport at device scale 2). For every provider type, for the shipped data
// and for 150 providers with long names: every rendered ranking entry's name and total lie fully
// inside the viewport and inside every ancestor that clips (the scroll container), the page never
// scrolls sideways, whatever scrolls sideways says so (a fade and a written hint, since headless
// and touch browsers hide scrollbars), the side-by-side view fits with no column cut and its chart
// labels are at least 12 px; the sort buttons' focus ring is not clipped; axe finds nothing.
// The ranking is read through the test hooks (README, "Test hooks"); what is measured inside an
// entry (its name and total) by the widget's classes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { widgetSuite, withWidget, entries, pickType, ranking, shippedDataset, axe } from './harness.mjs';

widgetSuite();

const VIEWS = [
  { name: '320 px', viewport: { width: 320, height: 700 } },
  { name: '375 px', viewport: { width: 375, height: 800 } },
  { name: '768 px', viewport: { width: 768, height: 1000 } },
  { name: '1280 px', viewport: { width: 1280, height: 900 } },
  { name: '1920 px', viewport: { width: 1920, height: 1080 } },
  { name: '1920×1080 at 200 %', viewport: { width: 960, height: 540 }, context: { deviceScaleFactor: 2 } },
];
const TYPES = ['isp', 'hosting', 'cloud', 'email'];

/**
 * Everything that is wrong with the layout of the widget on `page`, as sentences (none: empty):
 * entries whose name or total is cut, sideways scrolling of the page, scroll containers without
 * a cue, and (with the side-by-side view open) cut columns and small chart labels.
 */
function problems(page) {
  return page.evaluate(() => {
    const found = [];
    const root = document.documentElement;
    const viewport = root.clientWidth;
    if (root.scrollWidth > root.clientWidth) found.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    // The horizontal box that an ancestor with overflow clips its content to.
    const clips = (el) => {
      const out = [];
      for (let a = el.parentElement; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX !== 'visible' && a !== document.body && a !== root) {
          const r = a.getBoundingClientRect();
          out.push({ el: a, left: r.left + a.clientLeft, right: r.left + a.clientLeft + a.clientWidth });
        }
      }
      return out;
    };
    const inside = (what, el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return found.push(`${what}: not shown`);
      if (r.left < -0.5 || r.right > viewport + 0.5) found.push(`${what}: ${Math.round(r.left)}–${Math.round(r.right)} px, outside the viewport (${viewport} px)`);
      for (const c of clips(el)) {
        if (r.left < c.left - 0.5 || r.right > c.right + 0.5) {
          found.push(`${what}: ${Math.round(r.left)}–${Math.round(r.right)} px, clipped by .${c.el.className} (${Math.round(c.left)}–${Math.round(c.right)} px)`);
        }
      }
      // Nothing covers it (where it is on screen): the point at its middle belongs to it.
      const x = (r.left + r.right) / 2;
      const y = (r.top + r.bottom) / 2;
      if (y > 0 && y < root.clientHeight) {
        const hit = document.elementFromPoint(x, y);
        if (hit && !el.contains(hit) && !hit.contains(el)) found.push(`${what}: covered by ${hit.tagName}.${hit.className}`);
      }
    };
    const shown = [...document.querySelectorAll('[data-pc-provider]')].filter((e) => e.getClientRects().length > 0);
    if (shown.length === 0) found.push('no ranking entry is shown');
    for (const e of shown) {
      const id = e.dataset.pcProvider;
      const name = e.querySelector('.pc-name');
      if (!name) found.push(`${id}: no name`); else inside(`${id}: name`, name);
      const totals = [...e.querySelectorAll('.pc-col-total :is(.pc-total-value, summary), .pc-col-total > span[aria-hidden]')];
      if (totals.length === 0) found.push(`${id}: no total`);
      for (const t of totals) inside(`${id}: total "${t.textContent}"`, t);
    }
    // Whatever scrolls sideways is a tab stop and carries a visible cue.
    for (const el of document.querySelectorAll('.pc-widget *')) {
      const s = getComputedStyle(el);
      if (!['auto', 'scroll'].includes(s.overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
      const wrap = el.closest('.pc-scroll');
      const hint = wrap?.previousElementSibling;
      const cue = wrap && /pc-scroll--(left|right)/.test(wrap.className);
      if (!cue || !hint?.matches('.pc-scroll-hint') || hint.getClientRects().length === 0) found.push(`.${el.className} scrolls sideways without a cue`);
      if (el.tabIndex < 0) found.push(`.${el.className} scrolls sideways but is no tab stop`);
    }
    // The side-by-side view: no cut column, labels of at least 12 px.
    const side = document.querySelector('.pc-side');
    if (side) {
      for (const cell of side.querySelectorAll('.pc-side-table :is(th, td)')) {
        if (cell.getClientRects().length === 0 || cell.closest('thead')?.getBoundingClientRect().width <= 1) continue;
        inside(`side by side: "${cell.textContent.slice(0, 30)}"`, cell);
      }
      const labels = [...side.querySelectorAll('.pc-profile :is(.pc-profile-name, .pc-profile-value, .pc-profile-group-name)')];
      if (labels.length === 0) found.push('side by side: no chart labels');
      for (const l of labels) {
        const px = parseFloat(getComputedStyle(l).fontSize);
        if (px < 12) found.push(`chart label "${l.textContent}": ${px} px`);
        inside(`chart label "${l.textContent}"`, l);
      }
    }
    return found;
  });
}

/** Ticks the first `n` entries for the side-by-side view and waits for its chart. */
async function compareFirst(page, n) {
  const picks = entries(page).locator('.pc-pick');
  const count = Math.min(n, await picks.count());
  for (let i = 0; i < count; i++) await picks.nth(i).check();
  if (count >= 2) await page.locator('.pc-profile').waitFor();
}

for (const view of VIEWS) {
  test(`layout at ${view.name}: every type, ranking and side by side`, async (t) => {
    const { page } = await withWidget(t, { viewport: view.viewport, context: view.context });
    for (const type of TYPES) {
      await pickType(page, type);
      assert.ok((await ranking(page)).length > 0, type);
      assert.deepEqual(await problems(page), [], `${type}, ranking`);
      // With a provider's details open.
      await entries(page).first().locator('.pc-name').click();
      await page.locator('.pc-detail').waitFor();
      assert.deepEqual(await problems(page), [], `${type}, details open`);
      await entries(page).first().locator('.pc-name').click();
      await compareFirst(page, 4);
      assert.deepEqual(await problems(page), [], `${type}, side by side`);
      await page.locator('.pc-side-head button').click();
    }
  });
}

test('a knock-out and an exclusion keep the row short; their reasons open by keyboard', async (t) => {
  for (const viewport of [{ width: 375, height: 800 }, { width: 1280, height: 900 }]) {
    const { page, context } = await withWidget(t, { viewport, hash: '#pc=1~t.email~l.de' });
    // Gmail is capped by a knock-out rule; a minimum excludes it.
    const gmail = page.locator('[data-pc-provider="gmail"]');
    const capped = gmail.locator('.pc-col-total summary');
    assert.match(await capped.innerText(), /abgewertet/i);
    const before = (await gmail.boundingBox()).height;
    assert.ok(before < 140, `${viewport.width} px: a capped row is ${before} px high`);
    assert.equal(await gmail.locator('.pc-reason').isVisible(), false, 'the reason is folded');
    await capped.focus();
    await page.keyboard.press('Enter');
    assert.match(await gmail.locator('.pc-reason').innerText(), /gedeckelt/);
    // The legend under the table names the marks and the coverage where they are.
    const legend = await page.locator('.pc-legend').innerText();
    assert.match(legend, /Datenbasis/);
    assert.match(legend, /9\/12/);
    assert.match(legend, /abgewertet/);
    await context.close();
    // A minimum for data protection excludes it.
    const second = await withWidget(t, { viewport, hash: '#pc=1~t.email~n.privacy:3~l.de' });
    const excludedRow = second.page.locator('[data-pc-provider="gmail"]');
    await excludedRow.locator('.pc-col-total summary').filter({ hasText: /ausgeschlossen/i }).waitFor();
    assert.equal(await excludedRow.getAttribute('data-pc-total'), '');
    const height = (await excludedRow.boundingBox()).height;
    assert.ok(height < 140, `${viewport.width} px: an excluded row is ${height} px high`);
    assert.deepEqual(await problems(second.page), [], `${viewport.width} px, excluded`);
    await second.context.close();
  }
});

test('150 providers with long names: names and totals stay visible at every width', async (t) => {
  const d = await shippedDataset();
  const isp = d.providers.filter((p) => p.type === 'isp');
  const long = 'Regionale Stadtwerke Internet- und Telekommunikationsdienste GmbH & Co. KG Süd';
  for (let n = 0; d.providers.filter((p) => p.type === 'isp').length < 150; n++) {
    for (const p of isp) d.providers.push({ ...p, id: `${p.id}-${n}`, name: `${long} ${n}` });
  }
  const setup = (page) => page.route('**/data/providers.core.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(d) }));
  for (const view of VIEWS) {
    const { page, context } = await withWidget(t, { viewport: view.viewport, context: view.context, setup, timeout: 30000 });
    assert.equal((await ranking(page)).length, 50, view.name);
    assert.deepEqual(await problems(page), [], `${view.name}, first 50`);
    await page.locator('.pc-more button').click();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    // The windowed table draws the rows near the view after the scroll (a frame later, or more
    // on a busy machine): wait for them rather than for a fixed time.
    await page.waitForFunction(() => [...document.querySelectorAll('[data-pc-provider]')].some((e) => {
      const r = e.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    }), null, { timeout: 10000 });
    assert.deepEqual(await problems(page), [], `${view.name}, all rows`);
    await compareFirst(page, 4);
    assert.deepEqual(await problems(page), [], `${view.name}, side by side`);
    await context.close();
  }
});

test('the scroll cue follows the table: hint and fade while columns are hidden, none once they are all in view', async (t) => {
  const { page } = await withWidget(t, { viewport: { width: 768, height: 900 }, hash: '#pc=1~t.cloud~l.en' });
  const wrap = page.locator('.pc-ranking .pc-table-wrap');
  const scroll = page.locator('.pc-ranking .pc-scroll');
  const overflows = await wrap.evaluate((el) => el.scrollWidth > el.clientWidth);
  assert.ok(overflows, 'at 768 px the group columns do not all fit');
  assert.match(await scroll.getAttribute('class'), /pc-scroll--right/);
  assert.match(await page.locator('.pc-ranking .pc-scroll-hint').innerText(), /scroll sideways/);
  assert.equal(await wrap.getAttribute('tabindex'), '0');
  // The fade is drawn at the hidden edge.
  const fade = await scroll.evaluate((el) => getComputedStyle(el, '::after').backgroundImage);
  assert.match(fade, /gradient/);
  await wrap.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
  await page.waitForFunction(() => /pc-scroll--left/.test(document.querySelector('.pc-ranking .pc-scroll').className));
  assert.doesNotMatch(await scroll.getAttribute('class'), /pc-scroll--right/);
  assert.deepEqual(await problems(page), [], 'scrolled to the end');
  // Where the table fits, there is neither a hint nor an extra tab stop.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.locator('.pc-ranking .pc-scroll-hint').waitFor({ state: 'detached' });
  assert.equal(await wrap.getAttribute('tabindex'), null);
});

test('the sort buttons\' focus ring is drawn whole, inside the table\'s clipping box', async (t) => {
  for (const viewport of [{ width: 768, height: 900 }, { width: 1280, height: 900 }, { width: 375, height: 800 }]) {
    const { page, context } = await withWidget(t, { viewport });
    await page.keyboard.press('Tab'); // keyboard modality, so that :focus-visible applies
    const buttons = page.locator('.pc-ranking .pc-sort');
    for (let i = 0; i < await buttons.count(); i++) {
      await buttons.nth(i).focus();
      const ring = await buttons.nth(i).evaluate((el) => {
        const s = getComputedStyle(el);
        const grow = parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth);
        const r = el.getBoundingClientRect();
        const box = el.closest('.pc-table-wrap');
        const b = box.getBoundingClientRect();
        const clip = { left: b.left + box.clientLeft, top: b.top + box.clientTop, right: b.left + box.clientLeft + box.clientWidth, bottom: b.top + box.clientTop + box.clientHeight };
        return {
          style: s.outlineStyle, width: parseFloat(s.outlineWidth),
          inside: r.left - grow >= clip.left - 0.5 && r.top - grow >= clip.top - 0.5 && r.right + grow <= clip.right + 0.5 && r.bottom + grow <= clip.bottom + 0.5,
          text: el.textContent,
        };
      });
      assert.notEqual(ring.style, 'none', `${viewport.width} px: ${ring.text}`);
      assert.ok(ring.width >= 2, `${viewport.width} px: ${ring.text}`);
      assert.ok(ring.inside, `${viewport.width} px: the ring of "${ring.text}" is clipped`);
    }
    await context.close();
  }
});

test('axe: cards and the stacked comparison (375 px), the sticky table scrolled (768 px), 200 % zoom', async (t) => {
  for (const view of [VIEWS[1], VIEWS[2], VIEWS[5]]) {
    const { page, context } = await withWidget(t, { viewport: view.viewport, context: view.context, hash: '#pc=1~t.email~n.privacy:3~l.de' });
    await compareFirst(page, 3);
    await page.locator('.pc-ranking .pc-table-wrap').evaluate((el) => { el.scrollLeft = el.scrollWidth; });
    await page.locator('.pc-col-total summary').first().click();
    await axe(page, view.name);
    await context.close();
  }
});
