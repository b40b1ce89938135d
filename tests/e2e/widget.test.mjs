// End-to-end: the release build in dist/, served on 127.0.0.1, in headless Chromium, used the way
// a reader uses it — by keyboard and pointer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  widgetSuite, withWidget, ranking, ids, entries, entry, weightInput, groupWeightInput, typeControl,
  pickType, shippedDataset, evidenceReady, shippedCheckedDe, assertOrderedByTotal, setGroupWeight,
} from './harness.mjs';

const suite = widgetSuite();

test('the release build loads, ranks the ISPs and stays on its own origin', async (t) => {
  const { page, context, log } = await withWidget(t);
  const rows = await ranking(page);
  const data = await shippedDataset();
  assert.deepEqual(rows.map((r) => r.id).sort(), data.providers.filter((p) => p.type === 'isp').map((p) => p.id).sort());
  assertOrderedByTotal(assert, rows);
  assert.ok((await page.locator('.pc-header').innerText()).includes(`Stand: ${await shippedCheckedDe()}`));
  const origin = new URL(suite.url).origin;
  const foreign = log.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'no request may leave the page origin');
  assert.deepEqual(await context.cookies(), [], 'no cookies');
  assert.deepEqual(log.errors, []);
});

test('keyboard alone: choose a type, move sliders, sort, open and close a detail', async (t) => {
  // The teaching text's three ISPs (a class's view), so that the orders below are known.
  const { page, log } = await withWidget(t, { hash: '#pc=1~t.isp~i.1' });

  // Type picker: a radio group, arrow keys move the choice.
  await typeControl(page, 'isp').focus();
  await page.keyboard.press('ArrowRight');
  assert.match(await page.locator('.pc-ranking h3').innerText(), /Webhosting/);
  assert.equal(await typeControl(page, 'hosting').isChecked(), true);
  await page.keyboard.press('ArrowLeft');
  assert.match(await page.locator('.pc-ranking h3').innerText(), /Internetzugang/);
  assert.equal(await typeControl(page, 'isp').isChecked(), true);

  // Sliders: Home sets 0, End sets 10. Only "security" left: A1 (4) > Telekom (3) > Vodafone (2).
  const sliders = page.locator('[data-pc-weight]');
  const n = await sliders.count();
  assert.equal(n, 13);
  for (let i = 0; i < n; i++) {
    await sliders.nth(i).focus();
    await page.keyboard.press('Home');
  }
  assert.match(await page.locator('.pc-notice').innerText(), /Alle Gewichte stehen auf 0/);
  const security = weightInput(page, 'security');
  await security.focus();
  await page.keyboard.press('End');
  assert.equal(await security.getAttribute('aria-valuetext'), '10 von 10, entscheidend; Anteil an der Gesamtwertung 100 %');
  assert.deepEqual(await ids(page), ['a1', 'telekom', 'vodafone']);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await security.inputValue(), '9');

  // Sorting: the header button is reachable and works with Enter.
  const nameHeader = page.locator('th', { has: page.locator('button', { hasText: 'Anbieter' }) });
  await nameHeader.locator('button').focus();
  await page.keyboard.press('Enter');
  assert.equal(await nameHeader.getAttribute('aria-sort'), 'ascending');
  assert.deepEqual(await ids(page), ['a1', 'telekom', 'vodafone']);
  await page.keyboard.press('Enter');
  assert.deepEqual(await ids(page), ['vodafone', 'telekom', 'a1']);

  // Detail: Enter on a name opens it and moves focus into it; Escape closes and returns focus.
  await entry(page, 'vodafone').locator('.pc-name').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.pc-detail');
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('pc-detail')), true);
  await evidenceReady(page);
  assert.match(await page.locator('.pc-detail').innerText(), /Geldbuße/);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.pc-detail').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Vodafone');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('[data-pc-provider]')?.dataset.pcProvider), 'vodafone');
  assert.deepEqual(log.errors, []);
});

test('a pointer click on a source opens it in a new tab, safely', async (t) => {
  const { page } = await withWidget(t);
  await entry(page, 'telekom').locator('.pc-name').click();
  // The detail asks for the evidence, which follows the core.
  await evidenceReady(page);
  const links = page.locator('.pc-detail .pc-sources a');
  assert.ok((await links.count()) > 10);
  for (const rel of await links.evaluateAll((as) => as.map((a) => a.rel))) {
    assert.equal(rel, 'noopener noreferrer');
  }
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.href));
  assert.ok(hrefs.every((h) => /^https?:\/\//.test(h)));
});

