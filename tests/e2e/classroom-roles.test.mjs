// Roles for class (issue 13) with the shipped dataset: a pupil opens the roles, reads a scenario,
// takes a role, weights for it and hands in a link that names the role; the teacher's copy of
// the link opens the same role and weights. axe finds no violations with the roles open and with
// a role taken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { widgetSuite, withWidget, weights, setWeight, shippedDataset, axe } from './harness.mjs';

widgetSuite();

test('a pupil takes a role, weights for it and hands in a link that opens the same role and weights', async (t) => {
  const data = await shippedDataset();
  assert.equal(data.roles.length, 5);
  const { page } = await withWidget(t, { hash: '#pc=1~t.email~l.de', viewport: { width: 1280, height: 800 } });
  await page.locator('[data-pc-panel="roles"]').click();
  const family = data.roles.find((r) => r.id === 'family');
  const role = page.locator('[data-pc-role="family"]');
  await role.locator('summary').click();
  assert.ok((await role.innerText()).includes(family.scenario.de.slice(0, 40)));
  await axe(page, 'roles open');
  await role.locator('[data-pc-take-role]').click();
  const task = page.locator('[data-pc-role-task="family"]');
  await task.waitFor();
  assert.ok((await task.innerText()).includes(family.task.de.slice(0, 40)));
  // A role starts from equal weights, not from a preset.
  const start = await weights(page);
  assert.ok([...Object.values(start.criteria), ...Object.values(start.groups)].every((w) => w === 5), JSON.stringify(start));
  await setWeight(page, 'privacy', 10);
  await setWeight(page, 'pricing', 9);
  // The address follows a frame after each change (after the page is painted).
  await page.waitForFunction(() => /r\.family/.test(location.hash) && /privacy:10/.test(location.hash) && /pricing:9/.test(location.hash));
  const link = page.url();
  await axe(page, 'a role taken');

  const { page: teacher } = await withWidget(t, { url: link, viewport: { width: 1280, height: 800 } });
  await teacher.locator('[data-pc-role-task="family"]').waitFor();
  const opened = (await weights(teacher)).criteria;
  assert.equal(opened.privacy, 10);
  assert.equal(opened.pricing, 9);
  assert.equal(opened.sla, 5);
});

test('a link naming a role the dataset lacks opens with its weights on equal weights and a notice', async (t) => {
  const { page } = await withWidget(t, { hash: '#pc=1~t.email~r.astronaut~w.privacy:9~l.de' });
  await page.locator('.pc-link-notice').waitFor();
  assert.match(await page.locator('.pc-link-notice').innerText(), /astronaut/);
  assert.equal(await page.locator('[data-pc-role-task]').count(), 0);
  const { criteria, groups } = await weights(page);
  assert.equal(criteria.privacy, 9);
  for (const [id, w] of Object.entries(criteria)) if (id !== 'privacy') assert.equal(w, 5, id);
  for (const w of Object.values(groups)) assert.equal(w, 5);
});
