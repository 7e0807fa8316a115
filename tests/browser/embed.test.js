'use strict';
// The embeddable widget (/embed.js) on an intranet page of an allowed origin (A) and of an origin
// searchd does not allow (B), and the CORS answers behind it.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startHarness } = require('./harness');
const { eventually, itemIdOf } = require('./helpers');

let h;
before(async () => { h = await startHarness(); }, { timeout: 90_000 });
after(async () => { if (h) await h.stop(); }, { timeout: 30_000 });

const T = { timeout: 60_000 };

async function widgetHits(page, root) {
  return page.evaluate((sel) => [...document.querySelectorAll(`${sel} li.referatsog-hit`)].map((li) => {
    const a = li.querySelector('a.referatsog-title');
    const snippet = li.querySelector('p.referatsog-snippet');
    return {
      href: a ? a.getAttribute('href') : null,
      title: a ? a.textContent.replace(/\s+/g, ' ').trim() : null,
      meta: !!li.querySelector('span.referatsog-meta'),
      snippetMarks: snippet ? snippet.querySelectorAll('mark').length : 0,
      snippetOtherElements: snippet ? [...snippet.querySelectorAll('*')].filter((e) => e.tagName !== 'MARK').map((e) => e.tagName) : [],
    };
  }), root);
}

function statusText(page, root) {
  return page.evaluate((sel) => {
    const p = document.querySelector(`${sel} p.referatsog-status`);
    return p ? p.textContent.replace(/\s+/g, ' ').trim() : null;
  }, root);
}

function assertPermalinks(hits, ids) {
  assert.deepEqual(hits.map((x) => {
    const u = new URL(x.href); // throws on a relative href: the links must be absolute
    assert.equal(u.origin, h.base, `widget link ${x.href} points at searchd`);
    return itemIdOf(u.href);
  }), ids, 'widget links are the absolute permalinks of the API\'s hits, in order');
}

test('origin A: the list shows up to data-limit hits with absolute links, the search box searches, no globals leak', T, async () => {
  const { page, close, pageErrors } = await h.newPage();
  try {
    await page.goto(h.originA + '/', { waitUntil: 'load' });
    const LIST = '[data-referatsog-list]';
    const SEARCH = '[data-referatsog-search]';
    const api = await h.api('/api/search?q=hoftebrud&limit=3');
    assert.ok(api.total > 0);
    const hits = await eventually(async () => {
      const x = await widgetHits(page, LIST);
      assert.equal(x.length, Math.min(3, api.total), `li.referatsog-hit in the list (status: ${await statusText(page, LIST)})`);
      return x;
    }, { what: 'the list widget renders' });
    assertPermalinks(hits, api.hits.map((x) => x.id));
    hits.forEach((x, i) => {
      assert.equal(x.title, api.hits[i].title.replace(/\s+/g, ' ').trim(), 'a.referatsog-title shows the item title');
      assert.ok(x.meta, 'span.referatsog-meta');
      assert.deepEqual(x.snippetOtherElements, [], 'a snippet keeps no element but <mark>');
    });
    assert.ok(hits.some((x) => x.snippetMarks > 0), 'the snippets mark the query words');
    assert.ok((await page.locator(LIST).innerText()).includes('Seneste om hoftebrud'), 'data-title is shown');
    assert.ok(await page.evaluate((base) => [...document.styleSheets].some((s) => s.href && s.href.startsWith(base + '/') && /embed\.css/.test(s.href)), h.base),
      'embed.css is loaded from searchd');

    // The search box.
    const input = page.locator(`${SEARCH} form.referatsog-form input:not([type=hidden]):not([type=submit]):not([type=button])`).first();
    await input.click();
    await page.keyboard.type('demens');
    await page.keyboard.press('Enter');
    const demens = await h.api('/api/search?q=demens&limit=100');
    assert.ok(demens.total > 0);
    const found = await eventually(async () => {
      const x = await widgetHits(page, SEARCH);
      assert.ok(x.length > 0, `no li.referatsog-hit after searching (status: ${await statusText(page, SEARCH)})`);
      return x;
    }, { what: 'the search widget shows hits' });
    assertPermalinks(found, demens.hits.slice(0, found.length).map((x) => x.id));
    const status = await statusText(page, SEARCH);
    assert.ok(status && status.includes(String(demens.total)), `p.referatsog-status gives the count ${demens.total}: ${JSON.stringify(status)}`);
    assert.equal(page.url(), h.originA + '/', 'searching in the widget does not navigate the host page');
    assert.equal(await page.locator(`${LIST} li.referatsog-hit`).count(), Math.min(3, api.total), 'the list is untouched by the search box');

    const leaked = await page.evaluate(() => {
      const before = new Set(JSON.parse(document.documentElement.getAttribute('data-globals-before')));
      return Object.keys(window).filter((k) => !before.has(k));
    });
    assert.deepEqual(leaked, [], 'globals left behind by embed.js');
    assert.deepEqual(pageErrors.map((e) => e.message), [], 'no uncaught errors on the host page');
  } finally {
    await close();
  }
});

