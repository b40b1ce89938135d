// End-to-end: which providers the reader looks at (issue 14) — the country filter and the
// teaching text's providers, on the widget's own page, in the share link, from a host page's
// data- attributes, in the detail, in English, at 320 px, and with axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  widgetSuite, withWidget, ranking, entry, pickType, shippedDataset, typeIds, axe, widgetHeadTags, hostPage,
  evidenceReady,
} from './harness.mjs';

const pages = {};
widgetSuite({ pages });

/** The ids of the shipped providers of `type` offered in `country`, sorted. */
async function offeredIn(type, country) {
  const data = await shippedDataset();
  return data.providers.filter((p) => p.type === type && (p.serves ?? []).includes(country)).map((p) => p.id).sort();
}

const shownIds = async (page) => (await ranking(page)).map((r) => r.id).sort();

test('the country filter: the ranking, the counts, the link and a reload follow it', async (t) => {
  const { page, log } = await withWidget(t, { hash: '#pc=1~t.isp~l.de' });
  assert.deepEqual(await shownIds(page), await typeIds('isp'));
  // Every country the dataset's providers are offered in is a choice, Germany, Austria and
  // Switzerland first.
  const select = page.locator('[data-pc-country]');
  const options = await select.locator('option').evaluateAll((els) => els.map((e) => [e.value, e.textContent]));
  assert.deepEqual(options.slice(0, 4), [['', 'allen Ländern'], ['DE', 'Deutschland'], ['AT', 'Österreich'], ['CH', 'Schweiz']]);
  assert.equal(await page.locator('label', { hasText: 'Angeboten in' }).getAttribute('for'), await select.getAttribute('id'));

  for (const [code, type] of [['CH', 'isp'], ['AT', 'isp'], ['DE', 'hosting'], ['CH', 'email']]) {
    await pickType(page, type);
    await select.selectOption(code);
    const expected = await offeredIn(type, code);
    assert.ok(expected.length > 0, `${type} in ${code}`);
    assert.deepEqual(await shownIds(page), expected, `${type} in ${code}`);
    const all = await typeIds(type);
    assert.match(await page.locator('[data-pc-scope-count]').innerText(),
      new RegExp(`^${expected.length} von ${all.length} Anbietern dieser Art\\.`));
    // The type choice counts the providers in the filter.
    assert.match(await page.locator(`[data-pc-type="${type}"] + label .pc-kind-count`).innerText(), new RegExp(`^${expected.length}`));
    await page.waitForFunction((c) => location.hash.includes(`~f.${c}`), code.toLowerCase());
  }
  // A reload of the address opens the same filtered view.
  await page.reload();
  await page.locator('[data-pc-provider]').first().waitFor();
  assert.equal(await page.locator('[data-pc-country]').inputValue(), 'CH');
  assert.deepEqual(await shownIds(page), await offeredIn('email', 'CH'));
  // The pair comparison offers only providers in the filter; the CSV says the filter on its
  // first line.
  const data = await shippedDataset();
  const names = (ids) => ids.map((id) => data.providers.find((p) => p.id === id).name).sort();
  const offered = await page.locator('.pc-pair-select select').first().locator('option')
    .evaluateAll((els) => els.map((e) => e.textContent.trim()));
  assert.deepEqual(offered.sort(), names(await offeredIn('email', 'CH')));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.pc-share-actions button', { hasText: 'CSV' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  assert.match(csv.split('\r\n')[0], /;Angeboten in: Schweiz\.$/);
  // All countries again: the whole type, and the link no longer filters.
  await page.locator('[data-pc-country]').selectOption('');
  assert.deepEqual(await shownIds(page), await typeIds('email'));
  await page.waitForFunction(() => !location.hash.includes('~f.'));
  assert.equal(await page.locator('[data-pc-scope-count]').count(), 0);
  await axe(page, 'after the country filter');
  assert.deepEqual(log.errors, []);
});

test('only the teaching text\'s providers, and a choice that leaves none says so', async (t) => {
  const { page, log } = await withWidget(t, { hash: '#pc=1~t.cloud~l.de' });
  const box = page.locator('[data-pc-text-only]');
  assert.equal(await page.getByLabel('Nur Anbieter aus dem Unterrichtstext').count(), 1);
  await box.check();
  assert.deepEqual(await shownIds(page), await typeIds('cloud', { textOnly: true }));
  assert.deepEqual(await shownIds(page), ['aws', 'azure']);
  await page.waitForFunction(() => location.hash.includes('~i.1'));
  // The teaching text's ISPs and Switzerland: none of them sells there, and the widget says so
  // instead of showing an empty table.
  const data = await shippedDataset();
  const both = data.providers.filter((p) => p.type === 'isp' && p.named_in_text && (p.serves ?? []).includes('CH'));
  await pickType(page, 'isp');
  await page.locator('[data-pc-country]').selectOption('CH');
  assert.equal(both.length, 0, 'no ISP of the teaching text sells in Switzerland');
  assert.equal(await page.locator('[data-pc-provider]').count(), 0);
  assert.match(await page.locator('[data-pc-scope-count]').innerText(), /^0 von \d+ Anbietern dieser Art\./);
  assert.match(await page.locator('.pc-ranking .pc-notice').innerText(), /keinen Anbieter dieser Art/);
  await axe(page, 'a filter that leaves no provider');
  await box.uncheck();
  assert.deepEqual(await shownIds(page), await offeredIn('isp', 'CH'));
  assert.deepEqual(log.errors, []);
});

