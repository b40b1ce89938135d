// Host pages as consumer sites run them: the widget's files on one origin, the host page on
// another, loaded the ways the README documents (the site-wide loader with bare markers, the
// direct snippet, the iframe snippet). What a host must be able to rely on:
//  - a page with the loader and no marker is left exactly as it is and loads nothing more;
//  - a marker added after load gets its widget;
//  - a widget that cannot start says so, visibly, with the likely cause (blocked wasm, a missing
//    CORS header, a Content-Security-Policy without 'wasm-unsafe-eval');
//  - the host's styles do not reach the widget, its custom properties still theme it;
//  - an emoji-replacing script (as WordPress ships) causes no request to a third party;
//  - the widget at the top of the page shifts the host's layout by less than 0.02 (CLS).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { widgetSuite, useServer, withWidget, widgetReady, ranking, typeIds,
} from './harness.mjs';

const pages = {};
const widget = widgetSuite({ headers: { 'access-control-allow-origin': '*' } });
const bare = useServer(); // the same files, without the CORS header
const empty = await mkdtemp(join(tmpdir(), 'pc-host-'));
const host = useServer({ root: empty, pages });
const strictPages = {};
// A host whose policy allows the widget's scripts but not WebAssembly.
const strict = useServer({
  root: empty,
  pages: strictPages,
  headers: { 'content-security-policy': "default-src 'self'; script-src 'self' http://127.0.0.1:*; style-src 'self' http://127.0.0.1:*; connect-src 'self' http://127.0.0.1:*; img-src 'self' data:" },
});

const W = () => widget.url;

/** Registers a host page (on the host origin unless told otherwise) and returns its address. */
function page(body, { head = '', on = pages, server = host } = {}) {
  const path = `/p${Object.keys(on).length}.html`;
  on[path] = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Verbraucherportal</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
  return new URL(path, server.url).href;
}

const loader = (base = W) => `<script src="${base()}widget.js" defer></script>`;
const article = '<h1>Ratgeber: Provider wechseln</h1><p>Worauf es beim Wechsel ankommt.</p><p id="end">Ende.</p>';

/** Requests to neither the widget's origin nor the host's. */
const foreign = (log, ...origins) => log.requests.filter((u) => !u.startsWith('data:') && !origins.some((o) => u.startsWith(o)));

// The visible failure note of the widget in `root` (a page or frame), as the reader sees it.
async function failureText(root) {
  const note = root.locator('.pc-boot--failed');
  await note.waitFor({ timeout: 15000 });
  assert.ok(await note.isVisible(), 'the note is visible');
  return note.innerText();
}

test('site-wide loader on a page without a marker: the page is untouched and nothing more is loaded', async (t) => {
  const url = page(article, { head: loader() });
  const { page: p, log } = await withWidget(t, { url, ready: false });
  await p.waitForLoadState('load');
  await p.waitForTimeout(1500);
  const body = await p.evaluate(() => document.body.innerHTML);
  assert.equal(body, article);
  assert.equal(await p.evaluate(() => document.querySelectorAll('[data-provider-compare], [data-pc-mounted]').length), 0);
  const loaded = log.requests.filter((u) => u.startsWith(W()));
  assert.deepEqual(loaded, [`${W()}widget.js`], 'only the loader itself');
});

test('a marker added after the page has loaded is mounted, and nothing is loaded before', async (t) => {
  const url = page(`${article}<div id="slot"></div>${loader()}`);
  const { page: p, log } = await withWidget(t, { url, ready: false });
  await p.waitForLoadState('load');
  await p.waitForTimeout(500);
  assert.deepEqual(log.requests.filter((u) => u.startsWith(W())), [`${W()}widget.js`], 'nothing but the loader before a marker exists');
  await p.evaluate(() => {
    const el = document.createElement('div');
    el.setAttribute('data-provider-compare', '');
    el.setAttribute('data-type', 'email');
    document.getElementById('slot').append(el);
  });
  await widgetReady(p);
  assert.deepEqual((await ranking(p)).map((r) => r.id).sort(), await typeIds('email'));
  assert.equal(await p.locator('#end').innerText(), 'Ende.');
});

test('a blocked wasm file shows a visible note with the likely cause', async (t) => {
  const url = page(`<div data-provider-compare data-lang="de"><a href="https://example.org/">Vergleich öffnen</a></div>${article}${loader()}`);
  const { page: p } = await withWidget(t, {
    url,
    ready: false,
    setup: (pg) => pg.route('**/*.wasm', (r) => r.abort('blockedbyclient')),
  });
  const text = await failureText(p);
  assert.match(text, /konnte nicht starten/);
  assert.match(text, /Access-Control-Allow-Origin/);
  assert.match(text, /README/);
});

