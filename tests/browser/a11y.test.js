'use strict';
// axe-core (WCAG 2.0/2.1 A and AA rules) on every kind of page: no serious or critical violation.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { AxeBuilder } = require('@axe-core/playwright');
const { startHarness } = require('./harness');
const { settledSearch, meetingOf, formatViolations, open } = require('./helpers');

let h;
let hoftebrud;
before(async () => {
  h = await startHarness();
  hoftebrud = await h.api('/api/search?q=hoftebrud');
}, { timeout: 90_000 });
after(async () => { if (h) await h.stop(); }, { timeout: 30_000 });

async function scan(path, { status = 200, search = false, prepare } = {}) {
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + path, { status });
    if (search) await settledSearch(h, page);
    if (prepare) await prepare(page);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.equal(bad.length, 0, `axe on ${path}: ${bad.length} serious/critical violation(s):\n${formatViolations(bad)}`);
    assert.ok(result.passes.length > 0, 'axe ran its rules');
  } finally {
    await close();
  }
}

const T = { timeout: 60_000 };

test('axe: search page with results', T, () => scan('/?q=hoftebrud', { search: true }));
test('axe: search page with a filter ticked', T, () => scan(`/?q=hoftebrud&cluster=${encodeURIComponent(hoftebrud.hits[0].cluster)}`, { search: true }));
test('axe: search page with the "Vis flere" values open', T, () => scan('/', {
  search: true,
  prepare: async (page) => {
    for (const d of await page.locator('#filters details.more').all()) await d.evaluate((el) => { el.open = true; });
  },
}));
test('axe: search page without results', T, async () => {
  const empty = await h.api('/api/search?q=zzxqvbnkkk');
  assert.equal(empty.total, 0);
  await scan('/?q=zzxqvbnkkk', {
    search: true,
    prepare: async (page) => assert.ok(await page.locator('#results p.empty').isVisible(), 'p.empty is shown for 0 hits'),
  });
});
test('axe: item page', T, () => scan(`/punkt/${hoftebrud.hits[0].id}?q=hoftebrud`));
test('axe: meeting page', T, () => scan(`/moede/${meetingOf(hoftebrud.hits[0].id)}`));
test('axe: 404 page', T, () => scan('/punkt/does/not/exist/1', { status: 404 }));