test('English is complete for the visible widget', async (t) => {
  const { page } = await withWidget(t);
  await page.getByRole('button', { name: 'English' }).click();
  // Dataset text inside the widget's sentences sits between invisible isolates (U+2068…U+2069).
  const text = (await page.locator('.pc-widget').innerText()).replace(/[\u2066-\u2069]/g, '');
  for (const german of ['Rangliste', 'Gewichtung', 'Anbieterart', 'Stand:', 'Datenbasis', 'Was bedeutet das?']) {
    assert.ok(!text.includes(german), `"${german}" is still German`);
  }
  assert.match(text, /Ranking: Internet access \(ISP\)/);
});

test('at 320 px nothing scrolls sideways: the ranking is a list of cards (tests/e2e/layout.test.mjs checks every width)', async (t) => {
  const { page } = await withWidget(t, { viewport: { width: 320, height: 640 } });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  // A container that does not scroll is no tab stop.
  const wrap = await page.locator('.pc-table-wrap').evaluate((el) => ({ tabIndex: el.tabIndex, scrolls: el.scrollWidth > el.clientWidth }));
  assert.deepEqual(wrap, { tabIndex: -1, scrolls: false });
});

test('a broken or missing dataset gives a clear message in the widget, not a blank page', async (t) => {
  const { page } = await withWidget(t, {
    ready: false,
    setup: (p) => p.route('**/data/providers.core.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format_version": 1, "title": 5}' })),
  });
  const error = page.locator('.pc-error');
  await error.waitFor();
  const text = await error.innerText();
  assert.match(text, /Der Datensatz konnte nicht geladen werden/);
  assert.match(text, /title/);
  assert.match(text, /Falscher Typ/);
  await page.unroute('**/data/providers.core.json');
  await page.route('**/data/providers.core.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.reload();
  await page.locator('.pc-error').waitFor();
  assert.match(await page.locator('.pc-error').innerText(), /Status 500/);
  // The retry button is there for a server error, and the language switch still works.
  await page.locator('.pc-lang-button[lang=en]').click();
  assert.match(await page.locator('.pc-error').innerText(), /status 500[\s\S]*Try again/);
});

test('ranking method: reorder the groups by keyboard and by pointer (drag and drop)', async (t) => {
  const { page, log } = await withWidget(t);
  await page.locator('[data-pc-method="ranking"]').check();
  const names = () => page.locator('.pc-order-name').allTextContents();
  // The order's panel loads on demand (README, "Loading in two parts").
  await page.locator('.pc-order-name').first().waitFor();
  assert.equal((await names())[0], 'Technische Aufgaben');
  // Keyboard: the "up" button of the third group, pressed with Enter, moves it up and keeps the
  // focus; at the top, where "up" is disabled, focus moves to its "down" button.
  const up = page.locator('.pc-order-item', { hasText: 'Vertragliche Pflichten' }).locator('button').first();
  await up.focus();
  await page.keyboard.press('Enter');
  assert.match(await page.evaluate(() => document.activeElement?.id ?? ''), /order-up\.contractual$/);
  await page.keyboard.press('Enter');
  assert.equal((await names())[0], 'Vertragliche Pflichten');
  assert.match(await page.evaluate(() => document.activeElement?.id ?? ''), /order-down\.contractual$/);
  assert.equal(await groupWeightInput(page, 'contractual').inputValue(), '10');
  // Pointer: drag the last group onto the first place.
  await page.locator('.pc-order-item').last().dragTo(page.locator('.pc-order-item').first());
  assert.equal((await names())[0], 'Kommunikation und Transparenz');
  assert.equal(await groupWeightInput(page, 'communication').inputValue(), '10');
  assert.deepEqual(log.errors, []);
});

