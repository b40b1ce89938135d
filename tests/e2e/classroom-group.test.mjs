// The teacher's group view (classroom mode): share links made in the test — one by driving the
// widget, two written by the documented format (README, "Share links"), from the standalone page,
// an embedded widget's page (`#pc2=`) and as a bare value — pasted with a garbled line and one
// from another dataset give the hand-computed class weights, Kendall's W and disagreement order;
// each pupil's first place is the widget's own; the skipped lines are listed; the CSV holds it
// all; axe finds nothing in the group view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { widgetSuite, withWidget, ranking, setWeight, setGroupWeight, shippedDataset, typeIds,
} from './harness.mjs';

widgetSuite();

// The e-mail duties in dataset order (net neutrality does not apply to e-mail).
const DUTIES = ['network', 'maintenance', 'backup', 'support', 'privacy', 'liability', 'sla',
  'customer_data', 'security', 'access_control', 'outage_info', 'pricing'];
// One duty per group weighted (5), the rest 0: a duty's share is then its group's share of the
// group weights, G_g / Σ G. Communication is 0, so pricing gets no share either.
const CRITERIA = { network: 5, privacy: 5, sla: 5, security: 5, pricing: 5 };
const criteria = () => DUTIES.map((id) => `${id}:${CRITERIA[id] ?? 0}`).join(',');
const groups = (t, l, c, s) => `technical:${t},legal:${l},contractual:${c},security:${s},communication:0`;
// Pupil A is made by driving the widget: groups 4, 3, 2, 1 → network .4, privacy .3, sla .2, security .1.
// Pupil B, written by hand: groups 4, 2, 3, 1 → .4, .2, .3, .1.
const B = `1~t.email~w.${criteria()}~g.${groups(4, 2, 3, 1)}~l.de`;
// Pupil C: groups 2, 2, 4, 2 → .2, .2, .4, .2.
const C = `1~t.email~w.${criteria()}~g.${groups(2, 2, 4, 2)}~u.1`;

// The hand computation (m = 3 pupils, n = 12 e-mail duties; rank 1 = largest share):
// mean: network (.4+.4+.2)/3 = .3333, privacy (.3+.2+.2)/3 = .2333, sla (.2+.3+.4)/3 = .3,
//       security (.1+.1+.2)/3 = .1333, the other eight 0.
const MEAN = { network: 1 / 3, privacy: 0.7 / 3, sla: 0.3, security: 0.4 / 3 };
// ranks:  A: network 1, privacy 2, sla 3, security 4, the eight zeros share 5..12 → 8.5 each
//         B: network 1, sla 2, privacy 3, security 4, zeros 8.5
//         C: sla 1; network, privacy, security share 2..4 → 3; zeros 8.5
// rank sums R: network 5, privacy 8, sla 6, security 11, each zero 25.5 (Σ = 234 = m·n(n+1)/2)
// R̄ = 19.5; S = 14.5² + 11.5² + 13.5² + 8.5² + 8 · 6² = 210.25 + 132.25 + 182.25 + 72.25 + 288 = 885
// ties: T = 8³ − 8 = 504 per pupil, plus 3³ − 3 = 24 for C → Σ T = 1536
// W = 12 · 885 / (3² · (12³ − 12) − 3 · 1536) = 10620 / (15444 − 4608) = 10620 / 10836 = 0.98007
const W = 10620 / 10836;
// disagreement (population SD of the shares): network √(2/225) = .0943, sla √(.02/3) = .0816,
// privacy and security √(1/450) = .0471 (dataset order), then the zeros (SD 0) in dataset order.
const DISAGREEMENT = ['network', 'sla', 'privacy', 'security', 'maintenance', 'backup', 'support',
  'liability', 'customer_data', 'access_control', 'outage_info', 'pricing'];
const SD = { network: Math.sqrt(2 / 225), sla: Math.sqrt(0.02 / 3), privacy: Math.sqrt(1 / 450), security: Math.sqrt(1 / 450) };

/** The providers the widget itself puts first for share-link value `link`. */
async function widgetLeaders(t, link) {
  const { page } = await withWidget(t, { hash: `#pc=${link}` });
  return (await ranking(page)).filter((r) => r.rank === 1).map((r) => r.id).sort();
}

