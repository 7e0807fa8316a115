'use strict';
// The pages without JavaScript: plain form submits and links do everything.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startHarness } = require('./harness');
const { settledSearch, parseCount, open } = require('./helpers');

let h;
before(async () => { h = await startHarness(); }, { timeout: 90_000 });
after(async () => { if (h) await h.stop(); }, { timeout: 30_000 });

test('without JavaScript: submit searches, ticking a checkbox + Anvend filters, chips and pager are links', { timeout: 60_000 }, async () => {
  const { page, close } = await h.newPage({ javaScriptEnabled: false });
  try {
    await open(page, h.base + '/');
    assert.equal(await page.evaluate(() => document.documentElement.className.split(/\s+/).includes('no-js')), true, 'html keeps class no-js');
    await page.locator('#q').fill('hoftebrud');
    await Promise.all([page.waitForURL(/[?&]q=hoftebrud(&|$)/), page.locator('#search-form button.search-button').click()]);
    const { state: s0 } = await settledSearch(h, page, { check: (s) => assert.ok(s.hits.length > 0, 'hits after submitting') });

    const apply = page.locator('#filters button.apply');
    assert.ok(await apply.isVisible(), 'the Anvend button is visible without JavaScript');
    const pick = s0.facets.body.find((c) => parseCount(`${c.count} punkter`) < s0.total);
    assert.ok(pick, 'a cluster with fewer hits than the total');
    await page.locator(`#filters fieldset.facet[data-facet=body] input[type=checkbox][value=${JSON.stringify(pick.value)}]`).check();
    assert.equal(new URL(page.url()).searchParams.getAll('body').length, 0, 'ticking alone does not navigate without JS');
    await Promise.all([page.waitForURL(/[?&]body=/), apply.click()]);
    const { state: s1 } = await settledSearch(h, page, {
      check: (s) => {
        assert.deepEqual(s.params.getAll('body'), [pick.value]);
        assert.equal(s.params.get('q'), 'hoftebrud');
        assert.equal(s.total, parseCount(`${pick.count} punkter`), 'total = the count of the ticked value');
      },
    });
    assert.ok(s1.total < s0.total);

    // The chip is a plain link back.
    await Promise.all([page.waitForURL((u) => !u.searchParams.has('body') || !u.searchParams.get('body')),
      page.locator('#results ul.chips a.chip', { hasText: pick.value }).click()]);
    await settledSearch(h, page, { check: (s) => assert.equal(s.total, s0.total, 'the chip removes the filter') });

    // Sorting without JS: choose, then submit.
    await page.locator('#sort').selectOption('oldest');
    await Promise.all([page.waitForURL(/[?&]sort=oldest/), page.locator('#search-form button.search-button').click()]);
    await settledSearch(h, page, { check: (s) => assert.equal(s.sort, 'oldest') });

    // The pager is plain links.
    await open(page, h.base + '/');
    await Promise.all([page.waitForURL(/[?&]offset=10/), page.locator('nav.pager a[rel~=next]').click()]);
    await settledSearch(h, page, { check: (s) => assert.equal(s.pager && s.pager.current, '2') });

    // An item page and its meeting page render without JS too.
    const href = await page.locator('ol.hits a.hit-title').first().getAttribute('href');
    await open(page, new URL(href, h.base).href);
    assert.ok(await page.locator('article.item h1').isVisible(), 'item page h1 without JS');
    assert.equal(await page.locator('button.copy-link').isVisible(), false, 'the copy button stays hidden without JS');
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/moede/')), page.locator('nav.item-nav a.meeting-link').click()]);
    assert.ok(await page.locator('ol.meeting-items li.meeting-item').count() > 0, 'meeting items without JS');
  } finally {
    await close();
  }
});
