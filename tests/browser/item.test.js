'use strict';
// The item page /punkt/{id}, the meeting page /moede/{meeting}, item-to-item navigation and the
// Danish 404 page.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startHarness } = require('./harness');
const { eventually, settledSearch, itemIdOf, meetingOf, open } = require('./helpers');

let h;
before(async () => { h = await startHarness(); }, { timeout: 90_000 });
after(async () => { if (h) await h.stop(); }, { timeout: 30_000 });

const T = { timeout: 60_000 };
const norm = (s) => String(s).replace(/\s+/g, ' ').trim();

function decodedPath(href, base) {
  return decodeURIComponent(new URL(href, base).pathname);
}

async function itemPage(page) {
  return page.evaluate(() => {
    const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : null);
    const attr = (sel, name) => (document.querySelector(sel) ? document.querySelector(sel).getAttribute(name) : null);
    return {
      url: location.href,
      lang: document.documentElement.getAttribute('lang'),
      h1: text(document.querySelector('h1')),
      h1Count: document.querySelectorAll('h1').length,
      sections: [...document.querySelectorAll('article.item section.item-section')].map((s) => ({
        heading: text(s.querySelector('h2')),
        labelledBy: s.getAttribute('aria-labelledby'),
        headingId: s.querySelector('h2') ? s.querySelector('h2').id : null,
      })),
      marks: [...document.querySelectorAll('article.item mark')].map((m) => m.textContent),
      canonical: attr('link[rel=canonical]', 'href'),
      facts: !!document.querySelector('article.item dl.facts'),
      meetingLink: attr('nav.item-nav a.meeting-link', 'href'),
      breadcrumbMeeting: attr('nav.breadcrumb a[href^="/moede/"]', 'href'),
      prev: attr('nav.item-nav a[rel~=prev]', 'href'),
      next: attr('nav.item-nav a[rel~=next]', 'href'),
      permalink: attr('article.item a.permalink', 'href'),
    };
  });
}

test('a hit\'s permalink opens the item (h1, sections, highlight, canonical), whose meeting page lists it', T, async () => {
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + '/?q=hoftebrud');
    const { state } = await settledSearch(h, page);
    assert.ok(state.hits.length > 0);
    const href = state.hits[0].href;
    const id = itemIdOf(href);
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/punkt/')), page.locator('ol.hits li.hit a.hit-title').first().click()]);
    await page.waitForLoadState('load');
    assert.equal(decodedPath(page.url()), `/punkt/${id}`);
    assert.equal(new URL(page.url()).searchParams.get('q'), 'hoftebrud', 'the permalink from a search carries ?q=');

    const item = await h.api(`/api/items/${id}`);
    const p = await itemPage(page);
    assert.equal(p.h1Count, 1, 'one h1');
    assert.ok(p.h1 && p.h1.includes(norm(item.title)), `h1 ${JSON.stringify(p.h1)} names the item ${JSON.stringify(item.title)}`);
    assert.equal(p.sections.length, item.sections.length,
      `section.item-section per section: page has ${p.sections.length}, the item has ${item.sections.map((s) => s.name).join(', ')}`);
    for (const s of p.sections) {
      assert.ok(s.heading, 'every section has an h2');
      assert.equal(s.labelledBy, s.headingId, 'section aria-labelledby names its h2');
    }
    assert.ok(p.marks.length > 0, 'the searched word is highlighted with <mark> on the item page');
    // Forms of hoftebrud, compounds it is part of, or its synonyms (schema/data/synonyms.tsv).
    for (const m of p.marks) assert.match(m, /^(hoftebrud|hoftefraktur|hoftenær|lårbensbrud)/i, `a mark holds ${JSON.stringify(m)}`);
    assert.ok(p.facts, 'dl.facts');
    assert.ok(p.canonical, 'link[rel=canonical]');
    assert.match(p.canonical, /^http:\/\/127\.0\.0\.1:\d+\/punkt\//, `canonical ${p.canonical} is absolute`);
    assert.equal(decodedPath(p.canonical), `/punkt/${id}`, 'canonical names this item');
    assert.equal(new URL(p.canonical).search, '', 'canonical carries no ?q=');
    assert.equal(p.permalink && decodedPath(p.permalink, h.base), `/punkt/${id}`, 'a.permalink');
    assert.equal(p.breadcrumbMeeting && decodedPath(p.breadcrumbMeeting, h.base), `/moede/${meetingOf(id)}`, 'breadcrumb links the meeting');

    assert.ok(p.meetingLink, 'a.meeting-link');
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/moede/')), page.locator('nav.item-nav a.meeting-link').click()]);
    await page.waitForLoadState('load');
    assert.equal(decodedPath(page.url()), `/moede/${meetingOf(id)}`);
    const m = await page.evaluate(() => ({
      h1: document.querySelector('h1') ? document.querySelector('h1').textContent.replace(/\s+/g, ' ').trim() : null,
      facts: !!document.querySelector('dl.facts'),
      items: [...document.querySelectorAll('ol.meeting-items > li.meeting-item')].map((li) => {
        const a = li.querySelector('a[href^="/punkt/"]');
        return { href: a ? a.getAttribute('href') : null, text: a ? a.textContent.replace(/\s+/g, ' ').trim() : null };
      }),
    }));
    assert.ok(m.h1, 'the meeting page has an h1');
    assert.ok(m.h1.includes(item.meeting.cluster), `meeting h1 ${JSON.stringify(m.h1)} names the body ${item.meeting.cluster}`);
    assert.ok(m.facts, 'meeting page dl.facts');
    assert.deepEqual(m.items.map((x) => x.href && decodedPath(x.href, h.base)), item.meeting.items.map((x) => `/punkt/${x.id}`),
      'li.meeting-item links are the meeting\'s items in agenda order');
    assert.ok(m.items.some((x) => decodedPath(x.href, h.base) === `/punkt/${id}`), 'the item we came from is listed');
  } finally {
    await close();
  }
});

