// Trunk post_build hook (see Trunk.toml): moves Trunk's inline start-up script into its own file.
//
// Why: Trunk writes a small inline <script type="module"> that loads the wasm-bindgen glue. Inline
// scripts are blocked by a strict Content-Security-Policy (`script-src 'self'`), which embedding
// sites use. As a file with subresource integrity it is allowed, and it resolves the .wasm
// relative to itself, so a page anywhere can load the widget from this folder.
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
const code = match[1]
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
await writeFile(htmlPath, html.replace(inline, tag));
