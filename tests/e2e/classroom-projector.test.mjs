// The projector view (issue 13): at 1280×720 and 1920×1080 the ranking entries and the group
// weight sliders are all on screen without scrolling, no visible text is smaller than 20 px, the
// text is black on white, and axe finds no violations. The view is reached by the switch in the
// header (a toggle button), by the share link's `v.p` field and by `data-mode="projector"`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { widgetSuite, withWidget, widgetHeadTags, entries, DIST, axe } from './harness.mjs';

const pages = {};
widgetSuite({ pages });
// A host page that asks for the projector view (its widget lives in a shadow root).
pages['/projector.html'] = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Unterricht</title>
<link rel="icon" href="data:,">${await widgetHeadTags(DIST)}</head>
<body style="margin:0"><main><h1 style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">Unterricht</h1><div data-provider-compare data-mode="projector" data-type="isp" data-text-only="on"></div></main></body></html>`;

/** Every visible text of the widget whose computed font size is under 20 px, and the widget's colours. */
function smallTexts(page) {
  return page.evaluate(() => {
    const find = (root) => {
      const w = root.querySelector('.pc-widget');
      if (w) return w;
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          const found = find(el.shadowRoot);
          if (found) return found;
        }
      }
      return null;
    };
    const widget = find(document);
    const walker = document.createTreeWalker(widget, NodeFilter.SHOW_TEXT);
    const small = [];
    let checked = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.trim()) continue;
      const el = node.parentElement;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      // Screen-reader texts are clipped to a pixel: not seen, so not measured.
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || el.closest('.pc-sr')) continue;
      checked += 1;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 20) small.push(`${size}px: ${el.tagName}.${el.className} ${node.textContent.trim().slice(0, 40)}`);
    }
    const style = getComputedStyle(widget);
    return { small, checked, color: style.color, background: style.backgroundColor, projector: widget.classList.contains('pc-projector') };
  });
}

/** Ranking entries and group sliders outside the viewport, and how far the page scrolled. */
async function offScreen(page, viewport) {
  const out = [];
  const targets = [...(await entries(page).all()), ...(await page.locator('[data-pc-group-weight]').all())];
  assert.ok(targets.length >= 7, `entries and group sliders found: ${targets.length}`);
  for (const el of targets) {
    const box = await el.boundingBox();
    const name = (await el.getAttribute('data-pc-provider')) ?? (await el.getAttribute('data-pc-group-weight'));
    if (!box || box.y < 0 || box.x < 0 || box.y + box.height > viewport.height || box.x + box.width > viewport.width) {
      out.push(`${name}: ${JSON.stringify(box)}`);
    }
  }
  const scrolled = await page.evaluate(() => window.scrollY);
  return { out, scrolled };
}

async function checkProjector(page, viewport, state, options) {
  await page.locator('[data-pc-projector]').waitFor();
  const { small, checked, color, background, projector } = await smallTexts(page);
  assert.ok(projector, 'the widget carries pc-projector');
  assert.ok(checked > 20, `texts measured: ${checked}`);
  assert.deepEqual(small, [], `texts under 20 px (${state})`);
  assert.equal(color, 'rgb(0, 0, 0)');
  assert.equal(background, 'rgb(255, 255, 255)');
  const { out, scrolled } = await offScreen(page, viewport);
  assert.equal(scrolled, 0);
  assert.deepEqual(out, [], `off screen at ${viewport.width}×${viewport.height} (${state})`);
  await axe(page, state, options);
}

test('the switch turns the projector view on and off, and the link keeps it', async (t) => {
  const viewport = { width: 1280, height: 720 };
  const { page } = await withWidget(t, { viewport, hash: '#pc=1~t.isp~i.1' });
  const toggle = page.locator('[data-pc-projector]');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.equal(await toggle.textContent(), 'Beamer-Ansicht');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await page.waitForFunction(() => /~v\.p/.test(location.hash));
  await checkProjector(page, viewport, 'switched on at 1280×720');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await page.waitForFunction(() => !/~v\.p/.test(location.hash));
  assert.equal(await page.locator('.pc-projector').count(), 0);
});

// A class looks at the teaching text's providers (two or three per type): they fit one screen. With
// the whole market (10 and more per type) the ranking scrolls, as a long list on a projector does.
for (const type of ['isp', 'hosting', 'cloud', 'email']) {
  test(`a projector link at 1280×720 and 1920×1080 (${type}): everything on one screen, 20 px and more`, async (t) => {
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      const { page } = await withWidget(t, { viewport, hash: `#pc=1~t.${type}~v.p~i.1` });
      await checkProjector(page, viewport, `link, ${type}, ${viewport.width}×${viewport.height}`);
    }
  });
}

test('in English, too', async (t) => {
  const viewport = { width: 1280, height: 720 };
  const { page } = await withWidget(t, { viewport, hash: '#pc=1~t.isp~l.en~v.p~i.1' });
  assert.equal(await page.locator('[data-pc-projector]').textContent(), 'Projector view');
  await checkProjector(page, viewport, 'English');
});

test('data-mode="projector" on a host page starts in the projector view', async (t) => {
  for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    const { page } = await withWidget(t, { viewport, url: 'projector.html' });
    await checkProjector(page, viewport, `host page ${viewport.width}×${viewport.height}`, { shadow: true });
  }
});

test('the duties explained open from the header in the projector view, in large text', async (t) => {
  const viewport = { width: 1280, height: 720 };
  const { page } = await withWidget(t, { viewport, hash: '#pc=1~t.isp~v.p' });
  const open = page.locator('[data-pc-panel="duties"]');
  assert.equal(await open.getAttribute('aria-expanded'), 'false');
  await open.click();
  assert.equal(await open.getAttribute('aria-expanded'), 'true');
  await page.locator('.pc-duties').waitFor();
  assert.equal(await page.locator('[data-pc-duty]').count(), 13);
  // Each duty is explained with its legal basis, or says that the dataset has no explanation yet;
  // every legal reference links to its official text in a new tab without an opener.
  for (const duty of await page.locator('[data-pc-duty]').all()) {
    const explained = await duty.locator('.pc-legal-ref').count();
    const missing = await duty.locator('.pc-duty-missing').count();
    assert.ok(explained > 0 || missing === 1, `duty ${await duty.getAttribute('data-pc-duty')}`);
  }
  for (const link of await page.locator('.pc-legal-link').all()) {
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match(await link.getAttribute('href'), /^https:\/\//);
  }
  const { small } = await smallTexts(page);
  assert.deepEqual(small, [], 'texts under 20 px with the duties open');
  await axe(page, 'projector, duties explained');
  await open.click();
  assert.equal(await page.locator('.pc-duties').count(), 0);
});
