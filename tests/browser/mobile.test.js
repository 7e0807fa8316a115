'use strict';
// A 375 px wide phone: no page scrolls sideways.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startHarness } = require('./harness');
const { settledSearch, meetingOf, open } = require('./helpers');

let h;
before(async () => { h = await startHarness(); }, { timeout: 90_000 });
after(async () => { if (h) await h.stop(); }, { timeout: 30_000 });

const WIDTH = 375;

async function overflow(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : ''} (right ${Math.round(el.getBoundingClientRect().right)})`);
    return { scrollWidth: root.scrollWidth, wide };
  });
}

test('375 px: search page, item pages (one with long URLs) and meeting page do not scroll sideways', { timeout: 60_000 }, async () => {
  const { page, close } = await h.newPage({ viewport: { width: WIDTH, height: 800 } });
  try {
    const ugeskriftet = await h.api('/api/search?q=ugeskriftet');
    assert.ok(ugeskriftet.total > 0, 'an item with long URLs in its text');
    const { hits } = await h.api('/api/search?q=hoftebrud');
    const pages = [
      ['search page with results', '/?q=hoftebrud'],
      ['search page with a filter', `/?q=hoftebrud&cluster=${encodeURIComponent(hits[0].cluster)}`],
      ['search page browsing everything', '/'],
      ['item page', `/punkt/${hits[0].id}?q=hoftebrud`],
      ['item page with long URLs', `/punkt/${ugeskriftet.hits[0].id}`],
      ['meeting page', `/moede/${meetingOf(hits[0].id)}`],
    ];
    const problems = [];
    for (const [name, path] of pages) {
      await open(page, h.base + path);
      if (path.startsWith('/?') || path === '/') await settledSearch(h, page);
      const o = await overflow(page);
      if (o.scrollWidth > WIDTH) problems.push(`${name} (${path}): scrollWidth ${o.scrollWidth} > ${WIDTH}; too wide: ${o.wide.join(', ')}`);
    }
    assert.deepEqual(problems, [], 'pages wider than the phone');
  } finally {
    await close();
  }
});