test('the detail says where a provider is based, where it is offered and where it keeps the data', async (t) => {
  const data = await shippedDataset();
  const p = data.providers.find((x) => x.type === 'email' && x.data_location?.countries?.length && x.data_location.sources?.length);
  assert.ok(p, 'an e-mail provider with a sourced data location');
  const { page } = await withWidget(t, { hash: `#pc=1~t.email~d.${p.id}~l.de` });
  await evidenceReady(page);
  const where = page.locator('.pc-detail [data-pc-where]');
  const text = await where.innerText();
  assert.match(text, /Angeboten in/);
  assert.match(text, /Daten gespeichert in/);
  // Each source of the location is a link that leaves no opener.
  const link = where.locator('a[href^="http"]').first();
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  const href = await link.getAttribute('href');
  assert.ok(p.data_location.sources.some((s) => new URL(s.url).href === new URL(href).href), href);
  // A teaching-text provider carries its mark.
  const { page: seed } = await withWidget(t, { hash: '#pc=1~t.email~d.gmail~l.en' });
  assert.match(await seed.locator('.pc-detail .pc-meta').innerText(), /named in the teaching text/);
  assert.match(await seed.locator('.pc-detail [data-pc-where]').innerText(), /Offered in: Germany, Austria, Switzerland/);
});

test('a host page starts filtered with data-country and data-text-only', async (t) => {
  const tags = await widgetHeadTags();
  pages['/filtered.html'] = hostPage(tags, '<div data-provider-compare data-type="hosting" data-country="de" data-lang="en"></div>'
    + '<div data-provider-compare data-type="email" data-text-only="on"></div>');
  const { page, log } = await withWidget(t, { url: 'filtered.html', ready: false });
  const [w1, w2] = [page.locator('[data-provider-compare]').nth(0), page.locator('[data-provider-compare]').nth(1)];
  await w1.locator('[data-pc-provider]').first().waitFor();
  await w2.locator('[data-pc-provider]').first().waitFor();
  assert.deepEqual((await ranking(w1)).map((r) => r.id).sort(), await offeredIn('hosting', 'DE'));
  assert.equal(await w1.locator('[data-pc-country]').inputValue(), 'DE');
  assert.match(await w1.locator('[data-pc-scope-count]').innerText(), /of \d+ providers of this type/);
  assert.deepEqual((await ranking(w2)).map((r) => r.id).sort(), ['gmail', 'outlook', 'proton-mail']);
  assert.equal(await w2.locator('[data-pc-text-only]').isChecked(), true);
  // The page's address is not the widgets' to change.
  assert.equal(new URL(page.url()).hash, '');
  assert.deepEqual(log.errors, []);
});

test('at 320 px the filter fits and nothing scrolls sideways', async (t) => {
  const { page } = await withWidget(t, { viewport: { width: 320, height: 640 }, hash: '#pc=1~t.email~f.de~l.de' });
  const fits = await page.evaluate(() => {
    const widget = document.querySelector('.pc-widget').getBoundingClientRect();
    const parts = [...document.querySelectorAll('.pc-scope select, .pc-scope label, .pc-scope-count')];
    return parts.every((el) => { const r = el.getBoundingClientRect(); return r.left >= widget.left - 0.5 && r.right <= widget.right + 0.5; })
      && document.documentElement.scrollWidth <= window.innerWidth;
  });
  assert.ok(fits, 'the filter fits the widget at 320 px and the page does not scroll sideways');
  // Eleven e-mail providers at 320 px: every name and total is fully visible.
  const clipped = await page.locator('[data-pc-provider]').evaluateAll((rows) => rows.flatMap((row) =>
    [...row.querySelectorAll('.pc-name, .pc-total-value')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width === 0 || r.left < 0 || r.right > window.innerWidth + 0.5 || el.scrollWidth > el.clientWidth + 1;
    }).map(() => row.dataset.pcProvider)));
  assert.deepEqual(clipped, []);
});
