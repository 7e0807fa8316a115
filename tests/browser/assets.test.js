'use strict';
// What every page loads: the stylesheet and script named in <head> (with ?v=HASH), served with
// ETag and Cache-Control, and the page skeleton of PAGES.md ("Every page").

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startHarness } = require('./harness');
const { meetingOf, open } = require('./helpers');

let h;
let hoftebrud;
before(async () => {
  h = await startHarness();
  hoftebrud = await h.api('/api/search?q=hoftebrud');
}, { timeout: 90_000 });
after(async () => { if (h) await h.stop(); }, { timeout: 30_000 });

test('every page has the common skeleton and loads its versioned assets', { timeout: 60_000 }, async () => {
  const { page, close } = await h.newPage();
  const failed = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure() && r.failure().errorText}`));
  page.on('response', (r) => { if (r.url().startsWith(h.base + '/static/') && r.status() >= 400) failed.push(`${r.url()}: ${r.status()}`); });
  try {
    const pages = [['/', 200], ['/?q=hoftebrud', 200], [`/punkt/${hoftebrud.hits[0].id}`, 200],
      [`/moede/${meetingOf(hoftebrud.hits[0].id)}`, 200], ['/punkt/does/not/exist/1', 404]];
    for (const [path, status] of pages) {
      const res = await open(page, h.base + path, { status });
      assert.match(String(res.headers()['content-type']), /^text\/html;\s*charset=utf-8/i, `${path}: content-type`);
      const s = await page.evaluate(() => {
        const attr = (sel, a) => (document.querySelector(sel) ? document.querySelector(sel).getAttribute(a) : null);
        return {
          lang: document.documentElement.getAttribute('lang'),
          htmlClass: [...document.documentElement.classList],
          css: attr('head link[rel=stylesheet]', 'href'),
          js: attr('head script[src]', 'src'),
          jsDefer: document.querySelector('head script[src]') ? document.querySelector('head script[src]').defer : false,
          skip: attr('body a.skip-link', 'href'),
          skipFirst: document.querySelector('body a[href], body button, body input') === document.querySelector('a.skip-link'),
          brand: attr('header.site-header a.brand', 'href'),
          main: !!document.querySelector('main#main[tabindex="-1"]'),
          footer: !!document.querySelector('footer.site-footer'),
          title: document.title,
        };
      });
      assert.equal(s.lang, 'da', `${path}: lang`);
      assert.ok(s.htmlClass.includes('js') && !s.htmlClass.includes('no-js'), `${path}: search.js swaps no-js for js (${s.htmlClass})`);
      assert.match(String(s.css), /^\/static\/style\.css\?v=[\w-]+$/, `${path}: stylesheet ${s.css}`);
      assert.match(String(s.js), /^\/static\/search\.js\?v=[\w-]+$/, `${path}: script ${s.js}`);
      assert.ok(s.jsDefer, `${path}: search.js is deferred`);
      assert.equal(s.skip, '#main', `${path}: skip link`);
      assert.ok(s.skipFirst, `${path}: the skip link is the first focusable element`);
      assert.equal(s.brand, '/', `${path}: brand links home`);
      assert.ok(s.main, `${path}: main#main[tabindex=-1]`);
      assert.ok(s.footer, `${path}: footer.site-footer`);
      assert.ok(s.title && s.title.trim(), `${path}: a document.title`);
    }
    assert.deepEqual(failed, [], 'assets that failed to load');
  } finally {
    await close();
  }
});

test('/static/ files carry ETag and Cache-Control and answer If-None-Match with 304', { timeout: 30_000 }, async () => {
  for (const [file, type] of [['style.css', /^text\/css/], ['search.js', /^(text|application)\/javascript/],
    ['suggest.js', /^(text|application)\/javascript/], ['copy_link.js', /^(text|application)\/javascript/],
    ['embed.js', /^(text|application)\/javascript/], ['embed.css', /^text\/css/]]) {
    const res = await h.get(`/static/${file}`);
    assert.equal(res.status, 200, `/static/${file}`);
    assert.match(String(res.headers['content-type']), type, `/static/${file} content-type`);
    assert.ok(res.headers.etag, `/static/${file} ETag`);
    assert.ok(res.headers['cache-control'], `/static/${file} Cache-Control`);
    assert.ok(res.body.length > 0, `/static/${file} is not empty`);
    const again = await h.get(`/static/${file}`, { headers: { 'If-None-Match': res.headers.etag } });
    assert.equal(again.status, 304, `/static/${file} with If-None-Match`);
  }
  const missing = await h.get('/static/nope.js');
  assert.equal(missing.status, 404);
});
