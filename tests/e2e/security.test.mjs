// End-to-end: the release build under a strict Content-Security-Policy, hostile datasets, and a
// panic — the widget never runs foreign code, never links to script URLs, and never takes the
// host page down with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, access } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  serve, widgetSuite, withWidget, ranking, entries, weightInput, pickType, widgetHeadTags, hostPage, DIST,
} from './harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
const CRASH_DIST = resolve(import.meta.dirname, '../../target/crash-dist');
const SHIPPED = JSON.parse(await readFile(resolve(DIST, 'data/providers.json'), 'utf8'));
// The core: the same ranking data without the evidence, small enough to copy a thousand times.
const CORE = JSON.parse(await readFile(resolve(DIST, 'data/providers.core.json'), 'utf8'));

// Every response of the widget's server carries the strict policy.
const strict = widgetSuite({ headers: { 'content-security-policy': CSP } });

/** Records CSP violations from the first script on. */
async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

/** Serves `dataset` (an object or a string) in place of data/providers.json. */
async function withDataset(page, dataset) {
  const body = typeof dataset === 'string' ? dataset : JSON.stringify(dataset);
  await page.route('**/data/providers.core.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body, headers: { 'content-security-policy': CSP } }),
  );
}

test('under a strict CSP the widget loads and works with zero violations', async (t) => {
  const { page, context, log } = await withWidget(t, { setup: watchCsp });
  // Use it: a slider, a sort, a detail, the other language, another type.
  const slider = weightInput(page, 'security');
  await slider.focus();
  await page.keyboard.press('End');
  await page.locator('.pc-sort', { hasText: 'Gesamt' }).click();
  await entries(page).first().locator('.pc-name').click();
  await page.waitForSelector('.pc-detail');
  await page.locator('.pc-lang-button[lang=en]').click();
  await pickType(page, 'email');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(log.errors, []);
  const origin = new URL(strict.url).origin;
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:')), []);
  assert.deepEqual(await context.cookies(), []);
  // Nothing was written to storage either.
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
});

/** Every text the dataset shows, replaced by markup that would run script if parsed as HTML. */
function markupEverywhere(dataset) {
  const payload = (s) => `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>${s}`.slice(0, 290);
  const textKeys = new Set(['title', 'description', 'name', 'short_name', 'why', 'note', 'legal_name', 'country']);
  const walk = (v, key) => {
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v && typeof v === 'object') {
      const out = {};
      for (const [k, x] of Object.entries(v)) {
        if (textKeys.has(k)) {
          out[k] = typeof x === 'string' ? payload(x) : Object.fromEntries(Object.entries(x).map(([l, t]) => [l, payload(t)]));
        } else {
          out[k] = walk(x, k);
        }
      }
      return out;
    }
    return v;
  };
  return walk(dataset);
}

test('markup and script in every text field are shown as text and never run', async (t) => {
  const { page, log } = await withWidget(t, {
    setup: async (p) => {
      await watchCsp(p);
      await withDataset(p, markupEverywhere(SHIPPED));
    },
  });
  // Each provider's name in the ranking (entries found by their hooks) is the markup, as text.
  const names = await entries(page).locator('.pc-name').allTextContents();
  assert.equal(names.length, (await ranking(page)).length);
  assert.ok(names.length > 0);
  for (const name of names) assert.match(name, /^<img src=x onerror=/);
  await entries(page).first().locator('.pc-name').click();
  await page.waitForSelector('.pc-detail .pc-sources a');
  await page.locator('.pc-method summary').click();
  const widget = page.locator('.pc-widget');
  assert.equal(await widget.locator('img, script, iframe, object').count(), 0);
  assert.match(await widget.innerText(), /<script>window.__pwned=1<\/script>/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(log.errors, []);
});

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '\u202ejavascript:alert(1)',
  'https://trusted.example@evil.example/',
];