test('origin B (not allowed): the widget says "Søgningen kunne ikke hentes." and shows no hits', T, async () => {
  const { page, close } = await h.newPage();
  try {
    await page.goto(h.originB + '/', { waitUntil: 'load' });
    const LIST = '[data-referatsog-list]';
    await eventually(async () => {
      const s = await statusText(page, LIST);
      assert.ok(s && s.includes('Søgningen kunne ikke hentes.'), `p.referatsog-status: ${JSON.stringify(s)}`);
    }, { what: 'the list widget reports the failed fetch' });
    assert.equal(await page.locator('li.referatsog-hit').count(), 0, 'no hits rendered');

    const SEARCH = '[data-referatsog-search]';
    const input = page.locator(`${SEARCH} form.referatsog-form input:not([type=hidden]):not([type=submit]):not([type=button])`).first();
    await input.click();
    await page.keyboard.type('demens');
    await page.keyboard.press('Enter');
    await eventually(async () => {
      const s = await statusText(page, SEARCH);
      assert.ok(s && s.includes('Søgningen kunne ikke hentes.'), `search widget p.referatsog-status: ${JSON.stringify(s)}`);
    }, { what: 'the search widget reports the failed fetch' });
    assert.equal(await page.locator('li.referatsog-hit').count(), 0, 'no hits rendered');
  } finally {
    await close();
  }
});

test('CORS: only origin A gets Access-Control-Allow-Origin; the preflight answers A with 204', T, async () => {
  const path = '/api/search?q=hoftebrud';
  const toB = await h.get(path, { headers: { Origin: h.originB } });
  assert.equal(toB.status, 200);
  assert.equal(toB.headers['access-control-allow-origin'], undefined, `response to Origin B carries Access-Control-Allow-Origin: ${toB.headers['access-control-allow-origin']}`);
  const toA = await h.get(path, { headers: { Origin: h.originA } });
  assert.equal(toA.status, 200);
  assert.equal(toA.headers['access-control-allow-origin'], h.originA, 'response to Origin A');
  for (const res of [toA, toB]) {
    assert.ok(String(res.headers.vary || '').split(/\s*,\s*/).map((x) => x.toLowerCase()).includes('origin'), `Vary: Origin (got ${res.headers.vary})`);
  }
  const none = await h.get(path);
  assert.equal(none.headers['access-control-allow-origin'], undefined, 'no Access-Control-Allow-Origin without Origin');

  const pre = await h.get('/api/search?q=hoftebrud', {
    method: 'OPTIONS',
    headers: { Origin: h.originA, 'Access-Control-Request-Method': 'GET' },
  });
  assert.equal(pre.status, 204, `OPTIONS from A: ${pre.status} ${pre.text().slice(0, 200)}`);
  assert.equal(pre.headers['access-control-allow-origin'], h.originA);
  assert.ok(/\bGET\b/.test(String(pre.headers['access-control-allow-methods'])), `Access-Control-Allow-Methods: ${pre.headers['access-control-allow-methods']}`);

  const preB = await h.get('/api/search?q=hoftebrud', {
    method: 'OPTIONS',
    headers: { Origin: h.originB, 'Access-Control-Request-Method': 'GET' },
  });
  assert.equal(preB.headers['access-control-allow-origin'], undefined, `OPTIONS from B answered ${preB.status} with Access-Control-Allow-Origin`);
  assert.equal(preB.status, 403, 'the preflight of B is refused');
  assert.equal(JSON.parse(preB.text()).error.code, 'origin_not_allowed');
});

test('/embed.js and /static/embed.js are the same script', T, async () => {
  const a = await h.get('/embed.js');
  const b = await h.get('/static/embed.js');
  assert.equal(a.status, 200);
  assert.equal(b.status, 200);
  assert.match(String(a.headers['content-type']), /^(text|application)\/javascript/);
  assert.ok(a.body.equals(b.body), 'same bytes');
});