test('test hooks: entries, weights and type controls carry dataset ids; rank and total are the ones shown', async (t) => {
  const { page, log } = await withWidget(t);
  const data = await shippedDataset();
  const names = Object.fromEntries(data.providers.map((p) => [p.id, p.name]));
  const hooked = (attribute, key) => page.locator(`[${attribute}]`).evaluateAll((els, key) => els.map((e) => e.dataset[key]), key);
  assert.deepEqual(await hooked('data-pc-weight', 'pcWeight'), data.criteria.map((c) => c.id));
  assert.deepEqual(await hooked('data-pc-group-weight', 'pcGroupWeight'), data.groups.map((g) => g.id));
  assert.deepEqual(await hooked('data-pc-type', 'pcType'), data.types.map((k) => k.id));

  // Every type, in both languages: one entry per provider of the type; the total hook is the total
  // shown (decimal comma in German), with one decimal; equal totals share a rank ("1, 2, 2, 4").
  for (const lang of ['de', 'en']) {
    if (lang === 'en') await page.locator('.pc-lang-button[lang=en]').click();
    for (const type of data.types) {
      await pickType(page, type.id);
      const rows = await ranking(page);
      assert.deepEqual(rows.map((r) => r.id).sort(), data.providers.filter((p) => p.type === type.id).map((p) => p.id).sort(), type.id);
      for (const [i, r] of rows.entries()) {
        const where = `${lang} ${type.id} ${r.id}`;
        assert.match(r.total ?? '', /^\d{1,3}\.\d$/, where);
        const shown = await entry(page, r.id).locator('.pc-total-value').innerText();
        assert.equal(shown, lang === 'de' ? r.total.replace('.', ',') : r.total, where);
        assert.ok((await entry(page, r.id).innerText()).includes(names[r.id]), where);
        // Equal totals share a rank; totals that only look equal at one decimal may not.
        const previous = rows[i - 1];
        const expected = !previous ? [1] : previous.total === r.total ? [previous.rank, i + 1] : [i + 1];
        assert.ok(expected.includes(r.rank), `${where}: rank ${r.rank}, expected ${expected}`);
      }
    }
  }

  // A provider excluded by a reader's minimum shows neither rank nor total, and its hooks are empty.
  // A minimum at the best ISP security score: only the ISPs reaching it keep rank and total.
  const shipped = await shippedDataset();
  const isps = shipped.providers.filter((p) => p.type === 'isp');
  const security = (p) => p.ratings.security.score;
  const best = Math.max(...isps.map(security).filter(Number.isInteger));
  const reach = isps.filter((p) => security(p) === best).map((p) => p.id).sort();
  await pickType(page, 'isp');
  await page.locator('.pc-minimums summary').click();
  await page.locator('[data-pc-minimum="security"]').selectOption(String(best));
  const rows = await ranking(page);
  assert.deepEqual(rows.filter((r) => r.rank !== null).map((r) => r.id).sort(), reach);
  for (const r of rows.filter((r) => !reach.includes(r.id))) {
    assert.deepEqual([r.rank, r.total], [null, null], r.id);
  }
  assert.deepEqual(log.errors, []);
});

test('a group sub-total is bare text in its cell; a group weighted 0 shows a dash that screen readers hear as the reason', async (t) => {
  const { page, log } = await withWidget(t);
  const data = await shippedDataset();
  // What each group cell of each row holds: its child elements, what is shown, what is spoken.
  const cells = () => page.locator('tr[data-pc-provider] td.pc-col-group').evaluateAll((tds) => tds.map((td) => ({
    label: td.dataset.label,
    children: td.children.length,
    shown: [...td.childNodes].filter((n) => n.nodeType === 3 || !n.classList.contains('pc-sr')).map((n) => n.textContent).join(''),
    spoken: [...td.childNodes].filter((n) => n.nodeType === 3 || n.getAttribute('aria-hidden') !== 'true').map((n) => n.textContent).join(''),
  })));
  const before = await cells();
  assert.ok(before.length >= 2, 'group cells in the rows');
  // A value needs no element; a group without a known score in it says so (shipped data have such).
  for (const c of before) {
    if (c.children === 0) {
      assert.match(c.shown, /^\d{1,3}$/, c.label);
      assert.equal(c.spoken, c.shown, c.label);
    } else {
      assert.deepEqual([c.children, c.shown, c.spoken], [2, '–', 'keine belegten Werte'], JSON.stringify(c));
    }
  }
  assert.ok(before.some((c) => c.children === 0), 'most sub-totals are values');
  // The first group column's group, by its short name (the column's label).
  const label = before[0].label;
  const group = data.groups.find((g) => (g.short_name ?? g.name).de === label);
  assert.ok(group, `a group labelled ${label}`);
  await setGroupWeight(page, group.id, 0);
  const column = (label) => [...document.querySelectorAll('tr[data-pc-provider] td.pc-col-group')].filter((td) => td.dataset.label === label);
  await page.waitForFunction(`(${column})(${JSON.stringify(label)}).every((td) => td.children.length === 2)`);
  const zeroed = (await cells()).filter((c) => c.label === label);
  assert.ok(zeroed.length > 0);
  for (const c of zeroed) {
    assert.equal(c.shown, '–', c.label);
    assert.equal(c.spoken, 'nicht gewichtet', c.label);
  }
  // Back to a weight: each cell as before.
  await setGroupWeight(page, group.id, 5);
  await page.waitForFunction(`(${column})(${JSON.stringify(label)}).every((td) => td.textContent !== '–nicht gewichtet')`);
  assert.deepEqual(await cells(), before);
  assert.deepEqual(log.errors, []);
});

