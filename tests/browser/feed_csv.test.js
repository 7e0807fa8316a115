'use strict';
// "Følg denne søgning" (Atom feed) and "Eksportér (CSV)" of a search, as a person reaches them
// from the search page; plus the OpenSearch description the pages link.

const fs = require('node:fs');
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startHarness, withTimeout } = require('./harness');
const { settledSearch, itemIdOf, parseCsv, open } = require('./helpers');

let h;
before(async () => { h = await startHarness(); }, { timeout: 90_000 });
after(async () => { if (h) await h.stop(); }, { timeout: 30_000 });

const T = { timeout: 60_000 };
const CSV_HEADER = ['id', 'permalink', 'date', 'body', 'region', 'forum', 'number', 'title', 'type', 'decisions',
  'decision_text', 'topics', 'projects'];
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses Atom in the page (DOMParser; nothing of it runs). */
function readAtom(page, xml) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const err = doc.querySelector('parsererror');
    if (err) return { error: err.textContent };
    const ATOM = 'http://www.w3.org/2005/Atom';
    const root = doc.documentElement;
    const child = (el, name) => [...el.children].find((c) => c.namespaceURI === ATOM && c.localName === name) || null;
    const txt = (el, name) => (child(el, name) ? child(el, name).textContent.trim() : null);
    const links = (el) => [...el.children].filter((c) => c.namespaceURI === ATOM && c.localName === 'link')
      .map((l) => ({ rel: l.getAttribute('rel') || 'alternate', href: l.getAttribute('href'), type: l.getAttribute('type') }));
    return {
      root: root.localName,
      ns: root.namespaceURI,
      id: txt(root, 'id'),
      title: txt(root, 'title'),
      updated: txt(root, 'updated'),
      links: links(root),
      entries: [...root.children].filter((c) => c.namespaceURI === ATOM && c.localName === 'entry').map((e) => ({
        id: txt(e, 'id'),
        title: txt(e, 'title'),
        updated: txt(e, 'updated'),
        links: links(e),
      })),
    };
  }, xml);
}

test('the page\'s Atom link gives a valid feed of the same search, newest first', T, async () => {
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + '/?q=hoftebrud');
    const { state } = await settledSearch(h, page);
    const href = await page.locator('link[rel=alternate][type="application/atom+xml"]').getAttribute('href');
    assert.ok(href, 'link[rel=alternate][type="application/atom+xml"]');
    const feedUrl = new URL(href, page.url()).href;
    assert.equal(new URL(feedUrl).pathname, '/feed');
    assert.equal(new URL(feedUrl).searchParams.get('q'), 'hoftebrud', `feed URL ${feedUrl} keeps the search`);
    const visible = await page.locator('#results a.feed-link').getAttribute('href');
    assert.equal(new URL(visible, page.url()).href, feedUrl, 'a.feed-link and the <link> name the same feed');

    const res = await page.request.get(feedUrl);
    assert.equal(res.status(), 200, `GET ${feedUrl}`);
    assert.match(String(res.headers()['content-type']), /^application\/atom\+xml/);
    const atom = await readAtom(page, await res.text());
    assert.equal(atom.error, undefined, `the feed is not well-formed XML: ${atom.error}`);
    assert.equal(atom.root, 'feed');
    assert.equal(atom.ns, 'http://www.w3.org/2005/Atom');
    assert.ok(atom.id, 'feed id');
    assert.ok(atom.title, 'feed title');
    assert.match(String(atom.updated), RFC3339, 'feed updated is RFC 3339');
    assert.ok(atom.links.some((l) => l.rel === 'self'), 'feed link rel=self');

    assert.equal(atom.entries.length, state.total, `entries (${atom.entries.length}) = hits of the search (${state.total})`);
    const ids = new Set();
    let previousDate = '9999-12-31';
    for (const e of atom.entries) {
      assert.ok(e.id, 'entry id');
      assert.ok(!ids.has(e.id), `entry ids are unique: ${e.id}`);
      ids.add(e.id);
      assert.ok(e.title, `entry ${e.id} has a title`);
      assert.match(String(e.updated), RFC3339, `entry ${e.id} updated is RFC 3339`);
      assert.ok(Date.parse(e.updated) <= Date.parse(atom.updated), `entry ${e.id} updated ${e.updated} is not after the feed's ${atom.updated}`);
      const alt = e.links.find((l) => l.rel === 'alternate');
      assert.ok(alt && alt.href, `entry ${e.id} has a link href`);
      const link = new URL(alt.href, feedUrl);
      assert.match(link.href, /^http:\/\/127\.0\.0\.1:\d+\/punkt\//, `entry link ${alt.href} leads to /punkt/… (absolute)`);
      const date = itemIdOf(link.href).split('/')[2];
      assert.ok(date <= previousDate, `newest first: ${date} comes after ${previousDate}`);
      previousDate = date;
    }
    const api = await h.api('/api/search?q=hoftebrud&sort=newest');
    assert.deepEqual(atom.entries.map((e) => itemIdOf(e.links.find((l) => l.rel === 'alternate').href)), api.hits.map((x) => x.id),
      'the entries are the hits of the search, newest first');
  } finally {
    await close();
  }
});

