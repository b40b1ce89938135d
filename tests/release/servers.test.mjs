// Serves the release build in dist/ with Apache, nginx and Caddy from Debian's packages (installed by
// scripts/setup.sh --browser), each on loopback at a free port with its own config, pid and log
// in a temporary folder and in the foreground, using the very settings the README shows:
// embed/htaccess (dist/.htaccess), docs/servers/nginx.conf and docs/servers/Caddyfile. For
// a hashed .wasm, a hashed .js, index.html, widget.js and data/providers.core.json it asks with
// `Accept-Encoding: br`, `gzip` and none, and checks that the precompressed copy (byte for byte)
// or the original comes back with the right Content-Encoding, Content-Type, Cache-Control, Vary
// and CORS header. A small file without copies (the page's stylesheet) must arrive intact too.
//
// The folder is served as /vergleich/ from a web root in the temporary folder, with a copy of
// dist/ in it (the configs name /srv/www as the web root; the test puts its own path there). A
// copy, readable by all, and not a link: as root the servers' workers run as www-data (Apache
// refuses to serve as root), which may not be allowed into the checkout's folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, openSync, closeSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { freePort } from '../e2e/harness.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const asRoot = process.getuid?.() === 0;

const html = await readFile(join(DIST, 'index.html'), 'utf8');
const glue = html.match(/<link rel="modulepreload" href="\.\/([^"]+\.js)"/)?.[1];
if (!glue) throw new Error('dist/index.html names no glue: run `trunk build --release` first');
const page = html.match(/href="\.\/(page-[0-9a-f]{12,16}\.css)"/)?.[1];

const HASHED = 'public, max-age=31536000, immutable';
/** What is asked for: path in dist/, the type it must have, whether its name is hashed. */
const FILES = [
  { path: glue.replace(/\.js$/, '_bg.wasm'), type: 'application/wasm', hashed: true },
  { path: glue, type: 'text/javascript', hashed: true },
  { path: 'index.html', type: 'text/html', hashed: false },
  { path: 'widget.js', type: 'text/javascript', hashed: false },
  { path: 'data/providers.core.json', type: 'application/json', hashed: false },
];


/** GET `path` with these request headers; the raw body (not decoded) and the response headers. */
function get(port, path, headers = {}) {
  return new Promise((ok, no) => {
    const req = request({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', no);
    });
    req.on('error', no);
    req.end();
  });
}

/**
 * Starts `command` in the foreground with its output in `log`, and waits until the port answers.
 * Returns a stop function (SIGTERM to the process it started, then waits for its exit).
 */