test('without the CORS header the direct mount says so', async (t) => {
  const url = page(`<div data-provider-compare data-lang="en"></div>${article}${loader(() => bare.url)}`);
  const { page: p } = await withWidget(t, { url, ready: false });
  const text = await failureText(p);
  assert.match(text, /could not start/);
  assert.match(text, /Access-Control-Allow-Origin/);
});

test('without the CORS header the sandboxed iframe shows the cause instead of a blank frame, and shrinks to it', async (t) => {
  const B = bare.url;
  const url = page(`<iframe id="f" src="${B}index.html" title="Provider-Vergleich" data-provider-compare-frame sandbox="allow-scripts allow-popups" allow="clipboard-write" style="display:block;width:100%;height:1400px;border:0"></iframe><p id="below">Danach</p><script src="${B}frame.js" defer></script>`);
  const { page: p } = await withWidget(t, { url, ready: false });
  const frame = p.frameLocator('#f');
  const text = await failureText(frame);
  assert.match(text, /Access-Control-Allow-Origin/);
  await p.waitForFunction(() => document.getElementById('f').getBoundingClientRect().height < 700);
});

test("a host policy without 'wasm-unsafe-eval' shows a note that names it", async (t) => {
  const url = page(`<div data-provider-compare></div>${article}${loader()}`, { on: strictPages, server: strict });
  const { page: p } = await withWidget(t, { url, ready: false });
  const text = await failureText(p);
  assert.match(text, /wasm-unsafe-eval/);
});

// A stylesheet a theme might have, and worse: every element type the widget uses, restyled.
// The marker itself is the host's element: its box (margin, border, width) is the host's to
// decide, so the rules leave it out; everything inside it is the widget's.
function hostileCss(tags) {
  const every = tags.map((t) => `${t}:not([data-provider-compare])`).join(', ');
  return `html { font-size: 10px; direction: rtl; }
html, body, div:not([data-provider-compare]), section { font: italic 30px/3 serif; color: #c0c; text-transform: uppercase; letter-spacing: 3px; word-spacing: 9px; text-align: right; }
${every} { color: #c0c !important; background: #ff0 !important; font-family: serif !important; font-size: 30px !important; font-style: italic !important; font-weight: 100 !important; text-transform: uppercase !important; text-decoration: underline !important; letter-spacing: 3px !important; border: 3px solid #0f0 !important; margin: 7px !important; padding: 9px !important; line-height: 3 !important; box-shadow: 0 0 9px red !important; text-shadow: 0 0 2px red !important; }
input, button, select, textarea { width: 30px !important; height: 30px !important; appearance: none !important; }
table, td, th { border-collapse: separate !important; border: 2px solid #000 !important; }
h1, h2, h3, h4, h5, h6 { font-weight: 400 !important; }
*, *::before, *::after { box-sizing: content-box !important; transition: none !important; }`;
}

const PROPS = ['color', 'background-color', 'font-family', 'font-size', 'font-style', 'font-weight', 'text-transform',
  'text-decoration-line', 'letter-spacing', 'word-spacing', 'line-height', 'text-align', 'border-top-width', 'margin-top',
  'padding-top', 'box-shadow', 'text-shadow', 'box-sizing', 'width', 'height'];

/** Computed styles of every element of the widget in `p`, in document order, plus its tag names. */
async function widgetStyles(p) {
  return p.evaluate((props) => {
    const root = document.querySelector('[data-provider-compare]').shadowRoot;
    const all = [...root.querySelectorAll('.pc-widget, .pc-widget *')];
    return {
      tags: [...new Set(all.map((e) => e.localName))].sort(),
      styles: all.map((e) => {
        const cs = getComputedStyle(e);
        return `${e.localName}.${[...e.classList].join('.')}: ${props.map((k) => `${k}=${cs.getPropertyValue(k)}`).join('; ')}`;
      }),
      accent: getComputedStyle(root.querySelector('.pc-widget')).getPropertyValue('--pc-accent').trim(),
    };
  }, PROPS);
}