test('script, data and look-alike URLs in every URL field never become links', async (t) => {
  for (const bad of HOSTILE_URLS) {
    // Without the duties' explanations: their legal addresses fail first and would hide the
    // providers' (tests/legal.rs checks those addresses).
    const hostile = JSON.parse(JSON.stringify(SHIPPED), (k, v) => (k === 'explain' ? undefined : k === 'url' || k === 'website' ? bad : v));
    const { page, context } = await withWidget(t, {
      ready: false,
      setup: async (p) => {
        await watchCsp(p);
        await withDataset(p, hostile);
      },
    });
    const error = page.locator('.pc-error');
    await error.waitFor();
    const text = await error.innerText();
    assert.match(text, /Der Datensatz konnte nicht geladen werden/, JSON.stringify(bad));
    assert.match(text, /website|url/);
    assert.match(text, /weitere Probleme/, 'more than 100 problems are summarised');
    const hrefs = await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.every((h) => /^https?:\/\//i.test(h ?? '')), `${JSON.stringify(bad)}: ${hrefs}`);
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    await context.close();
  }
});

test('each broken fixture gets its message in the widget', async (t) => {
  const dir = resolve(import.meta.dirname, '../fixtures/hostile');
  const cases = JSON.parse(await readFile(resolve(dir, 'cases.json'), 'utf8'));
  for (const [file, words] of Object.entries(cases)) {
    if (file.startsWith('_')) continue;
    const body = await readFile(resolve(dir, file), 'utf8');
    const { page, context, log } = await withWidget(t, { ready: false, setup: (p) => withDataset(p, body) });
    const error = page.locator('.pc-error');
    await error.waitFor();
    const text = await error.innerText();
    for (const word of words) assert.ok(text.includes(word), `${file}: "${word}" not in:\n${text}`);
    assert.deepEqual(log.errors, [], file);
    await context.close();
  }
});

test('a 5 MB dataset loads; a 17 MB one is refused with a message', async (t) => {
  const big = JSON.parse(JSON.stringify(CORE));
  // At least 5 MB, and well over 120 providers of the first type (a windowed table).
  const firstType = (d) => d.providers.filter((p) => p.type === d.types[0].id).length;
  for (let n = 0; JSON.stringify(big).length < 5 * 1024 * 1024 || firstType(big) < 150; n++) {
    for (const p of CORE.providers) big.providers.push({ ...p, id: `${p.id}-${n}` });
  }
  const { page, context } = await withWidget(t, { timeout: 30000, setup: (p) => withDataset(p, big) });
  // Large datasets list the first 50 rows and offer the rest.
  assert.equal((await ranking(page)).length, 50);
  assert.match(await page.locator('.pc-more').innerText(), /Zeigt 50 von \d{3,} Anbietern/);
  await page.locator('.pc-more button').click();
  // Every row is in the table; only those near the visible part are rendered (a windowed
  // table), and scrolling to the end renders the last one.
  const rows = Number(await page.locator('.pc-table').getAttribute('aria-rowcount')) - 1;
  assert.ok(rows > 100, `aria-rowcount says ${rows} rows`);
  assert.match(await page.locator('.pc-more').innerText(), new RegExp(`Zeigt ${rows} von ${rows} Anbietern`));
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.locator(`[data-pc-provider][aria-rowindex="${rows + 1}"]`).waitFor({ timeout: 10000 });
  await context.close();

  const huge = `${' '.repeat(17 * 1024 * 1024)}{}`;
  const second = await withWidget(t, { ready: false, setup: (p) => withDataset(p, huge) });
  await second.page.locator('.pc-error').waitFor({ timeout: 30000 });
  assert.match(await second.page.locator('.pc-error').innerText(), /zu groß/);
  await second.context.close();
});

test('a panic leaves a readable notice in the widget and the host page keeps working', async (t) => {
  await access(resolve(CRASH_DIST, 'index.html')).catch(() => {
    throw new Error('target/crash-dist is missing: build it with `trunk build --features crash-test --dist target/crash-dist`');
  });
  const head = await widgetHeadTags(CRASH_DIST);
  const script = `<script>
    document.getElementById('host-button').addEventListener('click', () => {
      const out = document.getElementById('host-count');
      out.textContent = String(Number(out.textContent) + 1);
    });</script>`;
  const page_ = hostPage(head, '<div data-provider-compare data-crash-test data-dataset="data/providers.json"></div>', script);
  const server = await serve(CRASH_DIST, {}, { '/host.html': page_ });
  try {
    const { page, context } = await withWidget(t, { url: `${server.url}host.html`, ready: false });
    const notice = page.locator('.pc-crashed');
    await notice.waitFor({ timeout: 15000 });
    assert.equal(await notice.getAttribute('role'), 'alert');
    assert.match(await notice.innerText(), /Der Provider-Vergleich ist auf einen internen Fehler gestoßen/);
    assert.equal(await page.locator('.pc-widget').count(), 0, 'the dead widget is replaced, not left frozen');
    await page.locator('#host-button').click();
    await page.locator('#host-button').click();
    assert.equal(await page.locator('#host-count').innerText(), '2');
    assert.equal(await page.locator('#host-after').isVisible(), true);
    await context.close();
  } finally {
    await server.close();
  }
});
