// The three browser engines behind one small interface, so that the smoke flows (flows.mjs) are
// written once and run the same way in each:
//  - Chromium: Debian's `chromium`, driven by playwright-core (as in tests/e2e/harness.mjs);
//  - Firefox: Debian's `firefox-esr`, driven by puppeteer-core over WebDriver BiDi (no separate
//    driver, nothing downloaded);
//  - WebKit: Debian's WebKitGTK MiniBrowser through `WebKitWebDriver` (package
//    `webkit2gtk-driver`), driven by selenium-webdriver over WebDriver classic, in an Xvfb display
//    this file starts (package `xvfb`); WebKitGTK has no headless mode.
// Every driver is an exactly pinned npm package; every browser comes from Debian. Nothing is
// downloaded: selenium-webdriver only talks to the WebKitWebDriver started here (`usingServer`),
// so Selenium Manager never runs.
//
// An engine: `{ name, version, launchMs, open(url, { width, height }), close() }`. `open` gives a
// page: `{ eval(fn, arg), handle(fn, arg), click(fn, arg), press(fn, arg, key), errors(),
// downloads(), close() }`, where `fn` runs in the page with one JSON argument; `handle`/`click`/
// `press` take a function that returns the element to act on. `click` and `press` are real
// pointer and keyboard input from the driver, not script events. `errors()` lists console errors
// and uncaught exceptions (from the driver where it reports them, and from a probe in the page for
// all engines); `downloads()` lists the files the browser saved, where the driver shows them.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, launch as launchChromium } from '../e2e/harness.mjs';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = process.env.XVFB ?? '/usr/bin/Xvfb';

/**
 * A script for the head of the served index.html: it records console errors, uncaught errors,
 * unhandled rejections and failed resource loads in `window.__pcProbe` (read by `errors()`), in
 * every engine, including WebKit, whose WebDriver reports none of them. It only observes.
 */
export const PROBE = `<script>(() => {
  const seen = window.__pcProbe = [];
  const text = (v) => { try { return v instanceof Error ? v.message : typeof v === 'string' ? v : JSON.stringify(v); } catch { return String(v); } };
  const error = console.error.bind(console);
  console.error = (...args) => { seen.push('console.error: ' + args.map(text).join(' ')); error(...args); };
  addEventListener('error', (e) => {
    const t = e.target;
    if (t && t !== window && (t.src || t.href)) seen.push('failed to load: ' + (t.src || t.href));
    else seen.push('uncaught: ' + (e.message || text(e.error)));
  }, true);
  addEventListener('unhandledrejection', (e) => seen.push('unhandled rejection: ' + text(e.reason)));
})();</script>`;

const readProbe = () => (window.__pcProbe ?? []).slice();


const since = (start) => Math.round(performance.now() - start);

/**
 * The steps of a page that playwright-core and puppeteer-core drive alike (their `Page` has the
 * same `evaluate`, `evaluateHandle` and element `click`/`press`); `errors` collects what the
 * driver reports, the injected probe adds what the page recorded itself.
 */
function pageSteps(page, errors) {
  const element = async (fn, arg) => {
    const handle = (await page.evaluateHandle(fn, arg)).asElement();
    if (!handle) throw new Error(`no element: ${fn}`);
    return handle;
  };
  return {
    eval: (fn, arg) => page.evaluate(fn, arg),
    handle: element,
    click: async (fn, arg) => (await element(fn, arg)).click(),
    press: async (fn, arg, key) => (await element(fn, arg)).press(key),
    errors: async () => [...errors, ...(await page.evaluate(readProbe))],
    driverReportsErrors: true,
  };
}

// ---------------------------------------------------------------------------------------------
// Chromium (playwright-core)

