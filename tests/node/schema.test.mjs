// data/schema.json, checked by a JSON Schema validator (Ajv, draft 2020-12): it accepts every
// shipped dataset and example, and rejects each broken fixture whose fault is one of shape (the
// faults a schema cannot see – unknown or duplicate ids – are listed below and left to the
// widget's validator, which tests/hostile.rs covers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = resolve(import.meta.dirname, '../..');
const read = async (path) => JSON.parse(await readFile(join(ROOT, path), 'utf8'));
// Strict, except that `then` may require fields its parent defines.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const validate = ajv.compile(await read('data/schema.json'));

test('the schema accepts the shipped dataset, the examples and the minimal fixture', async () => {
  const examples = (await readdir(join(ROOT, 'data/examples'))).map((f) => `data/examples/${f}`);
  const parts = (await readdir(join(ROOT, 'data/evidence'))).map((f) => `data/evidence/${f}`);
  for (const path of ['data/providers.json', 'data/providers.core.json', ...parts, 'tests/fixtures/valid-minimal.json', 'tests/fixtures/valid-format2.json', ...examples]) {
    const ok = validate(await read(path));
    assert.ok(ok, `${path}: ${JSON.stringify(validate.errors, null, 1)}`);
  }
});

// Faults only the validator can find: references and uniqueness across the file.
// Language tags that differ only in case are different property names to a schema.
const BEYOND_A_SCHEMA = new Set(['unknown-ids.json', 'unknown-criterion.json', 'duplicate-ids.json', 'duplicate-keys.json', 'invalid-json.json', 'duplicate-languages.json',
  // JavaScript reads 4.0000000000000000001 as 4 and 1e-400 as 0, both integers to a schema.
  'numbers-not-whole.json']);

test('the schema rejects every broken fixture whose fault is one of shape', async () => {
  const dir = join(ROOT, 'tests/fixtures/hostile');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json') && f !== 'cases.json');
  assert.ok(files.length >= 15);
  for (const file of files) {
    if (BEYOND_A_SCHEMA.has(file)) continue;
    const text = await readFile(join(dir, file), 'utf8');
    if (file === 'html-in-text.json') {
      // Markup in texts is data, shown as text: valid for both.
      assert.ok(validate(JSON.parse(text)), file);
      continue;
    }
    assert.equal(validate(JSON.parse(text)), false, `${file} should be rejected`);
  }
});

test('the schema allows what longer texts may hold and regional tags', async () => {
  const d = await read('tests/fixtures/valid-minimal.json');
  d.providers[0].note = 'Erste Zeile\nzweite Zeile\tmit Tabulator \u200f(1)';
  d.title = { 'de-AT': 'Kleiner Datensatz', 'en-GB': 'Small dataset' };
  d.providers[0].name = 'Proton\u00a0Mail e\u0301';
  d.providers[0].website = 'https://[2001:db8::1]:8443/pfad?q=1#x';
  d.providers[0].ratings.privacy.sources[0].url = 'http://192.168.0.1:65535';
  assert.ok(validate(d), JSON.stringify(validate.errors, null, 1));
});

test('the schema checks what the format says of values', async () => {
  const base = await read('tests/fixtures/valid-minimal.json');
  const broken = [
    (d) => { d.providers[0].website = 'javascript:alert(1)'; },
    (d) => { d.providers[0].website = 'https://mailer.example:99999/'; },
    (d) => { d.providers[0].website = 'https://a..b/'; },
    (d) => { d.providers[0].website = 'https://user@evil.example/'; },
    (d) => { d.providers[0].website = 'https://a.example\\@b.example/'; },
    (d) => { d.checked = '2026-13-01'; },
    (d) => { d.groups[0].id = 'Technik'; },
    (d) => { d.criteria[0].default_weight = 11; },
    (d) => { d.title = { fr: 'Titre', 'de-': 'x' }; },
    (d) => { d.title = { _note: 'nur ein Kommentar' }; },
    (d) => { d.title = '   '; },
    (d) => { d.title = '\u200b\u200b'; },
    (d) => { d.providers[0].name = 'Mailer\nGmbH'; },
    (d) => { d.providers[0].name = 'Mailer \u202egro'; },
    (d) => { d.providers[0].name = { de: 'Mailer\u200f', en: 'Mailer' }; },
    (d) => { d.providers[0].note = 'Tarif\u001b[31m'; },
    (d) => { d.providers[0].note = '\u3164'; },
    (d) => { d.unknown_field = 1; },
  ];
  for (const change of broken) {
    const d = structuredClone(base);
    change(d);
    assert.equal(validate(d), false, change.toString());
  }
  const fine = structuredClone(base);
  fine._comment = 'allowed';
  fine.title = { de: 'Titel', _note: 'Kommentare sind überall erlaubt' };
  assert.ok(validate(fine), JSON.stringify(validate.errors));
});

test('the schema allows evidence_parts only in a core, keyed by type id, with plain relative paths', async () => {
  const core = await read('data/providers.core.json');
  assert.ok(validate(core), JSON.stringify(validate.errors));
  assert.deepEqual(Object.keys(core.evidence_parts).sort(), ['cloud', 'email', 'hosting', 'isp']);
  const broken = [
    (d) => { delete d.evidence; },
    (d) => { d.evidence_parts.isp = '../isp.json'; },
    (d) => { d.evidence_parts.isp = 'https://evil.example/isp.json'; },
    (d) => { d.evidence_parts.isp = 'evidence/isp.txt'; },
    (d) => { d.evidence_parts.isp = 5; },
    (d) => { d.evidence_parts.ISP = 'isp.json'; },
    (d) => { d.evidence_parts = ['evidence/isp.json']; },
  ];
  for (const change of broken) {
    const d = structuredClone(core);
    change(d);
    assert.equal(validate(d), false, change.toString());
  }
  const fine = structuredClone(core);
  fine.evidence_parts._note = 'comments are allowed';
  delete fine.evidence_parts.email;
  assert.ok(validate(fine), JSON.stringify(validate.errors));
});
