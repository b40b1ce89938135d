// Checks the release build in dist/ for what scripts/release-assets.mjs promises (run after
// `trunk build --release`, as scripts/test.sh does):
//  - every text file a browser fetches, from PRECOMPRESS.minBytes on, has an X.br and an X.gz
//    beside it that decompress to exactly its bytes; no copy is left without its original, and
//    none is written for a smaller file;
//  - the JavaScript is minified and still what it was: the glue and the split wasm's loader ES
//    modules with their exports, widget.js a classic script, none with eval or new Function (the
//    widget runs under `script-src 'self'`);
//  - the stylesheets are minified;
//  - every `integrity` in index.html and widget.js matches its file (the glue and the stylesheets
//    were changed after Trunk hashed them).
// The end-to-end tests then run the same files in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { PRECOMPRESS, walk, sri, integrities } from '../../scripts/release-assets.mjs';

const DIST = join(import.meta.dirname, '../../dist');
const files = await walk(DIST);
const html = await readFile(join(DIST, 'index.html'), 'utf8');
const glue = html.match(/<link rel="modulepreload" href="\.\/([^"]+\.js)"/)?.[1];
// The loader of the wasm's parts (scripts/split-wasm.mjs), which the glue imports.
const loader = files.find((f) => /^provider-compare-split-[0-9a-f]{16}\.js$/.test(f));

test('dist/ is a release build', () => {
  assert.ok(glue, 'index.html names no glue: run `trunk build --release` first');
  assert.ok(files.some((f) => f.endsWith('.br')), 'no .br files: a debug build? run `trunk build --release`');
});

test('each text file from 1 KB on has .br and .gz copies with exactly its bytes', async () => {
  const checked = [];
  for (const file of files.filter((f) => PRECOMPRESS.pattern.test(f))) {
    const original = await readFile(join(DIST, file));
    const [br, gz] = [`${file}.br`, `${file}.gz`];
    if (original.length < PRECOMPRESS.minBytes) {
      assert.ok(!files.includes(br) && !files.includes(gz), `${file} is below ${PRECOMPRESS.minBytes} bytes and has a copy`);
      continue;
    }
    assert.ok(files.includes(br), `${br} is missing`);
    assert.ok(files.includes(gz), `${gz} is missing`);
    assert.ok(brotliDecompressSync(await readFile(join(DIST, br))).equals(original), `${br} is not ${file}`);
    assert.ok(gunzipSync(await readFile(join(DIST, gz))).equals(original), `${gz} is not ${file}`);
    checked.push(file);
  }
  // The ones that matter most are among them.
  for (const f of ['index.html', 'widget.js', glue, glue.replace(/\.js$/, '_bg.wasm'), 'data/providers.core.json', 'data/providers.json']) {
    assert.ok(checked.includes(f), `${f} was not precompressed`);
  }
});

test('no .br or .gz without its original, and none of other types', () => {
  for (const copy of files.filter((f) => /\.(br|gz)$/.test(f))) {
    const original = copy.replace(/\.(br|gz)$/, '');
    assert.ok(files.includes(original), `${copy} has no original`);
    assert.match(original, PRECOMPRESS.pattern, `${copy}: not a type that is precompressed`);
  }
});

test('the glue and the parts\' loader are minified and keep their ES-module exports', async (t) => {
  assert.ok(loader, 'no provider-compare-split-<hash>.js: is the wasm split?');
  const dir = await mkdtemp(join(tmpdir(), 'pc-glue-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  for (const file of [glue, loader]) {
    const code = await readFile(join(DIST, file), 'utf8');
    assert.ok(!/\n\s*\/\*\*|^\s{4}/m.test(code), `${file} still has comments or indentation`);
    assert.doesNotMatch(code, /\beval\s*\(|\bnew\s+Function\b|[^`]\bFunction\s*\(/, `eval or new Function in ${file}`);
    await writeFile(join(dir, file), code);
  }
  // Imported by Node under their own names, as ES modules (they import each other): only their
  // top level runs, which defines functions and the text decoders.
  await writeFile(join(dir, 'package.json'), '{"type":"module"}');
  assert.ok((await readFile(join(dir, glue), 'utf8')).includes(`"./${loader}"`), 'the glue does not import the loader');
  const mod = await import(pathToFileURL(join(dir, glue)).href);
  assert.deepEqual(Object.keys(mod).sort(), ['default', 'initSync', 'mount']);
  for (const name of ['default', 'initSync', 'mount']) assert.equal(typeof mod[name], 'function', name);
  const parts = await import(pathToFileURL(join(dir, loader)).href);
  assert.deepEqual(Object.keys(parts), ['__wasm_split_load_extras']);
  assert.equal(typeof parts.__wasm_split_load_extras, 'function');
});

test('widget.js is minified, a classic script, ASCII only, with its header', async () => {
  const code = await readFile(join(DIST, 'widget.js'), 'utf8');
  assert.match(code, /^\/\/ provider-compare: the loader, `widget\.js`/);
  // A classic script compiles as one; an `import` or `export` statement would not.
  assert.doesNotThrow(() => new Script(code, { filename: 'widget.js' }));
  assert.doesNotMatch(code, /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(/, 'eval or new Function in widget.js');
  const body = code.split('\n').filter((l) => !l.startsWith('//'));
  // ASCII, so that a host page in another encoding reads its German text right without a charset.
  assert.doesNotMatch(body.join('\n'), /[^\x00-\x7f]/);
  assert.ok(body.length <= 2, `widget.js has ${body.length} lines of code: not minified`);
  // The build's file names are filled in.
  assert.ok(body.join('\n').includes(glue) && !body.join('\n').includes('__PC_'), 'widget.js does not name the glue');
});

test('every integrity in index.html matches its file', async () => {
  const found = integrities(html);
  assert.ok(found.some((i) => i.href === glue), 'the glue has no integrity in index.html: did Trunk change?');
  for (const { href, integrity } of found) {
    assert.ok(existsSync(join(DIST, href)), `${href} is missing`);
    assert.equal(integrity, sri(await readFile(join(DIST, href))), href);
  }
});

test('the stylesheets are minified and widget.js names the widget stylesheet by its integrity', async () => {
  const code = await readFile(join(DIST, 'widget.js'), 'utf8');
  for (const css of files.filter((f) => /^[^/]+\.css$/.test(f))) {
    const text = await readFile(join(DIST, css), 'utf8');
    assert.ok(!text.includes('/*') && !/\n\s/.test(text), `${css} still has comments or indentation`);
    if (css.startsWith('widget-')) {
      assert.ok(code.includes(css), 'widget.js does not name the widget stylesheet');
      assert.ok(code.includes(sri(Buffer.from(text))), "widget.js has another integrity than the stylesheet's");
    }
  }
});