test('Forrige/Næste on an item page walk the meeting\'s items; the first item has no Forrige, the last no Næste', T, async () => {
  const { page, close } = await h.newPage();
  try {
    const { hits } = await h.api('/api/search?q=hoftebrud');
    // An item in the middle of its meeting.
    let chosen = null;
    for (const hit of hits) {
      const item = await h.api(`/api/items/${hit.id}`);
      const i = item.meeting.items.findIndex((x) => x.id === hit.id);
      if (i > 0 && i < item.meeting.items.length - 1) { chosen = { item, i }; break; }
    }
    assert.ok(chosen, 'a hoftebrud item that is neither first nor last on its meeting');
    const items = chosen.item.meeting.items;
    const { i } = chosen;

    await open(page, `${h.base}/punkt/${items[i].id}`);
    let p = await itemPage(page);
    assert.equal(p.prev && decodedPath(p.prev, h.base), `/punkt/${items[i - 1].id}`, 'rel=prev is the previous item');
    assert.equal(p.next && decodedPath(p.next, h.base), `/punkt/${items[i + 1].id}`, 'rel=next is the next item');

    await Promise.all([page.waitForURL((u) => decodeURIComponent(u.pathname) === `/punkt/${items[i + 1].id}`), page.locator('nav.item-nav a[rel~=next]').click()]);
    p = await itemPage(page);
    assert.equal(p.prev && decodedPath(p.prev, h.base), `/punkt/${items[i].id}`, 'on the next item, rel=prev leads back');
    await Promise.all([page.waitForURL((u) => decodeURIComponent(u.pathname) === `/punkt/${items[i].id}`), page.locator('nav.item-nav a[rel~=prev]').click()]);
    p = await itemPage(page);
    assert.ok(p.h1 && p.h1.includes(norm(items[i].title)), `back on ${items[i].id}: h1 ${JSON.stringify(p.h1)}`);

    await open(page, `${h.base}/punkt/${items[0].id}`);
    p = await itemPage(page);
    assert.equal(p.prev, null, 'the first item has no rel=prev');
    assert.ok(p.next, 'the first item has rel=next');
    await open(page, `${h.base}/punkt/${items[items.length - 1].id}`);
    p = await itemPage(page);
    assert.equal(p.next, null, 'the last item has no rel=next');
    assert.ok(p.prev, 'the last item has rel=prev');
  } finally {
    await close();
  }
});

test('an unknown item or page gives a Danish 404 page with a working search box', T, async () => {
  const { page, close } = await h.newPage();
  try {
    for (const path of ['/punkt/does/not/exist/1', '/findes/ikke', '/moede/does/not/exist']) {
      const res = await open(page, h.base + path, { status: 404 });
      assert.match(String(res.headers()['content-type']), /^text\/html/, `${path}: content-type`);
      const p = await page.evaluate(() => ({
        lang: document.documentElement.getAttribute('lang'),
        q: !!document.querySelector('input[name=q]'),
        h1: document.querySelector('h1') ? document.querySelector('h1').textContent.trim() : null,
      }));
      assert.equal(p.lang, 'da', `${path}: html[lang=da]`);
      assert.ok(p.q, `${path}: a search box input[name=q]`);
      assert.ok(p.h1, `${path}: an h1`);
    }
    // The search box of the 404 page searches.
    const box = page.locator('input[name=q]').first();
    await box.click();
    await page.keyboard.type('hoftebrud');
    await Promise.all([page.waitForURL(/[?&]q=hoftebrud(&|$)/), page.keyboard.press('Enter')]);
    await settledSearch(h, page, { check: (s) => assert.ok(s.hits.length > 0, 'hits after searching from the 404 page') });

    // The API keeps its JSON 404.
    const api = await h.get('/api/nope');
    assert.equal(api.status, 404);
    assert.match(String(api.headers['content-type']), /^application\/json/);
  } finally {
    await close();
  }
});

test('"Kopiér link" copies the absolute permalink and says so', T, async () => {
  const { context, page, close } = await h.newPage();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.base });
    const { hits } = await h.api('/api/search?q=hoftebrud');
    await open(page, `${h.base}/punkt/${hits[0].id}?q=hoftebrud`);
    const button = page.locator('article.item button.copy-link');
    assert.ok(await button.isVisible(), 'search.js shows the copy button');
    const url = await button.getAttribute('data-url');
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    assert.equal(url, canonical, 'data-url is the canonical permalink');
    await button.click();
    await eventually(async () => {
      const status = await page.locator('.copy-status').first().textContent();
      assert.match(String(status), /Link kopieret/, `.copy-status: ${JSON.stringify(status)}`);
    }, { what: 'the copy is confirmed' });
    assert.equal(await page.locator('.copy-status').first().getAttribute('aria-live'), 'polite', '.copy-status is a polite live region');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url, 'the clipboard holds the permalink');
  } finally {
    await close();
  }
});
