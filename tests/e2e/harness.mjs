// Shared pieces of the end-to-end tests: a static server for dist/ on 127.0.0.1 (no third-party
// server package), and Debian's Chromium driven by playwright-core with the flags these machines
// need (no sandbox as root, no background calls to Google's hosts).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
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

/**
 * Serves `root` on 127.0.0.1 at a free port. `headers` are added to every response; `pages` maps
 * extra paths to HTML served in addition to the files (host pages for embedding tests).
 */
export async function serve(root = DIST, headers = {}, pages = {}) {
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
      if (/-[0-9a-f]{16}(_bg)?\.(js|css|wasm)$/.test(file)) head['cache-control'] = 'public, max-age=31536000, immutable';
      if (/gzip/.test(req.headers['accept-encoding'] ?? '') && /\.(html|js|css|wasm|json|txt|svg)$/.test(file)) {
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
 * The tags a host page needs to load the widget from `dist` (the start-up script, the widget's
 * stylesheet, the preloads), taken from the built index.html so hashed names stay right.
 */
export async function widgetHeadTags(dist = DIST) {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const tags = html.match(/<script type="module" src="[^"]+"[^>]*><\/script>|<link rel="(?:stylesheet|modulepreload|preload)"[^>]*>/g) ?? [];
  return tags.filter((t) => !t.includes('page-')).join('\n');
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

/** Opens a page that records console errors, page errors and every request's URL. */
export async function openPage(browser, url, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const log = { errors: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('request', (r) => log.requests.push(r.url()));
  if (url) await page.goto(url);
  return { page, context, log };
}

/** The provider names in the ranking table, in displayed order. */
export function rowNames(page) {
  return page.locator('.pc-table tbody .pc-name').allTextContents();
}