async function csvOfPage(page) {
  const href = await page.locator('#results a.csv-link').getAttribute('href');
  assert.ok(href, 'a.csv-link');
  assert.equal(new URL(href, page.url()).pathname, '/api/search.csv');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 10_000 }),
    page.locator('#results a.csv-link').click(),
  ]);
  const file = await withTimeout(download.path(), 15_000, 'CSV download');
  const bytes = fs.readFileSync(file);
  return { href, bytes, suggested: download.suggestedFilename() };
}

function checkCsv(bytes, total, expectedIds) {
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the CSV starts with the UTF-8 BOM');
  const text = bytes.subarray(3).toString('utf8');
  assert.ok(!text.includes('\ufffd'), 'the CSV is valid UTF-8');
  assert.ok(/\r\n/.test(text) && !/[^\r]\n/.test(text.replace(/"[^"]*"/g, '')), 'rows end in CRLF');
  const firstLine = text.split(/\r?\n/, 1)[0];
  assert.equal(firstLine, CSV_HEADER.join(';'), 'header line right after the BOM, ;-separated');
  const rows = parseCsv(text, ';').filter((r) => !(r.length === 1 && r[0] === ''));
  assert.deepEqual(rows[0], CSV_HEADER);
  const data = rows.slice(1);
  assert.equal(data.length, total, `CSV rows (${data.length}) = the page's total (${total})`);
  const col = Object.fromEntries(CSV_HEADER.map((name, i) => [name, i]));
  for (const r of data) {
    assert.equal(r.length, CSV_HEADER.length, `row ${r[0]} has ${r.length} fields: ${JSON.stringify(r)}`);
    assert.match(r[col.permalink], /^http:\/\/127\.0\.0\.1:\d+\/punkt\//, `permalink ${r[col.permalink]}`);
    assert.equal(itemIdOf(r[col.permalink]), r[col.id], 'permalink names the row\'s id');
    assert.match(r[col.date], /^\d{4}-\d{2}-\d{2}$/, `date ${r[col.date]}`);
    assert.ok(r[col.title], `row ${r[0]} has a title`);
  }
  assert.deepEqual(data.map((r) => r[col.id]).sort(), [...expectedIds].sort(), 'the rows are the hits of the search');
  return { data, col };
}

test('"Eksportér (CSV)" downloads every hit of the search: BOM, ;-separated header, absolute permalinks', T, async () => {
  const { page, close } = await h.newPage();
  try {
    // A small search …
    await open(page, h.base + '/?q=hoftebrud');
    const { state } = await settledSearch(h, page);
    const small = await csvOfPage(page);
    assert.equal(new URL(small.href, page.url()).searchParams.get('q'), 'hoftebrud', 'the CSV link keeps q');
    const all = await h.api('/api/search?q=hoftebrud&limit=100');
    const { data, col } = checkCsv(small.bytes, state.total, all.hits.map((x) => x.id));
    for (const r of data) {
      const hit = all.hits.find((x) => x.id === r[col.id]);
      assert.equal(r[col.title], hit.title, `title of ${hit.id}`);
      assert.equal(r[col.date], hit.date, `date of ${hit.id}`);
      assert.equal(r[col.body], hit.cluster, `body of ${hit.id}`);
      assert.equal(r[col.permalink], h.base + hit.permalink, `permalink of ${hit.id} is the API's permalink made absolute`);
      assert.equal(r[col.decisions], hit.decisions.join(' | '), `decisions of ${hit.id}, separated by " | "`);
      assert.equal(r[col.topics], hit.topics.join(' | '), `topics of ${hit.id}`);
      assert.equal(r[col.projects], hit.projects.join(' | '), `projects of ${hit.id}`);
      assert.equal(r[col.decision_text], hit.decision_text, `decision_text of ${hit.id}`);
    }

    // … and everything: more rows than one page, and a title with quotes (the hostile item).
    await open(page, h.base + '/');
    const { state: everything } = await settledSearch(h, page);
    assert.ok(everything.total > 10);
    const big = await csvOfPage(page);
    const allItems = await h.api('/api/search?limit=100');
    const parsed = checkCsv(big.bytes, everything.total, allItems.hits.map((x) => x.id));
    const quoted = allItems.hits.find((x) => x.title.includes('"'));
    assert.ok(quoted, 'the index holds a title with a double quote');
    const row = parsed.data.find((r) => r[parsed.col.id] === quoted.id);
    assert.equal(row[parsed.col.title], quoted.title, 'a title with quotes and ; survives the CSV round trip');
  } finally {
    await close();
  }
});

test('the OpenSearch description the pages link names the search URL', T, async () => {
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + '/');
    const href = await page.locator('link[rel=search][type="application/opensearchdescription+xml"]').getAttribute('href');
    assert.equal(href, '/opensearch.xml');
    const res = await page.request.get(new URL(href, page.url()).href);
    assert.equal(res.status(), 200);
    const d = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
      return {
        root: doc.documentElement.localName,
        urls: [...doc.getElementsByTagNameNS('*', 'Url')].map((u) => ({ type: u.getAttribute('type'), template: u.getAttribute('template') })),
      };
    }, await res.text());
    assert.equal(d.error, undefined, `opensearch.xml is not well-formed: ${d.error}`);
    assert.equal(d.root, 'OpenSearchDescription');
    const html = d.urls.find((u) => u.type === 'text/html');
    assert.ok(html && /^http:\/\/127\.0\.0\.1:\d+\/\?(.*&)?q=\{searchTerms\}/.test(html.template), `text/html Url template: ${JSON.stringify(d.urls)}`);
  } finally {
    await close();
  }
});
