// Trunk post_build hook (see Trunk.toml): moves Trunk's inline start-up script into its own file,
// and writes `widget.js`, the stable entry point for pages that mount the widget directly.
//
// Why: Trunk writes a small inline <script type="module"> that loads the wasm-bindgen glue. Inline
// scripts are blocked by a strict Content-Security-Policy (`script-src 'self'`), which embedding
// sites use. As a file with subresource integrity it is allowed, and it resolves the .wasm
// relative to itself, so a page anywhere can load the widget from this folder. It also tells the
// widget where it lives (`globalThis.__providerCompare.base`), so that the shipped dataset and
// the embed code are found beside it, not beside the host page.
//
// Stylesheets get `crossorigin="anonymous"`: in an iframe sandboxed without `allow-same-origin`
// every request is cross-origin, and a stylesheet with integrity but without CORS is refused.
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('externalize-loader: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)');
  process.exit(1);
}
const htmlPath = join(dir, 'index.html');
const html = await readFile(htmlPath, 'utf8');
const inline = /<script type="module">\s*(import init[\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  console.error('externalize-loader: no inline loader found in index.html; did Trunk change it?');
  process.exit(1);
}
const code = "globalThis.__providerCompare = { base: new URL('./', import.meta.url).href };\n" + match[1]
  .replace(/module_or_path:\s*'\.\/([^']+\.wasm)'/, "module_or_path: new URL('./$1', import.meta.url)")
  .trim() + '\n';
if (!code.includes('import.meta.url')) {
  console.error('externalize-loader: could not make the .wasm path relative to the loader');
  process.exit(1);
}
const digest = createHash('sha384').update(code).digest('base64');
const name = `start-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
await writeFile(join(dir, name), code);
const tag = `<script type="module" src="./${name}" integrity="sha384-${digest}" crossorigin="anonymous"></script>`;
const page = html
  .replace(inline, tag)
  .replace(/<link rel="stylesheet" (href="[^"]+" integrity="[^"]+")\s*\/?>/g, '<link rel="stylesheet" $1 crossorigin="anonymous">');
await writeFile(htmlPath, page);

// widget.js: a stable name to put on a host page. It adds the widget's stylesheet (once) and
// starts the widget, which mounts into every element marked data-provider-compare.
const style = page.match(/<link rel="stylesheet" href="\.\/(widget-[^"]+\.css)" integrity="([^"]+)"/);
if (!style) {
  console.error('externalize-loader: no widget stylesheet found in index.html');
  process.exit(1);
}
const widget = `// provider-compare: <script type="module" src=".../widget.js"></script> on a page mounts the
// widget into every element with the attribute data-provider-compare (see the README).
if (!document.querySelector('link[data-provider-compare-style]')) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('./${style[1]}', import.meta.url).href;
  link.integrity = '${style[2]}';
  link.crossOrigin = 'anonymous';
  link.setAttribute('data-provider-compare-style', '');
  document.head.append(link);
}
await import('./${name}');
`;
await writeFile(join(dir, 'widget.js'), widget);