async function start(name, command, args, { port, log, env = {} }) {
  const fd = openSync(log, 'a');
  const child = spawn(command, args, { stdio: ['ignore', fd, fd], env: { ...process.env, ...env } });
  closeSync(fd);
  let exited = null;
  const done = new Promise((ok) => child.on('exit', (code, signal) => ok((exited = { code, signal }))));
  child.on('error', (error) => { exited = { error }; });
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (exited) throw new Error(`${name} exited at start (${JSON.stringify(exited)}):\n${await readFile(log, 'utf8').catch(() => '')}`);
    try {
      await get(port, '/');
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${name} did not answer on port ${port}:\n${await readFile(log, 'utf8').catch(() => '')}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  return async () => {
    if (!exited) child.kill('SIGTERM');
    await Promise.race([done, new Promise((ok) => setTimeout(ok, 10_000))]);
    if (!exited) child.kill('SIGKILL');
  };
}

/** The config files as the README shows them, with the test's web root for /srv/www. */
const shown = async (file, webroot) => (await readFile(join(ROOT, file), 'utf8')).replaceAll('/srv/www', webroot);

const SERVERS = {
  async apache(dir, webroot, port) {
    const mod = (m) => [`Include /etc/apache2/mods-available/${m}.load`, `IncludeOptional /etc/apache2/mods-available/${m}.conf`];
    // Debian's default modules that matter here (mime with Debian's mime.conf, deflate as a
    // default install has it), and the two the README asks for: headers and rewrite.
    const conf = [
      `ServerRoot ${dir}`,
      'ServerName 127.0.0.1',
      `Listen 127.0.0.1:${port}`,
      `PidFile ${dir}/apache.pid`,
      `ErrorLog ${dir}/apache-error.log`,
      `DefaultRuntimeDir ${dir}/run`,
      'LogLevel warn',
      ...(asRoot ? ['User www-data', 'Group www-data'] : []),
      ...['mpm_event', 'authz_core', 'authz_host', 'dir', 'mime', 'filter', 'deflate', 'headers', 'rewrite'].flatMap(mod),
      'DirectoryIndex index.html',
      `DocumentRoot ${webroot}`,
      '<Directory />',
      '  AllowOverride None',
      '  Require all denied',
      '</Directory>',
      `<Directory ${webroot}>`,
      // As Debian's default for /var/www: mod_rewrite in a .htaccess needs it (README).
      '  Options FollowSymLinks',
      '  AllowOverride All',
      '  Require all granted',
      '</Directory>',
    ].join('\n');
    await mkdir(join(dir, 'run'));
    await writeFile(join(dir, 'apache.conf'), `${conf}\n`);
    return start('apache2', '/usr/sbin/apache2', ['-f', join(dir, 'apache.conf'), '-DFOREGROUND'], { port, log: join(dir, 'apache.log') });
  },

  async nginx(dir, webroot, port) {
    await writeFile(join(dir, 'provider-compare.conf'), await shown('docs/servers/nginx.conf', webroot));
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`);
    const conf = [
      'daemon off;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/nginx-error.log warn;`,
      'worker_processes 1;',
      ...(asRoot ? ['user www-data;'] : []),
      // Debian's libnginx-mod-http-brotli-static; the package's own conf loads it for the system's nginx.
      'load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;',
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      ...temp,
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  server {',
      `    listen 127.0.0.1:${port};`,
      `    root ${webroot};`,
      `    include ${dir}/provider-compare.conf;`,
      '  }',
      '}',
    ].join('\n');
    await writeFile(join(dir, 'nginx.conf'), `${conf}\n`);
    return start('nginx', '/usr/sbin/nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'nginx-error.log')], { port, log: join(dir, 'nginx.log') });
  },

  async caddy(dir, webroot, port) {
    await writeFile(join(dir, 'provider-compare.Caddyfile'), await shown('docs/servers/Caddyfile', webroot));
    // No admin endpoint (its fixed port could clash), no HTTPS; its autosave and storage go to the
    // temporary folder, not the user's.
    const conf = [
      '{',
      '  admin off',
      '  auto_https off',
      `  storage file_system ${dir}/caddy-data`,
      '}',
      `http://127.0.0.1:${port} {`,
      `  import ${dir}/provider-compare.Caddyfile`,
      '}',
    ].join('\n');
    await writeFile(join(dir, 'Caddyfile'), `${conf}\n`);
    return start('caddy', '/usr/bin/caddy', ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile', '--pidfile', join(dir, 'caddy.pid')], {
      port,
      log: join(dir, 'caddy.log'),
      env: { HOME: dir, XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data') },
    });
  },
};

const ENCODINGS = [
  { accept: 'br', encoding: 'br', decode: brotliDecompressSync },
  { accept: 'gzip', encoding: 'gzip', decode: gunzipSync },
  { accept: null, encoding: null, decode: (b) => b },
];

for (const [name, launch] of Object.entries(SERVERS)) {
  test(`${name} sends the precompressed files with the right headers`, async (t) => {
    const binary = { apache: '/usr/sbin/apache2', nginx: '/usr/sbin/nginx', caddy: '/usr/bin/caddy' }[name];
    assert.ok(existsSync(binary), `${binary} is missing: run scripts/setup.sh --browser`);
    const dir = await mkdtemp(join(tmpdir(), `pc-${name}-`));
    // The workers (www-data) must reach the web root and the log folder through it.
    await chmod(dir, 0o755);
    const webroot = join(dir, 'www');
    await mkdir(webroot);
    await cp(DIST, join(webroot, 'vergleich'), { recursive: true });
    for (const e of await readdir(webroot, { recursive: true, withFileTypes: true })) {
      await chmod(join(e.parentPath ?? e.path, e.name), e.isDirectory() ? 0o755 : 0o644);
    }
    await chmod(webroot, 0o755);
    const port = await freePort();
    const stop = await launch(dir, webroot, port);
    t.after(async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    });

    for (const file of FILES) {
      const original = await readFile(join(DIST, file.path));
      for (const { accept, encoding, decode } of ENCODINGS) {
        const what = `${name}: ${file.path} with Accept-Encoding ${accept ?? '(none)'}`;
        const res = await get(port, `/vergleich/${file.path}`, accept ? { 'accept-encoding': accept } : {});
        assert.equal(res.status, 200, what);
        assert.equal(res.headers['content-encoding'] ?? null, encoding, `${what}: Content-Encoding`);
        // The precompressed copy itself, not one compressed on the fly.
        const expected = encoding ? await readFile(join(DIST, `${file.path}.${encoding === 'br' ? 'br' : 'gz'}`)) : original;
        assert.ok(res.body.equals(expected), `${what}: not the file's ${encoding ? 'precompressed copy' : 'bytes'}`);
        assert.ok(decode(res.body).equals(original), `${what}: decodes to other bytes`);
        assert.equal(res.headers['content-type']?.split(';')[0].trim(), file.type, `${what}: Content-Type`);
        // Text in UTF-8 (the stylesheets and the loader are read on host pages of any encoding).
        if (file.type.startsWith('text/')) assert.match(res.headers['content-type'], /;\s*charset=utf-8/i, `${what}: charset`);
        assert.equal(res.headers['cache-control'], file.hashed ? HASHED : 'no-cache', `${what}: Cache-Control`);
        assert.match(res.headers.vary ?? '', /\bAccept-Encoding\b/i, `${what}: Vary`);
        assert.equal(res.headers['access-control-allow-origin'], '*', `${what}: CORS`);
      }
    }

    // A file below the threshold has no copies: it arrives whole, compressed on the fly or not.
    if (page) {
      const original = await readFile(join(DIST, page));
      const res = await get(port, `/vergleich/${page}`, { 'accept-encoding': 'gzip' });
      const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.body) : res.body;
      assert.ok(body.equals(original), `${name}: ${page} arrives changed`);
      assert.match(res.headers['content-type'] ?? '', /^text\/css;\s*charset=utf-8$/i, `${name}: ${page}: Content-Type`);
      assert.equal(res.headers['cache-control'], HASHED, `${name}: ${page}: Cache-Control`);
    }
  });
}

// The README shows the nginx and Caddy settings as they are in docs/servers/, which this test uses.
test('the README shows the tested server settings', async () => {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  for (const file of ['docs/servers/nginx.conf', 'docs/servers/Caddyfile']) {
    assert.ok(readme.includes(await readFile(join(ROOT, file), 'utf8')), `README.md does not show ${file} as it is`);
  }
});
