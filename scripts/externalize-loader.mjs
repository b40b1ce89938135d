// Trunk post_build hook (see Trunk.toml): replaces Trunk's inline start-up script with the
// widget's loader, `widget.js` (from `embed/loader.js`, with this build's file names filled in).
//
// Why: Trunk writes a small inline <script type="module"> that loads the wasm-bindgen glue and
// starts the widget everywhere. Inline scripts are blocked by a strict Content-Security-Policy
// (`script-src 'self'`), which embedding sites use; and a host page must decide where widgets
// go. `widget.js` is one classic script with a stable name, the same on the widget's own page and
// on a host page: it mounts widgets only into elements marked `data-provider-compare`, loads
// nothing on a page without one, and says in words why the widget could not start. A classic
// script (not a module) because it must run even where the widget's server sends no CORS
// headers, to say that this is what is wrong.
//
// Stylesheets get `crossorigin="anonymous"`: in an iframe sandboxed without `allow-same-origin`
// every request is cross-origin, and a stylesheet with integrity but without CORS is refused.
//
// In a release build it then splits the wasm (scripts/split-wasm.mjs), minifies the JavaScript and
// writes precompressed copies of the text files (scripts/release-assets.mjs); a debug build
// (`trunk serve`) skips that.
import { readFile, writeFile, rename, access } from 'node:fs/promises';
import { join, dirname } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('externalize-loader: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)');
  process.exit(1);
}
const fail = (message) => {
  console.error(`externalize-loader: ${message}`);
  process.exit(1);
};
const htmlPath = join(dir, 'index.html');
const html = await readFile(htmlPath, 'utf8');
const inline = /<script type="module">\s*import init[\s\S]*?<\/script>/;
const match = html.match(inline);
if (!match) fail('no inline loader found in index.html; did Trunk change it?');
const glue = match[0].match(/from '\.\/([^']+\.js)'/);
const wasm = match[0].match(/module_or_path:\s*'\.\/([^']+\.wasm)'/);
if (!glue || !wasm) fail('the inline loader names no glue or no .wasm; did Trunk change it?');

const page = html
  .replace(inline, '<script src="./widget.js" defer></script>')
  .replace(/<link rel="stylesheet" (href="[^"]+" integrity="[^"]+")\s*\/?>/g, '<link rel="stylesheet" $1 crossorigin="anonymous">');
const style = page.match(/<link rel="stylesheet" href="\.\/(widget-[^"]+\.css)" integrity="([^"]+)"/);
if (!style) fail('no widget stylesheet found in index.html');
await writeFile(htmlPath, page);

// A release build splits the wasm first (scripts/split-wasm.mjs): it replaces the glue and the
// wasm and adds the module that loads the part, which widget.js and index.html name.
const release = process.env.TRUNK_PROFILE === 'release';
let split = null;
if (release) {
  const { splitWasm } = await import('./split-wasm.mjs');
  split = await splitWasm(dir, { glue: glue[1], wasm: wasm[1], fail });
  // index.html preloads it after the glue. Its integrity is written again once the module is
  // minified (release-assets.mjs).
  const at = await readFile(htmlPath, 'utf8');
  const preload = at.match(new RegExp(`<link rel="modulepreload" href="\\./${glue[1].replaceAll('.', '\\.')}"[^>]*>`));
  if (!preload) fail('index.html has no modulepreload of the glue');
  const { sri } = await import('./release-assets.mjs');
  const integrity = sri(await readFile(join(dir, split.loader)));
  const tag = `<link rel="modulepreload" href="./${split.loader}" crossorigin="anonymous" integrity="${integrity}">`;
  await writeFile(htmlPath, at.replace(preload[0], `${preload[0]}${tag}`));
}

const template = await readFile(join(dirname(import.meta.dirname), 'embed', 'loader.js'), 'utf8');
const names = { GLUE: glue[1], WASM: wasm[1], CSS: style[1], CSS_INTEGRITY: style[2], SPLIT: split?.loader ?? '' };
let widget = template;
for (const [key, value] of Object.entries(names)) {
  const placeholder = `__PC_${key}__`;
  if (!widget.includes(placeholder)) fail(`embed/loader.js lacks ${placeholder}`);
  widget = widget.replaceAll(placeholder, value);
}
// Shipped without the explanations (they are in embed/loader.js): the header stays, the other
// whole-line comments go. The loader is downloaded on every page of a site that loads it once.
const lines = widget.split('\n');
const header = lines.findIndex((l) => !l.startsWith('//'));
widget = [...lines.slice(0, header), ...lines.slice(header).filter((l) => !/^\s*\/\//.test(l))].join('\n');
await writeFile(join(dir, 'widget.js'), widget);

// Trunk copies files under their own names: embed/htaccess becomes the folder's .htaccess.
const htaccess = join(dir, 'htaccess');
if (await access(htaccess).then(() => true, () => false)) await rename(htaccess, join(dir, '.htaccess'));

// Last, so that the precompressed copies are of the final files. Trunk sets TRUNK_PROFILE in hooks.
if (release) {
  const { finishRelease } = await import('./release-assets.mjs');
  await finishRelease(dir, { glue: glue[1], fail, modules: [split.loader], replaced: split.replaced });
}
