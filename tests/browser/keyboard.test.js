'use strict';
// A keyboard-only search: Tab to the search box (the skip link comes first), type, Enter, back to
// a facet checkbox, Space, on to a hit, Enter. Every element that Tab reaches shows its focus.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startHarness } = require('./harness');
const { settledSearch, focusIndicator, parseCount, open } = require('./helpers');

let h;
before(async () => { h = await startHarness(); }, { timeout: 90_000 });
after(async () => { if (h) await h.stop(); }, { timeout: 30_000 });

/** Presses Tab (or Shift+Tab) until the focused element matches selector; records every focus. */
async function tabUntil(page, selector, { shift = false, max = 80, log }) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    const f = await focusIndicator(page);
    log.push(f);
    if (await page.evaluate((sel) => !!document.activeElement && document.activeElement.matches(sel), selector)) return f;
  }
  throw new Error(`${shift ? 'Shift+Tab' : 'Tab'} did not reach ${selector} in ${max} presses; focus went through:\n  ` +
    log.slice(-max).map((f) => f.element).join('\n  '));
}

function assertFocusVisible(log) {
  const bad = log.filter((f) => f.element && !f.visible);
  assert.deepEqual(bad.map((f) => `${f.element}: outline ${f.own.outlineStyle} ${f.own.outlineWidth}, box-shadow ${f.own.boxShadow}`
    + (f.label ? `; label outline ${f.label.outlineStyle} ${f.label.outlineWidth}, box-shadow ${f.label.boxShadow}` : '')), [],
  'elements reached by Tab without a visible focus indicator');
  const lost = log.filter((f) => !f.element);
  assert.equal(lost.length, 0, 'Tab never leaves focus on the body (nothing focused)');
}

test('keyboard only: skip link, search box, Enter, facet checkbox with Space, hit link with Enter', { timeout: 90_000 }, async () => {
  const { page, close } = await h.newPage();
  const log = [];
  try {
    await open(page, h.base + '/');
    await page.keyboard.press('Tab');
    const first = await focusIndicator(page);
    log.push(first);
    assert.match(String(first.element), /^a\b.*\.skip-link/, `the first Tab focuses the skip link, not ${first.element}`);
    assert.ok(first.box.width > 1 && first.box.height > 1, 'the focused skip link is visible (not clipped to 1 px)');

    await tabUntil(page, '#q', { max: 8, log });
    await page.keyboard.type('hoftebrud');
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]q=hoftebrud(&|$)/);
    const { state: s0 } = await settledSearch(h, page, { check: (s) => assert.ok(s.hits.length > 0, 'hits after Enter') });
    assert.equal(s0.active && s0.active.id, 'results-heading', `after a submit focus moves to #results-heading, not ${JSON.stringify(s0.active)}`);

    // Back (Shift+Tab) from the results to the filters, to a cluster checkbox.
    await tabUntil(page, '#filters fieldset.facet[data-facet=body] input[type=checkbox]', { shift: true, log });
    const box = await page.evaluate(() => {
      const el = document.activeElement;
      const label = document.querySelector(`label[for="${CSS.escape(el.id)}"] .count`);
      return { name: el.name, value: el.value, checked: el.checked, count: label ? label.textContent : null };
    });
    assert.equal(box.checked, false, 'the reached checkbox is not ticked yet');
    const count = parseCount(`${box.count} punkter`);
    assert.ok(Number.isInteger(count), `the checkbox's label shows a count: ${JSON.stringify(box.count)}`);

    await page.keyboard.press('Space');
    const { state: s1 } = await settledSearch(h, page, {
      what: 'after Space on the checkbox',
      check: (s) => {
        assert.deepEqual(s.params.getAll(box.name), [box.value], `URL ${s.url} holds ${box.name}=${box.value}`);
        assert.equal(s.total, count, `total = the count the checkbox showed (${count})`);
        const cb = (s.facets.body || []).find((c) => c.value === box.value);
        assert.ok(cb && cb.checked, 'the checkbox is ticked after the update');
      },
    });
    const onBox = s1.active && s1.active.tag === 'INPUT' && s1.active.name === box.name && s1.active.value === box.value && s1.active.checked === true;
    const onHeading = s1.active && s1.active.id === 'results-heading';
    assert.ok(onBox || onHeading, `focus after Space stays on the ticked checkbox (or #results-heading), not ${JSON.stringify(s1.active)}`);
    if (onBox) log.push(await focusIndicator(page));

    // On to the first hit, and open it.
    await tabUntil(page, '#results ol.hits a.hit-title', { log });
    const href = await page.evaluate(() => document.activeElement.getAttribute('href'));
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/punkt/')), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).pathname, new URL(href, h.base).pathname, 'Enter on the hit link opens that item');
    assert.ok(await page.locator('h1').first().isVisible(), 'the item page shows its h1');

    // The item page: Tab from the top reaches the skip link first, and every focus shows.
    await page.keyboard.press('Tab');
    const itemFirst = await focusIndicator(page);
    log.push(itemFirst);
    assert.match(String(itemFirst.element), /^a\b.*\.skip-link/, `the item page's first Tab focuses the skip link, not ${itemFirst.element}`);
    await tabUntil(page, 'nav.item-nav a.meeting-link', { log });

    assertFocusVisible(log);
  } finally {
    await close();
  }
});

test('the skip link moves focus to main', { timeout: 60_000 }, async () => {
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + '/?q=hoftebrud');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const active = await page.evaluate(() => document.activeElement && document.activeElement.id);
    assert.equal(active, 'main', 'Enter on "Spring til indhold" focuses main#main');
    await page.keyboard.press('Tab');
    const next = await focusIndicator(page);
    assert.ok(await page.evaluate(() => document.querySelector('#main').contains(document.activeElement)),
      `the next Tab stays inside main, at ${next.element}`);
  } finally {
    await close();
  }
});