test('a host stylesheet that restyles every element type the widget uses changes none of its computed styles; custom properties still theme it', async (t) => {
  const plainHost = page(`<main style="max-width:1100px">${article}<div data-provider-compare data-lang="de"></div></main>${loader()}`);
  const { page: p } = await withWidget(t, { url: plainHost, viewport: { width: 1280, height: 900 } });
  const before = await widgetStyles(p);
  assert.ok(before.tags.length >= 15, `the widget uses ${before.tags.join(', ')}`);
  const styled = page(`<main style="max-width:1100px">${article}<div data-provider-compare data-lang="de"></div></main>${loader()}`,
    { head: `<style>${hostileCss(before.tags)}</style>` });
  const { page: q } = await withWidget(t, { url: styled, viewport: { width: 1280, height: 900 } });
  // The host's text did change (the stylesheet applies), the widget's did not.
  assert.equal(await q.locator('h1').first().evaluate((h) => getComputedStyle(h).textTransform), 'uppercase');
  const after = await widgetStyles(q);
  const differ = before.styles.map((s, i) => [s, after.styles[i]]).filter(([a, b]) => a !== b);
  assert.deepEqual(differ.slice(0, 2), [], `${differ.length} elements styled differently`);
  assert.equal(after.styles.length, before.styles.length);
  // The documented way to theme it still works: custom properties on the marker.
  const themed = page(`<main style="max-width:1100px">${article}<div data-provider-compare data-lang="de"></div></main>${loader()}`,
    { head: '<style>[data-provider-compare] { --pc-accent: #7b2d8e; }</style>' });
  const { page: r } = await withWidget(t, { url: themed, viewport: { width: 1280, height: 900 } });
  const accent = await widgetStyles(r);
  assert.equal(accent.accent, '#7b2d8e');
  assert.ok(accent.styles.some((x) => x.includes('color=rgb(123, 45, 142)')), 'an element takes the host\'s accent colour');
});

// WordPress's emoji script (wp-emoji): in browsers that fail its emoji test it replaces emoji
// characters in the page's text with images from s.w.org. This stand-in replaces every
// character with the emoji property not followed by a text presentation selector, always.
const EMOJI = `<script>
(() => {
  const re = /(\\p{Extended_Pictographic})(?!\\uFE0E)/u;
  function walk(node) {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === 3 && re.test(child.data)) {
        const m = child.data.match(re);
        const img = document.createElement('img');
        img.className = 'emoji';
        img.src = 'https://s.w.org/images/core/emoji/14.0.0/svg/' + m[1].codePointAt(0).toString(16) + '.svg';
        const rest = child.splitText(m.index);
        rest.data = rest.data.slice(m[1].length);
        child.after(img);
      } else if (child.nodeType === 1) {
        walk(child);
        if (child.shadowRoot) walk(child.shadowRoot);
      }
    }
  }
  const run = () => walk(document.body);
  window.__emojiRun = run;
  new MutationObserver(run).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  addEventListener('DOMContentLoaded', run);
})();
</script>`;
test('with an emoji-replacing script on the page, no request leaves the two origins and the sort arrows stay text', async (t) => {
  const url = page(`${article}<p>Host-Text mit Pfeil ↕ zum Vergleich.</p><div data-provider-compare data-lang="de"></div>${loader()}`, { head: EMOJI });
  const { page: p, root, log } = await withWidget(t, { url });
  // The stand-in works: it did replace the host's own arrow.
  await p.locator('img.emoji').first().waitFor({ state: 'attached' });
  // It walks into the widget's shadow root too (a stricter script than WordPress's): the
  // widget's arrows stay text because they ask for it with U+FE0E.
  await p.evaluate(() => window.__emojiRun());
  const arrow = root.locator('.pc-sort-arrow:not(.pc-sort-arrow--on)').first();
  assert.match(await arrow.textContent(), /\uFE0E$/);
  await root.locator('th button').first().click();
  await p.evaluate(() => window.__emojiRun());
  await root.locator('th button').nth(2).click();
  await p.evaluate(() => window.__emojiRun());
  assert.equal(await root.locator('.pc-widget img').count(), 0);
  // The control: a symbol without U+FE0E inside the shadow root is replaced (so the walk reaches it).
  await p.evaluate(() => {
    const widget = document.querySelector('[data-provider-compare]').shadowRoot.querySelector('.pc-widget');
    const probe = document.createElement('span');
    probe.id = 'probe';
    probe.textContent = '\u26A0';
    widget.append(probe);
    window.__emojiRun();
  });
  assert.equal(await root.locator('#probe img.emoji').count(), 1);
  const away = foreign(log, W(), host.url).filter((u) => !/^https:\/\/s\.w\.org\/images\/core\/emoji\/14\.0\.0\/svg\/(2195|26a0)\.svg$/.test(u));
  assert.deepEqual(away, [], 'only the host\'s own arrow and the probe went to the emoji host');
});

