// The release build's wasm split (called by scripts/externalize-loader.mjs, in a release build
// only, before the files are minified and compressed). It moves the code of the panels a first
// visit does not open (those src/ui/extras.rs names: a provider's details, side by side, the
// duties explained, the class evaluation, the roles, the order and pairwise methods) out of the
// wasm the page loads first, into a second file that the widget fetches when one of them is
// wanted.
//
// Why a step of our own: Trunk 0.21 runs wasm-bindgen on the whole module and has no step for a
// splitter (trunk-rs/trunk#1022), and the splitter (wasm-split-cli, from the crate
// wasm_split_cli_support, installed by scripts/setup.sh) must see the module before
// wasm-bindgen, with the linker's relocations (.cargo/config.toml: --emit-relocs). So this step
// takes the module cargo built for Trunk, and in Trunk's staging folder
//  1. splits it at the split points (`#[wasm_split(…)]`): the main module, one file per part and a
//     small ES module that loads a part when the main module asks for it;
//  2. runs wasm-bindgen on the main module and `wasm-opt -Oz` on every module (index.html switches
//     Trunk's own wasm-opt off: it would only optimize the module that is then split, and warns
//     about the relocations; PC_WASM_OPT=0 keeps the function names for scripts/profile-slider.sh);
//  3. puts them where Trunk put its files: the glue and the main wasm under Trunk's names (the
//     names' hashes are of the unsplit build, which the split follows from, so a name still
//     stands for one content), the part and the loader under names with a hash of their own
//     content (`provider-compare-extras-<16 hex>.wasm`, `provider-compare-split-<16 hex>.js`), so
//     that the servers' long cache lifetimes for hashed names (README) hold for them too.
// It returns the files it replaced, whose `integrity` in index.html must be written again.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const hash16 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** `glue` and `wasm`: the names Trunk gave the wasm-bindgen glue and the wasm in `dir`. */
export async function splitWasm(dir, { glue, wasm, fail }) {
  const stem = glue.replace(/\.js$/, '');
  if (wasm !== `${stem}_bg.wasm`) fail(`split-wasm: expected ${stem}_bg.wasm beside ${glue}, found ${wasm}`);
  const { stdout } = await run('cargo', ['metadata', '--format-version', '1', '--no-deps']);
  const input = join(JSON.parse(stdout).target_directory, 'wasm32-unknown-unknown', 'release', 'provider-compare.wasm');

  const tmp = await mkdtemp(join(tmpdir(), 'pc-split-'));
  try {
    // 1. Split. The loader it writes imports `initSync` from `./<stem>.js`, the glue's name.
    await run('wasm-split-cli', ['--target', 'web', '--out-name', stem, input, tmp]);
    const parts = (await readdir(tmp)).filter((f) => /^split_\w+\.wasm$/.test(f));
    if (!parts.length) fail('split-wasm: the splitter found no split point; is this a release build of src/ui/extras.rs?');

    // 2. wasm-bindgen on the main module (keeping the exports the parts link against), then
    //    wasm-opt on every module.
    await run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', join(tmp, 'bindgen'), join(tmp, `${stem}.wasm`)]);
    const optimize = process.env.PC_WASM_OPT !== '0';
    const opt = (file) => (optimize ? run('wasm-opt', ['-Oz', file, '-o', file]) : Promise.resolve());
    const mainWasm = join(tmp, 'bindgen', `${stem}_bg.wasm`);
    await Promise.all([opt(mainWasm), ...parts.map((p) => opt(join(tmp, p)))]);

    // 3. Names with the content's hash; the loader names the parts, the glue names the loader.
    let loader = await readFile(join(tmp, '__wasm_split.js'), 'utf8');
    const written = [];
    for (const part of parts) {
      const bytes = await readFile(join(tmp, part));
      const name = `provider-compare-${part.slice('split_'.length, -'.wasm'.length)}-${hash16(bytes)}.wasm`;
      const reference = `"./${part}"`;
      if (!loader.includes(reference)) fail(`split-wasm: the loader does not name ${part}`);
      loader = loader.replaceAll(reference, `"./${name}"`);
      await writeFile(join(dir, name), bytes);
      written.push(name);
    }
    const loaderName = `provider-compare-split-${hash16(loader)}.js`;
    await writeFile(join(dir, loaderName), loader);
    let glueCode = await readFile(join(tmp, 'bindgen', `${stem}.js`), 'utf8');
    const importOfLoader = /from\s*["']\.\/__wasm_split\.js["']/;
    if (!importOfLoader.test(glueCode)) fail('split-wasm: the glue does not import the loader');
    glueCode = glueCode.replace(importOfLoader, `from "./${loaderName}"`);
    await writeFile(join(dir, glue), glueCode);
    await writeFile(join(dir, wasm), await readFile(mainWasm));
    console.log(`split-wasm: ${wasm} and ${written.join(', ')} (loaded by ${loaderName})`);
    return { replaced: [glue, wasm], loader: loaderName };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