test('the group view: class weights, W, disagreement, first places, skipped lines, CSV, axe', async (t) => {
  const { page, log } = await withWidget(t, { hash: '#pc=1~t.email~l.de' });
  // Pupil A drives the widget; the link is what the address bar then holds.
  for (const id of DUTIES) await setWeight(page, id, CRITERIA[id] ?? 0);
  const groupsA = { technical: 4, legal: 3, contractual: 2, security: 1, communication: 0 };
  for (const [id, v] of Object.entries(groupsA)) await setGroupWeight(page, id, v);
  await page.waitForFunction(() => location.hash.includes('communication:0'));
  const addressA = page.url();
  const A = decodeURIComponent(new URL(addressA).hash.replace(/^#pc=/, ''));

  const text = [
    addressA, //                                                                line 1: pupil A
    '', //                                                                     line 2: ignored
    `https://schule.example/blog/pflichten.html#top&pc2=${B}`, //             line 3: pupil B
    'https://schule.example/vergleich/index.html#pc=1~t.email~w.privacy:zz', // line 4: garbled
    `pc=${C}`, //                                                              line 5: pupil C
    'https://anderer.example/#pc=1~t.mail~w.a:4', //                           line 6: another dataset
  ].join('\n');

  await page.getByText('Klassenansicht (für Lehrkräfte)').click();
  await page.getByLabel('Links der Klasse (ein Link pro Zeile)').fill(text);
  await page.getByRole('button', { name: 'Auswerten' }).click();
  await page.locator('[data-pc-class-w]').waitFor();

  assert.equal(await page.locator('[data-pc-class-kind]').getAttribute('data-pc-class-kind'), 'email');
  // The pupils, with the widget's own first place for each link.
  const pupils = await page.locator('[data-pc-class-pupil]').evaluateAll((rows) =>
    rows.map((r) => [Number(r.dataset.pcClassPupil), r.dataset.pcClassLeaders.split(',').sort()]));
  const expectedLeaders = [await widgetLeaders(t, A), await widgetLeaders(t, B), await widgetLeaders(t, C)];
  assert.deepEqual(pupils, [[1, expectedLeaders[0]], [3, expectedLeaders[1]], [5, expectedLeaders[2]]]);

  // Mean weights (hooks: three decimals, `.`).
  const means = await page.locator('[data-pc-class-duty]').evaluateAll((els) =>
    els.map((e) => [e.dataset.pcClassDuty, Number(e.dataset.pcClassMean)]));
  assert.deepEqual(means.map(([id]) => id), DUTIES);
  for (const [id, v] of means) assert.ok(Math.abs(v - (MEAN[id] ?? 0)) < 0.0006, `${id}: ${v}`);
  assert.ok(Math.abs(means.reduce((s, [, v]) => s + v, 0) - 1) < 0.003);

  // Kendall's W, shown with its explanation.
  const w = await page.locator('[data-pc-class-w]');
  assert.ok(Math.abs(Number(await w.getAttribute('data-pc-class-w')) - W) < 0.0006);
  assert.equal((await w.textContent()).trim(), 'Kendalls W = 0,98');
  await page.getByText('Kendalls W misst, wie einig sich die Klasse in der Reihenfolge der Pflichten ist: 0 = gar nicht, 1 = völlig.').waitFor();

  // Disagreement, largest first.
  await page.getByText('Darüber lohnt sich die Diskussion').waitFor();
  const disagree = await page.locator('[data-pc-class-disagree]').evaluateAll((els) =>
    els.map((e) => [e.dataset.pcClassDisagree, Number(e.dataset.pcClassSd)]));
  assert.deepEqual(disagree.map(([id]) => id), DISAGREEMENT);
  for (const [id, sd] of disagree) assert.ok(Math.abs(sd - (SD[id] ?? 0)) < 0.0006, `${id}: ${sd}`);

  // The most common first place, in a sentence.
  const counts = {};
  for (const l of expectedLeaders) for (const p of l) counts[p] = (counts[p] ?? 0) + 1;
  const [topId, topCount] = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const shipped = await shippedDataset();
  const names = Object.fromEntries(shipped.providers.map((p) => [p.id, p.name]));
  const leader = page.locator('[data-pc-class-leader]');
  assert.equal(await leader.getAttribute('data-pc-class-leader-count'), String(topCount));
  assert.equal((await leader.textContent()).replace(/[\u2068\u2069]/g, '').trim(), `${topCount} von 3 setzen ${names[topId]} auf Platz 1`);

  // The class ranking lists the three e-mail providers, best first.
  const classRanking = await page.locator('[data-pc-class-rank-provider]').evaluateAll((els) => els.map((e) => e.dataset.pcClassRankProvider));
  assert.deepEqual([...classRanking].sort(), await typeIds('email'));

  // The skipped lines, with their reasons; nothing failed.
  const skipped = await page.locator('[data-pc-class-skipped]').evaluateAll((els) =>
    els.map((e) => [e.dataset.pcClassSkipped, e.textContent]));
  assert.deepEqual(skipped.map(([line]) => line), ['4', '6']);
  assert.match(skipped[0][1], /Beschädigt: „w\.privacy:zz“ ist nicht lesbar/);
  assert.match(skipped[1][1], /anderen Datensatz.*„mail“/);
  assert.match(await page.locator('.pc-classview-status').textContent(), /Ausgewertet: 3 Links, 2 übergangen/);

  // axe: no violations with the group view open and evaluated.
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], 'axe violations in the group view');

  // The CSV.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Auswertung als CSV' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'klassenansicht-email.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFF'));
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  const duty = Object.fromEntries(shipped.criteria.map((c) => [c.id, c.name.de]));
  assert.equal(lines[0], `${shipped.title.de};E-Mail;${shipped.checked}`);
  assert.equal(lines[1], `Zeile;Platz 1;${DUTIES.map((id) => `${duty[id]} %`).join(';')}`);
  const leaderNames = (l) => l.map((id) => names[id]).join(' / ');
  const row = (line, shares, leaders) => `${line};${leaders};${DUTIES.map((id) => shares[id] ?? '0,0').join(';')}`;
  // Leader names are written in the widget's order (by name for ties); compare as sets.
  const cells = (l) => l.split(';');
  const pupilRows = [
    [1, { network: '40,0', privacy: '30,0', sla: '20,0', security: '10,0' }],
    [3, { network: '40,0', privacy: '20,0', sla: '30,0', security: '10,0' }],
    [5, { network: '20,0', privacy: '20,0', sla: '40,0', security: '20,0' }],
  ];
  pupilRows.forEach(([line, shares], i) => {
    const want = cells(row(line, shares, leaderNames(expectedLeaders[i])));
    const got = cells(lines[2 + i]);
    assert.deepEqual(got[1].split(' / ').sort(), want[1].split(' / ').sort());
    assert.deepEqual([got[0], ...got.slice(2)], [want[0], ...want.slice(2)]);
  });
  assert.equal(lines[5], '');
  assert.equal(lines[6], 'Pflicht;Klassenmittel %;Standardabweichung (Prozentpunkte);Uneinigkeit (Platz)');
  const summary = Object.fromEntries(lines.slice(7, 19).map((l) => { const c = l.split(';'); return [c[0], c.slice(1)]; }));
  assert.deepEqual(summary[duty.network], ['33,3', '9,4', '1']);
  assert.deepEqual(summary[duty.sla], ['30,0', '8,2', '2']);
  assert.deepEqual(summary[duty.privacy], ['23,3', '4,7', '3']);
  assert.deepEqual(summary[duty.security], ['13,3', '4,7', '4']);
  assert.deepEqual(summary[duty.pricing], ['0,0', '0,0', '12']);
  assert.ok(lines.includes('Links ausgewertet;3'));
  assert.ok(lines.includes('Kendalls W;0,980'));
  const skippedAt = lines.indexOf('Übergangene Zeile;Grund');
  assert.ok(skippedAt > 0);
  assert.match(lines[skippedAt + 1], /^4;Beschädigt/);
  assert.match(lines[skippedAt + 2], /^6;Aus einem anderen Datensatz/);

  // Nothing left the browser: every request went to the test server.
  const origin = new URL(addressA).origin;
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')), []);
  assert.deepEqual(log.errors, []);
});

test('the open group view fits its card at 320 and 1280 px (what a <details> holds is border-box too)', async (t) => {
  for (const width of [320, 1280]) {
    const { page } = await withWidget(t, { viewport: { width, height: 900 } });
    await page.locator('.pc-classview summary').click();
    await page.locator('[data-pc-class-evaluate]').waitFor();
    const [field, card] = await page.evaluate(() => {
      const area = document.querySelector('.pc-classview textarea');
      return [area.getBoundingClientRect().right, area.closest('details').getBoundingClientRect().right];
    });
    assert.ok(field <= card + 0.5, `${width} px: the link field ends at ${field}, its card's content at ${card}`);
  }
});
