// Shared pieces of the end-to-end tests (and of scripts/bench.mjs):
//  - a static server for dist/ on 127.0.0.1 (no third-party server package);
//  - Debian's Chromium driven by playwright-core with the flags these machines need (no sandbox as
//    root, no background calls to Google's hosts);
//  - the set-up every test file shares: `widgetSuite()` serves dist/ and launches Chromium around
//    the file's tests, `withWidget(t, …)` opens the widget in a fresh context for one test;
//  - readers and drivers that use only the widget's test hooks (README, "Test hooks"), never its
//    markup: `ranking()`, `ids()`, `weights()`, `setWeight()`, `setGroupWeight()`, `pickType()`.
import { after, before } from 'node:test';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const DIST = resolve(import.meta.dirname, '../../dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A loopback port that was free a moment ago (for a server a test starts next). */
export async function freePort() {
  const server = createNetServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/**
 * Serves `root` on 127.0.0.1 at a free port. `headers` are added to every response; `pages` maps
 * extra paths to HTML served in addition to the files (host pages for embedding tests).
 * `precompressed`: send a file's `.br` copy beside it (else its `.gz`) where the browser accepts
 * it, as the servers set up by the README's "Compression and caching" do; by default every text
 * file is gzipped on the fly.
 */
export async function serve(root = DIST, headers = {}, pages = {}, { precompressed = false } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (pages[path] !== undefined) {
        res.writeHead(200, { 'content-type': TYPES['.html'], ...headers });
        res.end(pages[path]);
        return;
      }
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      // As a production host would: gzip for text and wasm, long caching for hashed file names.
      const head = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers };
      if (/-[0-9a-f]{12,16}(_bg)?\.(js|css|wasm)$/.test(file)) head['cache-control'] = 'public, max-age=31536000, immutable';
      const accepts = (coding) => new RegExp(`\\b${coding}\\b`).test(req.headers['accept-encoding'] ?? '');
      const copy = async (ext) => readFile(file + ext).catch(() => null);
      const br = precompressed && accepts('br') ? await copy('.br') : null;
      const gz = precompressed && !br && accepts('gzip') ? await copy('.gz') : null;
      if (br || gz) {
        body = br ?? gz;
        head['content-encoding'] = br ? 'br' : 'gzip';
        head.vary = 'Accept-Encoding';
      } else if (accepts('gzip') && /\.(html|js|css|wasm|json|txt|svg)$/.test(file)) {
        body = gzipSync(body, { level: 9 });
        head['content-encoding'] = 'gzip';
      }
      res.writeHead(200, head);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * The tag a host page needs to load the widget from `dist`: its loader, as the README shows it
 * (the loader brings the stylesheet into each widget's shadow root itself).
 */
export async function widgetHeadTags(dist = DIST) {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const tag = html.match(/<script src="\.\/widget\.js" defer><\/script>/);
  if (!tag) throw new Error(`${dist}/index.html has no widget.js loader`);
  return tag[0];
}

/** A plain host page: some content of its own around a widget element. */
export function hostPage(head, widget, extra = '') {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,">${head}</head>
<body><h1>Verbraucherportal</h1>
<button id="host-button" type="button">Host-Knopf</button> <output id="host-count">0</output>
${widget}
<p id="host-after">Inhalt der Seite nach dem Widget</p>${extra}</body></html>`;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** A new page in `context` that records console errors, page errors and every request's URL. */
async function pageIn(context) {
  const page = await context.newPage();
  const log = { errors: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('request', (r) => log.requests.push(r.url()));
  return { page, context, log };
}

// ---------------------------------------------------------------------------------------------
// Set-up shared by the test files.

/**
 * Serves `root` (dist/ by default) on 127.0.0.1 for the tests of this file: started before the
 * first test, closed after the last. `url` is known once the tests run.
 */
export function useServer({ root = DIST, headers = {}, pages = {} } = {}) {
  const handle = {
    server: null,
    get url() {
      if (!handle.server) throw new Error('the server starts before the first test');
      return handle.server.url;
    },
  };
  before(async () => { handle.server = await serve(root, headers, pages); });
  after(async () => { await handle.server?.close(); });
  return handle;
}

let current = null;

/**
 * The usual set-up of a test file: dist/ served on 127.0.0.1 (with `headers` on every response and
 * the extra `pages`) and one Chromium, both for all of the file's tests. `withWidget` uses the
 * last suite made in the file unless it is given another.
 */
export function widgetSuite(options = {}) {
  const server = useServer(options);
  const suite = {
    browser: null,
    get url() { return server.url; },
  };
  before(async () => { suite.browser = await launch(); });
  after(async () => { await suite.browser?.close(); });
  current = suite;
  return suite;
}

/**
 * Waits until the widget inside `root` (a page, a frame or an element's locator) has rendered its
 * ranking and its weights: both carry test hooks, and the weights come last.
 */
export async function widgetReady(root, { timeout } = {}) {
  await root.locator('[data-pc-provider]').first().waitFor({ state: 'attached', timeout });
  await root.locator('[data-pc-weight]').first().waitFor({ state: 'attached', timeout });
}

/**
 * Opens `url` in a fresh context of `browser`, logging console errors, page errors and every
 * request's URL (`log.errors`, `log.requests`), and waits for the widget. Options:
 *  - `viewport`, and `context`: more options for the new context (permissions, reducedMotion, …);
 *  - `setup(page)`: runs before the page is loaded (routes, init scripts);
 *  - `ready`: `true` waits for the widget in the page; a function `(page) => root` waits for it in
 *    a frame or element; `false` does not wait (error and loading states, host pages);
 *  - `timeout` for the wait.
 * Resolves to `{ page, context, log, root }`; the caller closes the context.
 */
export async function openWidget(browser, url, { viewport, context: contextOptions = {}, setup, ready = true, timeout } = {}) {
  const context = await browser.newContext({ viewport: viewport ?? { width: 1280, height: 900 }, ...contextOptions });
  const opened = await pageIn(context);
  await setup?.(opened.page);
  if (url) await opened.page.goto(url);
  let root = opened.page;
  if (typeof ready === 'function') root = ready(opened.page);
  if (url && ready) await widgetReady(root, { timeout });
  return { ...opened, root };
}

/**
 * `openWidget` for the test `t`, closed when `t` ends (passed or failed). `url` is absolute, or
 * relative to the suite's server (default: its index.html); `hash` is appended (a share link).
 * `url: null` opens a blank page: navigate yourself. `suite` picks another suite than the file's.
 */
export async function withWidget(t, { url = '', hash = '', suite = current, ...options } = {}) {
  if (!suite?.browser) throw new Error('withWidget needs a widgetSuite() in the test file');
  const address = url === null ? null : new URL(url + hash, suite.url).href;
  const opened = await openWidget(suite.browser, address, options);
  t.after(() => opened.context.close().catch(() => {}));
  return opened;
}

// ---------------------------------------------------------------------------------------------
// The widget's test hooks (README, "Test hooks"). `root` is a page, a frame locator or a locator
// of an element holding a widget; nothing here depends on the widget's markup.

const attr = (name, value) => (value === undefined ? `[${name}]` : `[${name}="${String(value).replace(/["\\]/g, '\\$&')}"]`);

/** Every ranking entry (row or card), in ranking order. */
export const entries = (root) => root.locator(attr('data-pc-provider'));
/** The ranking entry of the provider with dataset id `id`. */
export const entry = (root, id) => root.locator(attr('data-pc-provider', id));
/** The weight input of criterion `id`. */
export const weightInput = (root, id) => root.locator(attr('data-pc-weight', id));
/** The weight input of group `id`. */
export const groupWeightInput = (root, id) => root.locator(attr('data-pc-group-weight', id));
/** The control that picks provider type `id`. */
export const typeControl = (root, id) => root.locator(attr('data-pc-type', id));

/**
 * The ranking as shown, from the hooks: `[{ id, rank, total }]` in displayed order, for every
 * entry that is rendered (a layout may keep a hidden copy). `rank` is a number (null where none
 * is shown), `total` the shown total with `.` as decimal mark (null where none is shown).
 */
export function ranking(root) {
  return entries(root).evaluateAll((els) => els
    .filter((e) => e.getClientRects().length > 0)
    .map((e) => ({
      id: e.dataset.pcProvider,
      rank: e.dataset.pcRank ? Number(e.dataset.pcRank) : null,
      total: e.dataset.pcTotal || null,
    })));
}

/** The dataset ids of the ranking, in displayed order. */
export async function ids(root) {
  return (await ranking(root)).map((r) => r.id);
}

/** Every weight input's value by id: `{ criteria: { security: 7, … }, groups: { legal: 5, … } }`. */
export async function weights(root) {
  const read = (sel, key) => root.locator(sel).evaluateAll((els, key) => Object.fromEntries(els.map((e) => [e.dataset[key], Number(e.value)])), key);
  return {
    criteria: await read('[data-pc-weight]', 'pcWeight'),
    groups: await read('[data-pc-group-weight]', 'pcGroupWeight'),
  };
}

/** Sets criterion `id`'s weight to `value` (0–10): an input and a change event, as a released slider. */
export function setWeight(root, id, value) {
  return weightInput(root, id).fill(String(value));
}

/** Sets group `id`'s weight to `value` (0–10), as `setWeight` does. */
export function setGroupWeight(root, id, value) {
  return groupWeightInput(root, id).fill(String(value));
}

/** Picks provider type `id` (and fails if the control does not end up checked). */
export function pickType(root, id) {
  return typeControl(root, id).check();
}

/** The shipped dataset of dist/, parsed. */
export async function shippedDataset(dist = DIST) {
  return JSON.parse(await readFile(join(dist, 'data/providers.json'), 'utf8'));
}

/** The ids of the shipped providers of `type`, sorted (only those the teaching text names, with
 * `textOnly`). */
export async function typeIds(type, { textOnly = false, dist = DIST } = {}) {
  const data = await shippedDataset(dist);
  return data.providers.filter((p) => p.type === type && (!textOnly || p.named_in_text)).map((p) => p.id).sort();
}

/** Waits until the widget has the evidence of the type on show (its part, or the complete file). */
export function evidenceReady(root) {
  return root.locator('.pc-widget[data-pc-evidence="complete"]').waitFor({ timeout: 20000 });
}

/** The shipped dataset's check date as the German widget writes it ("2.12.2026"). */
export async function shippedCheckedDe(dist = DIST) {
  const [y, m, d] = (await shippedDataset(dist)).checked.split('-').map(Number);
  return `${d}.${m}.${y}`;
}

/** Asserts that a ranking is ordered by its totals (highest first) and ranks 1, 2, … follow it. */
export function assertOrderedByTotal(assert, rows) {
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].total === null) continue;
    assert.ok(Number(rows[i - 1].total) >= Number(rows[i].total), JSON.stringify(rows));
  }
  assert.equal(rows[0].rank, 1);
}

// ---------------------------------------------------------------------------------------------
// Accessibility: axe-core against WCAG 2.1 AA and its best practices.

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Asserts that axe finds no violation on `page` in `state` (named in the failure). `shadow`: the
 * widget is mounted in a shadow root, where axe's skip-link rule cannot find the targets (it looks
 * them up with document.querySelector); the widget's jump links move the focus by script.
 */
export async function axe(page, state, { shadow = false } = {}) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (shadow) builder = builder.disableRules(['skip-link']);
  const result = await builder.analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `axe violations in state "${state}"`);
  return result.passes.length;
}