export async function chromium() {
  const start = performance.now();
  const browser = await launchChromium();
  return {
    name: 'Chromium',
    version: `Chromium ${browser.version()}`,
    launchMs: since(start),
    async open(url, { width = 1280, height = 900 } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
      const page = await context.newPage();
      const errors = [];
      const saved = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('download', async (d) => {
        const path = await d.path().catch(() => null);
        saved.push({ name: d.suggestedFilename(), text: path ? await readFile(path, 'utf8') : null });
      });
      await page.goto(url);
      return {
        ...pageSteps(page, errors),
        downloads: async () => saved.slice(),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------------------------------------
// Firefox (puppeteer-core over WebDriver BiDi)

export async function firefox() {
  const start = performance.now();
  const { default: puppeteer } = await import('puppeteer-core');
  const downloadDir = await mkdtemp(join(tmpdir(), 'pc-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // Downloads go to a folder of our own, without asking.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'text/csv,application/json',
    },
  });
  const version = await browser.version(); // "firefox/153.8.0"
  return {
    name: 'Firefox',
    version: `Firefox ESR ${version.replace(/^firefox\//i, '')}`,
    launchMs: since(start),
    async open(url, { width = 1280, height = 900 } = {}) {
      const page = await browser.newPage();
      const errors = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      // Headless Firefox windows stop at 500 px wide; the BiDi viewport goes below that.
      await page.setViewport({ width, height });
      await page.goto(url);
      return {
        ...pageSteps(page, errors),
        async downloads() {
          const names = (await readdir(downloadDir)).filter((n) => !n.endsWith('.part'));
          return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(downloadDir, name), 'utf8') })));
        },
        close: () => page.close(),
      };
    },
    async close() {
      await browser.close();
      await rm(downloadDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// WebKit (WebKitGTK's MiniBrowser, WebKitWebDriver, selenium-webdriver, Xvfb)

/** Starts Xvfb on a free display number; resolves to `{ display, stop() }`. */
async function startXvfb({ width, height }) {
  const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr.on('data', (d) => { stderr += d; });
  const display = await new Promise((ok, fail) => {
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) ok(`:${out.trim()}`);
    });
    xvfb.on('exit', (code) => fail(new Error(`Xvfb exited (${code}): ${stderr}`)));
    setTimeout(() => fail(new Error(`Xvfb did not start: ${stderr}`)), 15000).unref();
  });
  return {
    display,
    stop: () => new Promise((ok) => {
      if (xvfb.exitCode !== null) return ok();
      xvfb.once('exit', ok);
      xvfb.kill();
    }),
  };
}

/** Starts WebKitWebDriver on a free port on `display`; resolves to `{ url, stop() }`. */
async function startWebKitDriver(display) {
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=local'], {
    env: { ...process.env, DISPLAY: display },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  driver.stderr.on('data', (d) => { stderr += d; });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15000;
  for (;;) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode}): ${stderr}`);
    try {
      // (Not fetch: its kept-alive connection would hold the test process open for seconds.)
      const status = await new Promise((ok, fail) => {
        get(`${url}/status`, { agent: false }, (res) => {
          let body = '';
          res.on('data', (d) => { body += d; });
          res.on('end', () => { try { ok(JSON.parse(body)); } catch (e) { fail(e); } });
        }).on('error', fail);
      });
      if (status.value?.ready !== false) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not start: ${stderr}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return {
    url,
    stop: () => new Promise((ok) => {
      if (driver.exitCode !== null) return ok();
      driver.once('exit', ok);
      driver.kill();
    }),
  };
}

// The Xvfb screen is only slightly larger than the window: with no window manager, keyboard
// focus follows the pointer, and a pointer outside the window would take focus away from it.
const WEBKIT_SCREEN = { width: 1300, height: 960 };
// MiniBrowser windows cannot be narrower than this (its toolbar); narrower views use an iframe.
export const WEBKIT_MIN_WIDTH = 447;

export async function webkit() {
  const start = performance.now();
  const { Builder, Key } = await import('selenium-webdriver');
  const xvfb = await startXvfb(WEBKIT_SCREEN);
  let server;
  let driver;
  try {
    server = await startWebKitDriver(xvfb.display);
    driver = await new Builder()
      .usingServer(server.url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
  } catch (e) {
    await server?.stop();
    await xvfb.stop();
    throw e;
  }
  const caps = await driver.getCapabilities();
  const keys = { End: Key.END, Home: Key.HOME, ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT, Enter: Key.ENTER, Escape: Key.ESCAPE, Space: Key.SPACE };
  // WebDriver classic has one window per session here: `open` reuses it, one page at a time.
  return {
    name: 'WebKit',
    version: `WebKitGTK ${caps.get('browserVersion')} (MiniBrowser)`,
    launchMs: since(start),
    async open(url, { width = 1280, height = 900 } = {}) {
      if (width < WEBKIT_MIN_WIDTH) throw new Error(`WebKitGTK's MiniBrowser is at least ${WEBKIT_MIN_WIDTH} px wide`);
      await driver.manage().window().setRect({ x: 0, y: 0, width, height });
      await driver.get(url);
      const element = async (fn, arg) => {
        const el = await driver.executeScript(fn, arg);
        if (!el || typeof el.click !== 'function') throw new Error(`no element: ${fn}`);
        return el;
      };
      return {
        eval: (fn, arg) => driver.executeScript(fn, arg),
        handle: element,
        click: async (fn, arg) => (await element(fn, arg)).click(),
        // Not sendKeys on the element: WebDriver sets a range input's value to the keys' text.
        press: async (fn, arg, key) => {
          await driver.executeScript((el) => el.focus(), await element(fn, arg));
          await driver.actions().sendKeys(keys[key] ?? key).perform();
        },
        // WebDriver classic reports no console messages: the probe in the page does.
        errors: () => driver.executeScript(readProbe),
        driverReportsErrors: false,
        // MiniBrowser's downloads are not visible to WebDriver.
        downloads: async () => null,
        close: () => driver.get('about:blank'),
      };
    },
    async close() {
      await driver.quit().catch(() => {});
      await server.stop();
      await xvfb.stop();
    },
  };
}

export const ENGINES = { chromium, firefox, webkit };
