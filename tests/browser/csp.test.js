'use strict';
// The Content-Security-Policy of PAGES.md: sent on every page, and nothing on any page (nor what
// search.js does while it is used) trips it. No uncaught script errors either.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startHarness } = require('./harness');
const { settledSearch, cspProblems, meetingOf, open } = require('./helpers');

let h;
let hoftebrud;
before(async () => {
  h = await startHarness();
  hoftebrud = await h.api('/api/search?q=hoftebrud');
}, { timeout: 90_000 });
after(async () => { if (h) await h.stop(); }, { timeout: 30_000 });

const POLICY = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'form-action': ["'self'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'self'"],
};

function parsePolicy(header) {
  const out = {};
  for (const part of String(header).split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = values.sort();
  }
  return out;
}

/** Inline script, inline style and event-handler attributes in the HTML as served. */
async function inlineCode(page, html) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    const found = [];
    for (const s of doc.querySelectorAll('script')) if (!s.hasAttribute('src')) found.push(`inline <script>: ${s.textContent.slice(0, 80)}`);
    for (const s of doc.querySelectorAll('style')) found.push(`<style>: ${s.textContent.slice(0, 80)}`);
    for (const el of doc.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (a.name === 'style') found.push(`style attribute on <${el.tagName.toLowerCase()}>: ${a.value.slice(0, 80)}`);
        if (/^on/i.test(a.name)) found.push(`${a.name} attribute on <${el.tagName.toLowerCase()}>`);
        if (/^\s*javascript:/i.test(a.value) && /^(href|src|action|formaction)$/i.test(a.name)) found.push(`javascript: URL in ${a.name}`);
      }
    }
    return found;
  }, html);
}

async function checkPage(name, path, { status = 200, use } = {}) {
  const { page, close, consoleMessages, pageErrors } = await h.newPage();
  try {
    const res = await open(page, h.base + path, { status });
    const header = res.headers()['content-security-policy'];
    assert.ok(header, `${name}: no Content-Security-Policy header`);
    assert.deepEqual(parsePolicy(header), Object.fromEntries(Object.entries(POLICY).map(([k, v]) => [k, [...v].sort()])),
      `${name}: Content-Security-Policy is ${header}`);
    assert.deepEqual(await inlineCode(page, await res.text()), [], `${name}: inline code in the served HTML`);
    if (use) await use(page);
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
    await page.waitForTimeout(300);
    assert.deepEqual(cspProblems(consoleMessages, pageErrors), [], `${name}: Content-Security-Policy reports`);
    assert.deepEqual(pageErrors.map((e) => e.message), [], `${name}: uncaught errors in the page`);
  } finally {
    await close();
  }
}

const T = { timeout: 60_000 };

test('CSP: the search page, used (typing with suggestions, a filter, sorting, paging)', T, () => checkPage('search page', '/', {
  use: async (page) => {
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('js')), true, 'search.js ran (html.js)');
    await page.locator('#q').click();
    await page.keyboard.type('hoftebrud', { delay: 30 });
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]q=hoftebrud/);
    const { state } = await settledSearch(h, page);
    await page.locator(`#filters fieldset.facet[data-facet=body] input[type=checkbox][value=${JSON.stringify(state.facets.body[0].value)}]`).click();
    await settledSearch(h, page, { check: (s) => assert.ok(s.params.has('body')) });
    await page.locator('#sort').selectOption('oldest');
    await settledSearch(h, page, { check: (s) => assert.equal(s.params.get('sort'), 'oldest') });
    await page.goto(h.base + '/');
    await page.locator('nav.pager a[rel~=next]').click();
    await settledSearch(h, page, { check: (s) => assert.equal(s.params.get('offset'), '10') });
  },
}));
test('CSP: search page with results', T, () => checkPage('results', '/?q=hoftebrud'));
test('CSP: search page without results', T, () => checkPage('empty results', '/?q=zzxqvbnkkk'));
test('CSP: item page (copy-link shown by search.js)', T, () => checkPage('item page', `/punkt/${hoftebrud.hits[0].id}?q=hoftebrud`, {
  use: async (page) => {
    assert.ok(await page.locator('article.item button.copy-link').isVisible(), 'search.js un-hides .copy-link');
  },
}));
test('CSP: meeting page', T, () => checkPage('meeting page', `/moede/${meetingOf(hoftebrud.hits[0].id)}`));
test('CSP: 404 page', T, () => checkPage('404 page', '/punkt/does/not/exist/1', { status: 404 }));