test('"Warum 3 von 5?": every rubric check with its finding, the sum, the sources; old sources marked', async (t) => {
  const { page, log } = await withWidget(t);
  const shipped = await shippedDataset();
  const [first] = await ranking(page);
  const provider = shipped.providers.find((p) => p.id === first.id);
  await entry(page, first.id).locator('.pc-name').click();
  await evidenceReady(page);
  const criteria = shipped.criteria.filter((c) => provider.ratings[c.id] && provider.ratings[c.id].findings);
  assert.ok(criteria.length > 0);
  const items = page.locator('.pc-detail .pc-criterion');
  for (const c of criteria) {
    const rating = provider.ratings[c.id];
    const item = items.filter({ hasText: c.name.de });
    const why = item.locator('.pc-why');
    assert.equal(await why.locator('summary').innerText(), `Warum ${rating.score} von 5?`, c.id);
    await why.locator('summary').click();
    // One line per check of the rubric, met or not as the dataset says.
    const findings = why.locator('.pc-finding');
    assert.equal(await findings.count(), c.rubric.checks.length, c.id);
    const met = await why.locator('.pc-finding--met').count();
    assert.equal(met, rating.findings.filter((f) => f.met).length, c.id);
    assert.match(await why.locator('.pc-why-sum').innerText(), new RegExp(`ergibt ${rating.score}\\.$`), c.id);
    // A finding names its sources by their number in the list below.
    const refs = (await why.locator('.pc-finding-refs').allTextContents()).join(' ');
    for (const n of refs.match(/\d+/g) ?? []) assert.ok(Number(n) <= rating.sources.length, `${c.id}: ${refs}`);
    assert.match(await why.locator('.pc-checked').innerText(), /^Zuletzt geprüft am /);
  }
  // Sources dated three or more years before the check are marked with their year.
  const [y, m, d] = shipped.checked.split('-').map(Number);
  const limit = `${y - 3}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // A date counts by its latest possible day (a bare year by 31 December).
  const latest = (date) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);
  const old = Object.values(provider.ratings).flatMap((r) => r.sources ?? [])
    .filter((s) => s.date && latest(s.date) < limit);
  const marks = await page.locator('.pc-detail .pc-sources .pc-tag', { hasText: /^Quelle von \d{4}$/ }).count();
  assert.equal(marks > 0, old.length > 0, `${old.length} old sources, ${marks} marks`);
  assert.deepEqual(log.errors, []);
});

test('the pair comparison survives choosing the same provider on both sides', async (t) => {
  const { page, log } = await withWidget(t);
  const selects = page.locator('.pc-compare select');
  assert.equal(await selects.count(), 2);
  const [a, b] = [await selects.nth(0).inputValue(), await selects.nth(1).inputValue()];
  assert.notEqual(a, b);
  // A takes B's provider: the two swap, and the section stays.
  await selects.nth(0).selectOption(b);
  await page.waitForFunction(([a, b]) => {
    const s = document.querySelectorAll('.pc-compare select');
    return s.length === 2 && s[0].value === b && s[1].value === a;
  }, [a, b]);
  // B takes A's: they swap back.
  await selects.nth(1).selectOption(b);
  await page.waitForFunction(([a, b]) => {
    const s = document.querySelectorAll('.pc-compare select');
    return s.length === 2 && s[0].value === a && s[1].value === b;
  }, [a, b]);
  assert.match(await page.locator('.pc-compare .pc-flip').innerText(), /\S/);
  assert.deepEqual(log.errors, []);
});

test('English: the page title and <html lang> of the widget\'s own page follow the language', async (t) => {
  const { page } = await withWidget(t);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  assert.match(await page.title(), /^Provider-Vergleich/);
  await page.locator('.pc-lang-button[lang=en]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.title(), /^Provider comparison/);
  assert.equal(await page.locator('h1').textContent(), 'Provider comparison');
  // The weighting method "order" no longer reads like the ranking.
  assert.equal(await page.locator('label[for$="method-ranking"]').innerText(), 'order');
  await page.locator('.pc-lang-button[lang=de]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  assert.match(await page.title(), /^Provider-Vergleich/);
});

test('the phone flow: type choice and the top of the ranking on the first screen; first place beside the weighting', async (t) => {
  const { page, log } = await withWidget(t, { viewport: { width: 375, height: 667 } });
  const box = (locator) => locator.evaluate((el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; });
  assert.ok((await box(page.locator('[data-pc-type]').last().locator('..'))).bottom <= 667, 'every type on the first screen');
  // The top of the ranking: the first entry's name and total (its card's first line; its
  // sub-totals may run below the fold).
  assert.ok((await box(entries(page).first().locator('.pc-name'))).bottom <= 667, 'the first name on the first screen');
  assert.ok((await box(entries(page).first().locator('.pc-total-value'))).bottom <= 667, 'the first total on the first screen');
  // A preset, far below the ranking: first place is shown beside it, with a way back.
  await page.locator('[data-pc-method="presets"]').check();
  const preset = page.locator('.pc-preset', { hasText: 'Datenschutz zuerst' });
  await preset.click();
  const bar = page.locator('.pc-leader-bar');
  const leader = (await ranking(page))[0];
  const data = await shippedDataset();
  const name = data.providers.find((p) => p.id === leader.id).name;
  assert.match((await bar.innerText()).replace(/[\u2068\u2069]/g, ''), new RegExp(`Jetzt vorn: ${name}`));
  const barBox = await box(bar);
  assert.ok(barBox.top >= 0 && barBox.bottom <= 667, 'the summary is in view beside the preset');
  await page.locator('.pc-leader-jump').click();
  assert.match(await page.evaluate(() => document.activeElement.id), /ranking-title$/);
  const heading = await box(page.locator('.pc-ranking h3'));
  assert.ok(heading.top >= 0 && heading.top < 667, 'the ranking is in view');
  // The announcer says that first place stayed or changed.
  assert.match(await page.locator('.pc-announcer').innerText(), /vorn|Spitze/);
  assert.deepEqual(log.errors, []);
});

test('the order and pairwise methods show what they apply and apply it on request', async (t) => {
  const { page } = await withWidget(t);
  await page.locator('[data-pc-method="ranking"]').check();
  assert.match(await page.locator('.pc-order-item').first().innerText(), /46\s%\s→\sRegler 10/);
  assert.match(await page.locator('.pc-order .pc-method-status').innerText(), /Noch nicht angewendet/);
  await page.locator('.pc-order .pc-method-status button').click();
  assert.match(await page.locator('.pc-order .pc-method-status').innerText(), /Angewendet/);
  assert.equal(await groupWeightInput(page, 'technical').inputValue(), '10');
  assert.equal(await groupWeightInput(page, 'communication').inputValue(), '1');
  await page.locator('[data-pc-method="pairwise"]').check();
  const pairs = page.locator('.pc-pair input[type=range]');
  await pairs.nth(0).fill('-4');
  const panel = page.locator('.pc-pairwise');
  assert.match(await panel.innerText(), /sobald mindestens 5 gesetzt sind \(bisher 1\)/);
  assert.equal(await panel.locator('.pc-notice').count(), 0, 'one judgement is not judged');
  // Labels and values do not run together.
  const item = await panel.locator('.pc-ahp-weights li').last().textContent();
  assert.match(item, /Transparenz \d/);
});
