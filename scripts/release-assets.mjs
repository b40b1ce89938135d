// The release half of the Trunk post_build hook (called by scripts/externalize-loader.mjs when
// TRUNK_PROFILE is "release"; a debug build and `trunk serve` skip it, so they stay fast and their
// JavaScript readable). In the staging folder it
//  1. minifies the stylesheets with csso, and the wasm-bindgen glue (an ES module) and widget.js
//     (a classic script) with terser.
//     Trunk's own minifier (`trunk build --minify`, or `minify` in Trunk.toml) gives up on the glue
//     with "Failed to minify JS: RequiredTokenNotFound(Identifier) [token=Some(KeywordDefault)]"
//     (at `export { initSync, __wbg_init as default }`, by the token) and ships it whole; it would
//     also minify index.html past what externalize-loader.mjs can read, and widget.js it never
//     sees, because the hook writes it;
//  2. writes index.html's `integrity` again for every file it changed (Trunk hashed the glue
//     before it was minified: its `modulepreload` would otherwise fail the check and the browser
//     would refuse the glue), and checks every `integrity` in index.html against its file;
//  3. writes `X.br` (brotli, quality 11) and `X.gz` (gzip, level 9) next to every text file a
//     browser fetches (PRECOMPRESS below), for servers that send precompressed files (README,
//     "Compression and caching"): they compress once here at the highest levels instead of on every
//     request at the low levels servers use on the fly.
// Neither step changes what the files do: no eval or new Function is introduced (the widget runs
// under `script-src 'self'`), the glue keeps its exports, widget.js stays a classic script.
// tests/release/precompressed.test.mjs checks the result; so do the end-to-end tests.
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants } from 'node:zlib';

/**
 * Which files get precompressed siblings: the text types a browser fetches from the folder, from
 * `minBytes` on. A smaller response fits into the first packets either way, and compressing it
 * saves next to nothing (page.css, 618 bytes, would save 240 bytes with gzip); the server then
 * sends the original or compresses it on the fly. Shared with the tests.
 */
export const PRECOMPRESS = { pattern: /\.(html|js|css|wasm|json|svg)$/, minBytes: 1024 };

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Every file under `dir`, as paths relative to it. */
export async function walk(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath ?? e.path, e.name))).sort();
}

/** The value of an `integrity` attribute for these bytes, as Trunk writes it (sha384, base64). */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** `{ href, integrity }` of each tag in `html` that has both (Trunk writes `href="./name"`). */
export function integrities(html) {
  const found = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = tag.match(/\shref="\.\/([^"]+)"/);
    const integrity = tag.match(/\sintegrity="([^"]+)"/);
    if (href && integrity) found.push({ href: href[1], integrity: integrity[1] });
  }
  return found;
}

async function minify(dir, glue, modules, fail) {
  const { minify: terser } = await import('terser');
  const changed = [];
  // The stylesheets: csso without restructuring, which only drops comments and white space and
  // shortens values, and keeps every rule where it is (order decides between equal selectors; a
  // restructured sheet saved no more, 7.8 KB gzip either way, from 11.4). widget.css is named
  // with its integrity in widget.js (written before this step, for host pages) as well as in
  // index.html: both are brought up to date.
  const { minify: csso } = await import('csso');
  const integrityOf = new Map();
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.css'))) {
    const path = join(dir, file);
    const before = await readFile(path);
    const out = csso(before.toString('utf8'), { restructure: false, comments: false }).css;
    await writeFile(path, out);
    integrityOf.set(sri(before), sri(Buffer.from(out)));
    changed.push(file);
  }
  // The glue and the split wasm's loader: ES modules. `module: true` lets terser rename their
  // top-level names; the exported names (`default`, `initSync`, `mount`, the loader's
  // `__wasm_split_load_…`) stay. Property names stay as they are: the wasm imports the glue's
  // functions by the names of the import object's properties.
  for (const file of [glue, ...modules]) {
    const path = join(dir, file);
    const out = await terser(await readFile(path, 'utf8'), {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      format: { comments: false },
    });
    await writeFile(path, out.code);
    changed.push(file);
  }

  // widget.js: a classic script (it must run where a module would be refused for want of CORS).
  // Its leading comment says site owners what the file is and how to include it: it stays.
  // ASCII only (ö as \xf6): a classic script without a charset from the server is read in the
  // host page's encoding, and its German messages must survive a page in ISO-8859-1.
  const widgetPath = join(dir, 'widget.js');
  let source = await readFile(widgetPath, 'utf8');
  for (const [before, after] of integrityOf) source = source.replaceAll(before, after);
  const lines = source.split('\n');
  const header = lines.slice(0, lines.findIndex((l) => !l.startsWith('//'))).join('\n');
  const widgetOut = await terser(source, {
    module: false,
    ecma: 2020,
    compress: { passes: 2 },
    format: { comments: false, ascii_only: true },
  });
  if (/^\s*(import|export)\b/m.test(widgetOut.code)) fail('widget.js would not be a classic script');
  await writeFile(widgetPath, `${header}\n${widgetOut.code}\n`);
  changed.push('widget.js');
  return changed;
}

async function fixIntegrity(dir, changed, fail) {
  const htmlPath = join(dir, 'index.html');
  let html = await readFile(htmlPath, 'utf8');
  for (const { href, integrity } of integrities(html)) {
    if (changed.includes(href)) html = html.replace(integrity, sri(await readFile(join(dir, href))));
  }
  for (const { href, integrity } of integrities(html)) {
    if (integrity !== sri(await readFile(join(dir, href)))) fail(`index.html: the integrity of ${href} does not match the file`);
  }
  await writeFile(htmlPath, html);
}

async function precompress(dir) {
  const jobs = [];
  for (const file of await walk(dir)) {
    if (!PRECOMPRESS.pattern.test(file)) continue;
    const path = join(dir, file);
    const bytes = await readFile(path);
    if (bytes.length < PRECOMPRESS.minBytes) continue;
    // Both run on libuv's thread pool, so the two largest files (the wasm and the complete
    // dataset, together about 85 % of the work) are compressed side by side.
    jobs.push(
      brotli(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          [constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
        },
      }).then((out) => writeFile(`${path}.br`, out)),
      gz(bytes, { level: 9 }).then((out) => writeFile(`${path}.gz`, out)),
    );
  }
  await Promise.all(jobs);
  return jobs.length / 2;
}

/**
 * Runs the three steps on the staging folder `dir`; `glue` is the glue's file name, `modules`
 * other ES modules to minify, `replaced` files an earlier step rewrote (their integrity too is
 * written again).
 */
export async function finishRelease(dir, { glue, fail, modules = [], replaced = [] }) {
  const start = performance.now();
  const changed = await minify(dir, glue, modules, fail);
  const minified = performance.now();
  await fixIntegrity(dir, [...changed, ...replaced], fail);
  const count = await precompress(dir);
  const ms = (a, b) => `${((b - a) / 1000).toFixed(1)} s`;
  console.log(`release-assets: minified ${changed.join(', ')} (${ms(start, minified)}); .br and .gz for ${count} files (${ms(minified, performance.now())})`);
}
