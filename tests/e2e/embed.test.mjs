// Embedding, against the release build: the widget's files are served from one origin (with CORS,
// as the README asks) and host pages from another, as on a real consumer site.
//  - a sandboxed iframe (allow-scripts allow-popups: no storage, no same-origin) sized by frame.js;
//  - direct mounts configured by data- attributes, two on one page, one with the school dataset;
//  - the embed code the widget writes (iframe, marker with loader, marker alone for a site-wide
//    loader; each on one line), pasted into a host page, shows the same view; a marker without a
//    loader shows its fallback link; the panel's code box stays inside its card at 320/1280 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  widgetSuite, useServer, withWidget, widgetReady, ranking, ids, entry, weightInput, setWeight, pickType,
  assertOrderedByTotal,
  typeIds,
} from './harness.mjs';

const pages = {};
const widget = widgetSuite({ headers: { 'access-control-allow-origin': '*' } });
const host = useServer({ pages });

const W = () => widget.url;

/** Registers a host page on the host origin and returns its address. */
function hostPage(path, body, head = '') {
  pages[path] = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Verbraucherportal</title>
<link rel="icon" href="data:,">${head}</head><body><h1>Verbraucherportal</h1>${body}</body></html>`;
  return new URL(path, host.url).href;
}

/** Requests that went neither to the widget's nor the host's origin. */
function foreign(log) {
  return log.requests.filter((u) => !u.startsWith(W()) && !u.startsWith(host.url) && !u.startsWith('data:'));
}

test('iframe, sandboxed without same-origin: the widget works and frame.js sizes the frame to it', async (t) => {
  const url = hostPage('/frame.html', `
<iframe id="f" src="${W()}index.html#pc=1~t.email~l.de" title="Provider-Vergleich" data-provider-compare-frame
  sandbox="allow-scripts allow-popups" style="width: 100%; height: 300px; border: 0"></iframe>
<p id="below">Nach dem Rahmen</p>
<script src="${W()}frame.js" defer></script>`);
  const { page, log, root: frame } = await withWidget(t, { url, ready: (p) => p.frameLocator('#f') });
  const rows = await ranking(frame);
  assert.deepEqual(rows.map((r) => r.id).sort(), await typeIds('email'));
  assertOrderedByTotal(assert, rows);
  // Its stylesheet loaded too (a cross-origin request from the sandboxed frame, with integrity).
  assert.equal(await frame.locator('.pc-widget').evaluate((w) => getComputedStyle(w).maxWidth), '1280px');
  const heights = async () => page.evaluate(() => {
    const f = document.getElementById('f');
    return { frame: f.getBoundingClientRect().height };
  });
  const content = async () => frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  // Sized to the content: no inner scrollbar, no gap.
  await page.waitForFunction(() => document.getElementById('f').getBoundingClientRect().height > 600);
  let h = await heights();
  assert.ok(Math.abs(h.frame - (await content())) <= 2, `${h.frame} vs ${await content()}`);
  // Opening a provider's details makes the content taller; the frame follows.
  await entry(frame, 'gmail').locator('.pc-name').click();
  await frame.locator('.pc-detail').waitFor();
  await page.waitForFunction((before) => document.getElementById('f').getBoundingClientRect().height > before + 200, h.frame);
  h = await heights();
  assert.ok(Math.abs(h.frame - (await content())) <= 2);
  // A message from anywhere but the frame is ignored.
  await page.evaluate(() => window.postMessage({ type: 'provider-compare:height', height: 5 }, '*'));
  await page.waitForTimeout(200);
  assert.equal((await heights()).frame, h.frame);
  // The sandbox forbids storage and same-origin access; the widget needs neither. Its address
  // follows the view (data-url-state is on in index.html), inside the frame.
  assert.deepEqual(log.errors, []);
  assert.deepEqual(foreign(log), []);
  await pickType(frame, 'cloud');
  await entry(frame, 'aws').waitFor();
  const inner = page.frames().find((f) => f.url().startsWith(W()));
  assert.match(inner.url(), /#pc=1~t\.cloud~/);
  assert.equal(new URL(page.url()).hash, '', 'the host page address is untouched');
  // Copying needs a clipboard the sandbox does not grant: the link is offered selected instead.
  await frame.locator('.pc-share-actions button').first().click();
  const field = frame.locator('.pc-sharebar input[readonly]');
  await field.waitFor();
  assert.match(await field.inputValue(), /index\.html#pc=1~t\.cloud~/);
  assert.equal(await field.evaluate((el) => el === document.activeElement && el.selectionEnd - el.selectionStart === el.value.length), true);
});

test('direct mount: data- attributes, two widgets on one page, own dataset, no leaks either way', async (t) => {
  const body = `
<p id="host-p">Absatz der Seite</p><button id="host-button" type="button">Knopf der Seite</button>
<table id="host-table"><tr><td>Zelle</td></tr></table>
<div id="w1" data-provider-compare data-type="email" data-lang="en" data-preset="privacy-first" data-layout="compact" data-text-only="on"></div>
<div id="w2" data-provider-compare data-dataset="${W()}data/examples/schule-email.json"></div>
<script type="module" src="${W()}widget.js"></script>`;
  const head = `<style>body { font-family: Georgia, serif; color: rgb(20, 30, 40); }
p { margin: 7px 3px; } button { background: rgb(200, 10, 10); border-radius: 0; } table { border-collapse: separate; }</style>`;
  const plain = hostPage('/plain.html', body.replace(/<script[^>]*><\/script>/, ''), head);
  const url = hostPage('/direct.html', body, head);
  const { page, log } = await withWidget(t, { url, ready: false });
  const w1 = page.locator('#w1');
  const w2 = page.locator('#w2');
  await widgetReady(w1);
  await widgetReady(w2);

  // Widget 1: English, e-mail, the preset, compact, the dataset beside widget.js by default.
  assert.equal(await w1.locator('.pc-widget').getAttribute('lang'), 'en');
  assert.match(await w1.locator('.pc-ranking h3').innerText(), /E-mail/);
  assert.equal(await w1.locator('.pc-widget.pc-compact').count(), 1);
  assert.equal(await w1.locator('.pc-col-group').first().isVisible(), false, 'compact: no group columns');
  await w1.locator('[data-pc-method="presets"]').check();
  assert.match(await w1.locator('.pc-preset--active').innerText(), /Privacy first/);
  // The core first; the complete file (the evidence) only once a reader shows intent.
  assert.ok(log.requests.includes(`${W()}data/providers.core.json`));
  // Widget 2: the school's own dataset, German, in full layout.
  assert.equal(await w2.locator('.pc-header h2').innerText(), 'Schul-E-Mail: unsere Kriterien (Beispiel)');
  assert.equal((await ranking(w2)).length, 3);
  assert.match(await w2.locator('.pc-weights').innerText(), /Verschlüsselung der Postfächer/);

  // They do not interfere: ids are unique on the page, and sorting one leaves the other.
  const elementIds = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
  assert.equal(new Set(elementIds).size, elementIds.length);
  const before2 = await ranking(w2);
  await w1.locator('.pc-sort', { hasText: 'Provider' }).click();
  assert.deepEqual(await ids(w1), ['gmail', 'outlook', 'proton-mail']);
  assert.deepEqual(await ranking(w2), before2);
  // No address rewriting on a page the widgets do not own.
  assert.equal(new URL(page.url()).hash, '');

  // The host page's own styles are what they were without the widget.
  const styles = (p) => p.evaluate(() => {
    const s = (sel, props) => { const cs = getComputedStyle(document.querySelector(sel)); return props.map((k) => cs[k]); };
    return {
      body: s('body', ['fontFamily', 'color', 'margin']),
      h1: s('h1', ['fontSize', 'fontWeight', 'margin']),
      p: s('#host-p', ['margin', 'fontSize', 'lineHeight']),
      button: s('#host-button', ['backgroundColor', 'borderRadius', 'fontFamily']),
      table: s('#host-table', ['borderCollapse']),
    };
  });
  const { page: plainPage, context: plainContext } = await withWidget(t, { url: plain, ready: false });
  assert.deepEqual(await styles(page), await styles(plainPage));
  await plainContext.close();
  // And the widget keeps its own look inside a page with rude global styles.
  assert.notEqual(await w1.locator('.pc-button').first().evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(200, 10, 10)');

  assert.deepEqual(log.errors, []);
  assert.deepEqual(foreign(log), []);
});

test('the embed code panel writes one-line snippets that reproduce the view on another site', async (t) => {
  const { page, context } = await withWidget(t, { url: 'index.html' });
  await pickType(page, 'hosting');
  await setWeight(page, 'backup', 10);
  const expected = await ranking(page);
  await page.locator('.pc-embed summary').click();
  const code = page.locator('.pc-code');
  const modes = page.locator('.pc-embed-options input[type=radio]');
  const compact = page.locator('.pc-embed-options input[type=checkbox]').nth(1);
  const iframeCode = await code.inputValue();
  assert.match(iframeCode, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/index\.html#pc=1~t\.hosting~w\.backup:10~l\.de"/);
  assert.match(iframeCode, / allow="clipboard-write" style="display:block;width:100%;height:1400px;border:0" /);
  assert.match(iframeCode, /<\/iframe><script src="http:\/\/127\.0\.0\.1:\d+\/frame\.js" defer><\/script>$/);
  // Compact is for the direct mount only, and the panel says why.
  assert.equal(await compact.isDisabled(), true);
  const why = await compact.getAttribute('aria-describedby');
  assert.match(await page.locator(`[id="${why}"]`).innerText(), /Nur beim direkten Einbetten/);
  await modes.nth(1).check();
  assert.equal(await compact.isDisabled(), false);
  assert.equal(await compact.getAttribute('aria-describedby'), null);
  const directCode = await code.inputValue();
  assert.match(directCode, /^<div data-provider-compare data-lang="de" data-view="1~t\.hosting~w\.backup:10~l\.de" style="min-height:1400px">/);
  assert.match(directCode, /<a href="http:\/\/127\.0\.0\.1:\d+\/index\.html#pc=1~t\.hosting~w\.backup:10~l\.de">Provider-Vergleich öffnen<\/a><\/div>/);
  assert.match(directCode, /<\/div><script src="http:\/\/127\.0\.0\.1:\d+\/widget\.js" defer><\/script>$/);
  assert.doesNotMatch(directCode, /type="module"/);
  await modes.nth(2).check();
  const markerCode = await code.inputValue();
  assert.ok(directCode.startsWith(markerCode), 'the marker is the direct code without the loader');
  assert.match(markerCode, /^<div data-provider-compare [^>]*>.*<\/div>$/);
  assert.doesNotMatch(markerCode, /<script/);
  assert.match(await page.locator(`[id="${await code.getAttribute('aria-describedby')}"]`).innerText(), /widget\.js/);
  for (const snippet of [iframeCode, directCode, markerCode]) assert.doesNotMatch(snippet, /[\r\n]/);
  await context.close();

  const pasted = [
    ['iframe', iframeCode],
    ['direct', directCode],
    // The marker alone, on a site that loads widget.js once in its footer.
    ['marker', `<p>Artikel</p>${markerCode}<footer><script src="${W()}widget.js" defer></script></footer>`],
  ];
  for (const [name, snippet] of pasted) {
    const url = hostPage(`/pasted-${name}.html`, snippet);
    const { context: c, page: p, log, root } = await withWidget(t, { url, ready: (pg) => (name === 'iframe' ? pg.frameLocator('iframe') : pg.locator('[data-provider-compare]')) });
    assert.deepEqual(await ranking(root), expected, name);
    assert.equal(await weightInput(root, 'backup').inputValue(), '10', name);
    if (name !== 'iframe') {
      assert.equal(await p.locator('[data-provider-compare] > a').isVisible(), false, `${name}: the fallback link makes way`);
    }
    assert.deepEqual(log.errors, [], name);
    assert.deepEqual(foreign(log), [], name);
    await c.close();
  }

  // Without the loader the marker still shows a way to the comparison: its link, to the same view.
  const bare = hostPage('/pasted-marker-alone.html', markerCode);
  const { page: p } = await withWidget(t, { url: bare, ready: false });
  const link = p.locator('[data-provider-compare] > a');
  assert.equal(await link.isVisible(), true);
  assert.equal(await link.innerText(), 'Provider-Vergleich öffnen');
  assert.match(await link.getAttribute('href'), /\/index\.html#pc=1~t\.hosting~w\.backup:10~l\.de$/);
});

test('the embed panel\'s code box stays inside its card at 320 and 1280 px', async (t) => {
  for (const width of [320, 1280]) {
    const { page, context } = await withWidget(t, { url: 'index.html', viewport: { width, height: 800 } });
    await page.locator('.pc-embed summary').click();
    const modes = page.locator('.pc-embed-options input[type=radio]');
    for (let mode = 0; mode < 3; mode += 1) {
      await modes.nth(mode).check();
      const box = await page.evaluate(() => {
        const rect = (el) => el.getBoundingClientRect();
        const code = document.querySelector('.pc-code');
        const panel = code.closest('.pc-embed-panel');
        const card = code.closest('.pc-sharebar');
        const pad = parseFloat(getComputedStyle(card).paddingRight) + parseFloat(getComputedStyle(card).borderRightWidth);
        return {
          code: rect(code), panel: rect(panel), cardInner: rect(card).right - pad,
          scroll: code.scrollWidth - code.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth,
        };
      });
      const what = `${width} px, mode ${mode}`;
      assert.ok(box.code.width > 0, what);
      assert.ok(box.code.left >= box.panel.left - 0.5, `${what}: ${box.code.left} < ${box.panel.left}`);
      assert.ok(box.code.right <= box.panel.right + 0.5, `${what}: ${box.code.right} > ${box.panel.right}`);
      assert.ok(box.code.right <= box.cardInner + 0.5, `${what}: ${box.code.right} > ${box.cardInner}`);
      assert.ok(box.scroll <= 0, `${what}: the code scrolls sideways by ${box.scroll} px`);
      assert.ok(box.page <= 0, `${what}: the page scrolls sideways by ${box.page} px`);
    }
    await context.close();
  }
});