// Layout shift of the host page while the widget loads at its top.
async function hostShift(t, url, viewport, ready, check = async () => {}) {
  const { page: p } = await withWidget(t, {
    url: null,
    viewport,
    setup: (pg) => pg.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    }),
  });
  await p.goto(url);
  await widgetReady(ready(p), { timeout: 20000 });
  await p.waitForTimeout(1500);
  await check(p);
  return p.evaluate(() => window.__cls);
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 667 }]) {
  test(`the widget at the top of a host page shifts it by less than 0.02 at ${viewport.width} px (direct mount and iframe)`, async (t) => {
    const topDirect = page(`<div data-provider-compare data-lang="de" style="min-height:1400px"><a href="${W()}index.html">Provider-Vergleich öffnen</a></div>${article}${loader()}`);
    const topFrame = page(`<iframe id="f" src="${W()}index.html" title="Provider-Vergleich" data-provider-compare-frame sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads" allow="clipboard-write" style="display:block;width:100%;height:1400px;border:0" loading="lazy"></iframe><script src="${W()}frame.js" defer></script>${article}`);
    const direct = await hostShift(t, topDirect, viewport, (p) => p, async (p) => {
      // Drawn: the reservation is gone and the widget is taller than it was.
      const marker = p.locator('[data-provider-compare]');
      assert.equal(await marker.evaluate((m) => m.style.minHeight), '');
      const height = (await marker.boundingBox()).height;
      assert.ok(height > 1400, `the widget is ${height} px tall`);
      t.diagnostic(`direct mount at ${viewport.width} px: ${Math.round(height)} px tall`);
    });
    const framed = await hostShift(t, topFrame, viewport, (p) => p.frameLocator('#f'));
    assert.ok(direct < 0.02, `direct mount: CLS ${direct.toFixed(3)}`);
    assert.ok(framed < 0.02, `iframe: CLS ${framed.toFixed(3)}`);
    t.diagnostic(`CLS at ${viewport.width} px: direct ${direct.toFixed(4)}, iframe ${framed.toFixed(4)}`);
  });
}

test('in a 650 px content column (a block theme\'s) every name and total is inside the widget, and the page does not scroll sideways', async (t) => {
  const url = page(`<main style="max-width:650px;margin:0 auto">${article}<div data-provider-compare data-lang="de" data-type="hosting"></div></main>${loader()}`);
  const { page: p, root } = await withWidget(t, { url, viewport: { width: 1280, height: 900 } });
  const box = await p.locator('[data-provider-compare]').boundingBox();
  assert.ok(box.width <= 650.5, `the marker is ${box.width} px wide`);
  for (const e of await root.locator('[data-pc-provider]').all()) {
    const id = await e.getAttribute('data-pc-provider');
    for (const part of [e.locator('.pc-name').first(), e.locator('.pc-col-total').first()]) {
      const r = await part.boundingBox();
      assert.ok(r && r.x >= box.x - 0.5 && r.x + r.width <= box.x + box.width + 0.5, `${id}: ${JSON.stringify(r)} outside ${JSON.stringify(box)}`);
    }
  }
  assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
});

test('the loader twice on a page, a marker that cannot hold a widget, a marker removed while loading: each widget is mounted once, the odd marker says why, nothing fails', async (t) => {
  const url = page(`${article}<ul><li data-provider-compare id="li">Listenpunkt</li></ul><div data-provider-compare data-type="cloud" id="first"></div><div data-provider-compare id="gone"></div><script>document.getElementById('gone').remove();</script>${loader()}${loader()}`);
  const { page: p, root, log } = await withWidget(t, { url });
  assert.equal(await root.locator('.pc-widget').count(), 1);
  assert.deepEqual((await ranking(root)).map((r) => r.id).sort(), await typeIds('cloud'));
  const note = p.locator('#li .pc-boot--failed');
  await note.waitFor();
  assert.match(await note.innerText(), /<li>.*<div>/);
  assert.equal(log.requests.filter((u) => u.endsWith('.wasm')).length, 1, 'the wasm is fetched once');
  assert.deepEqual(log.errors.filter((e) => !/could not start|cannot hold/.test(e)), []);
});

test('a failure note frees the reserved height and is in the widget\'s language', async (t) => {
  const url = page(`<div data-provider-compare data-lang="en" style="min-height:1400px"></div>${article}${loader(() => bare.url)}`);
  const { page: p } = await withWidget(t, { url, ready: false });
  await failureText(p);
  const marker = p.locator('[data-provider-compare]');
  assert.ok((await marker.boundingBox()).height < 600);
  assert.equal(await p.locator('.pc-boot--failed').getAttribute('lang'), 'en');
});
