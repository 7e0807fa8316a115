'use strict';
// Minutes with markup in their title, decision and place (harness.js writes them): every page,
// the feed and the widget show the markup as text and run none of it. Also queries and paths
// carrying markup.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const {
  startHarness, INDEXER, HOSTILE_WORD, HOSTILE_ITEM, HOSTILE_MEETING, FORMULA_ITEM, FORMULA_TITLE, FORMULA_DECISION, PAYLOAD_SCRIPT, PAYLOAD_ATTRIBUTE, PAYLOAD_IMG, PAYLOAD_LINK,
} = require('./harness');
const { eventually, settledSearch, cspProblems, itemIdOf, parseCsv, open } = require('./helpers');

let h;
before(async () => { h = await startHarness(); }, { timeout: 90_000 });
after(async () => { if (h) await h.stop(); }, { timeout: 30_000 });

const T = { timeout: 60_000 };

/** Anything the payloads could have become: script elements, handlers, javascript: URLs, the img. */
async function injections(page) {
  return page.evaluate(() => {
    const found = [];
    if (typeof window.__pwned !== 'undefined') found.push(`window.__pwned = ${String(window.__pwned)}`);
    for (const s of document.querySelectorAll('script')) if (/__pwned/.test(s.textContent)) found.push(`a <script> holding: ${s.textContent.slice(0, 80)}`);
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`${a.name}="${a.value.slice(0, 60)}" on <${el.tagName.toLowerCase()}>`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(a.name) && /^\s*javascript:/i.test(a.value)) found.push(`${a.name}="${a.value}" on <${el.tagName.toLowerCase()}>`);
      }
      if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') found.push('<img src=x>');
    }
    return found;
  });
}

async function hoverAll(page, selector) {
  for (const el of await page.locator(selector).all()) await el.hover().catch(() => {});
  await page.waitForTimeout(200);
}

async function assertHarmless(where, page, consoleMessages, pageErrors) {
  await page.waitForTimeout(300); // an <img onerror> would have fired by now
  assert.deepEqual(await injections(page), [], `${where}: markup from the index became live`);
  assert.deepEqual(cspProblems(consoleMessages, pageErrors), [], `${where}: the CSP had to block something (markup got through)`);
}

function text(page, selector) {
  return page.locator(selector).first().innerText();
}

test('`indexer parse` reads the hostile file into its three items, markup kept as text', T, () => {
  const parsed = JSON.parse(execFileSync(INDEXER, ['parse', h.hostileFile], { encoding: 'utf8', timeout: 30_000 }));
  assert.deepEqual(parsed.items.map((x) => x.id), [HOSTILE_ITEM, FORMULA_ITEM, `${HOSTILE_MEETING}/3`]);
  assert.equal(parsed.items[1].title, FORMULA_TITLE);
  assert.ok(parsed.items[0].title.includes(PAYLOAD_SCRIPT) && parsed.items[0].title.includes(PAYLOAD_IMG), `title ${parsed.items[0].title}`);
  assert.deepEqual(parsed.warnings, [], 'no parse warnings');
});

test('the hostile minutes were indexed with their markup as text', T, async () => {
  const item = await h.api(`/api/items/${HOSTILE_ITEM}`);
  assert.ok(item.title.includes(PAYLOAD_SCRIPT), `title ${JSON.stringify(item.title)}`);
  assert.ok(item.title.includes(PAYLOAD_ATTRIBUTE));
  assert.ok(item.title.includes(PAYLOAD_IMG));
  const decision = item.sections.find((s) => s.name === 'Beslutning');
  assert.ok(decision && decision.text.includes(PAYLOAD_SCRIPT) && decision.text.includes(PAYLOAD_LINK), 'decision text');
  assert.ok(item.meeting.place.includes(PAYLOAD_SCRIPT), 'meeting place');
});

test('search page: hostile titles, decisions and snippets are text, also after search.js updates', T, async () => {
  const { page, close, consoleMessages, pageErrors } = await h.newPage();
  try {
    await open(page, h.base + '/');
    await page.locator('#q').click();
    await page.keyboard.type(HOSTILE_WORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`[?&]q=${HOSTILE_WORD}`));
    const { state } = await settledSearch(h, page);
    const i = state.hits.findIndex((x) => itemIdOf(x.href) === HOSTILE_ITEM);
    assert.ok(i >= 0, `the hostile item is a hit for ${HOSTILE_WORD}`);
    const hit = page.locator('ol.hits li.hit').nth(i);
    const title = await hit.locator('a.hit-title').innerText();
    for (const p of [PAYLOAD_SCRIPT, PAYLOAD_ATTRIBUTE, PAYLOAD_IMG]) assert.ok(title.includes(p), `the hit title shows ${p} as text: ${JSON.stringify(title)}`);
    const decision = await hit.locator('.decision-text').innerText().catch(() => '');
    assert.ok(decision.includes('<script>'), `the decision text shows <script> as text: ${JSON.stringify(decision)}`);
    await hoverAll(page, 'ol.hits li.hit a, ol.hits li.hit p');
    await assertHarmless('search page', page, consoleMessages, pageErrors);

    // Through search.js: a filter (replaces #filters and #results with fetched markup).
    await page.locator('#filters fieldset.facet[data-facet=body] input[type=checkbox]').first().click();
    await settledSearch(h, page, { check: (s) => assert.ok(s.params.has('body')) });
    await page.locator('#results ul.chips a.reset').click();
    await settledSearch(h, page, { check: (s) => assert.ok(!s.params.get('body')) });
    assert.ok((await page.locator('#results > ol.hits').innerText()).includes(PAYLOAD_SCRIPT), 'still shown as text after the update');
    await hoverAll(page, 'ol.hits li.hit a, ol.hits li.hit p');
    await assertHarmless('search page after search.js updates', page, consoleMessages, pageErrors);
  } finally {
    await close();
  }
});

test('item page and meeting page of the hostile minutes show the markup as text', T, async () => {
  const { page, close, consoleMessages, pageErrors } = await h.newPage();
  try {
    await open(page, `${h.base}/punkt/${HOSTILE_ITEM}?q=${HOSTILE_WORD}`);
    const h1 = await text(page, 'h1');
    for (const p of [PAYLOAD_SCRIPT, PAYLOAD_ATTRIBUTE, PAYLOAD_IMG]) assert.ok(h1.includes(p), `h1 shows ${p}: ${JSON.stringify(h1)}`);
    assert.ok((await page.title()).includes(PAYLOAD_SCRIPT), `document.title shows the markup as text: ${JSON.stringify(await page.title())}`);
    const body = await page.locator('article.item').innerText();
    assert.ok(body.includes(PAYLOAD_LINK), 'the javascript: text is shown');
    assert.ok(await page.locator('article.item dl.facts').innerText().then((t) => t.includes(PAYLOAD_SCRIPT)), 'the place (Sted) shows the markup as text');
    assert.ok(await page.locator('article.item mark').count() > 0, 'the query is still highlighted');
    await hoverAll(page, 'article.item h1, article.item p, article.item a');
    await assertHarmless('item page', page, consoleMessages, pageErrors);

    await open(page, `${h.base}/moede/${HOSTILE_MEETING}`);
    const listed = await page.locator('ol.meeting-items li.meeting-item').first().innerText();
    assert.ok(listed.includes(PAYLOAD_SCRIPT), `the meeting page lists the title as text: ${JSON.stringify(listed)}`);
    assert.ok((await page.locator('dl.facts').first().innerText()).includes(PAYLOAD_SCRIPT), 'meeting facts show the place as text');
    await hoverAll(page, 'ol.meeting-items a, ol.meeting-items p');
    await assertHarmless('meeting page', page, consoleMessages, pageErrors);
  } finally {
    await close();
  }
});

test('the feed of the hostile search is well-formed and carries the markup as text', T, async () => {
  const { page, close } = await h.newPage();
  try {
    await open(page, `${h.base}/?q=${HOSTILE_WORD}`);
    const res = await page.request.get(`${h.base}/feed?q=${HOSTILE_WORD}`);
    assert.equal(res.status(), 200);
    const titles = await page.evaluate((xml) => {
      const ATOM = 'http://www.w3.org/2005/Atom';
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
      const entries = [...doc.getElementsByTagNameNS(ATOM, 'entry')];
      // What a feed reader renders: type="html" content (and summary/title if so typed) is HTML.
      const rendered = [];
      for (const e of entries) {
        for (const el of [...e.children].filter((c) => c.namespaceURI === ATOM && ['content', 'summary', 'title'].includes(c.localName))) {
          const type = el.getAttribute('type') || 'text';
          if (type === 'html') {
            const html = new DOMParser().parseFromString(el.textContent, 'text/html');
            rendered.push({
              where: el.localName,
              text: html.body.textContent,
              live: [...html.querySelectorAll('script, img, iframe, object, embed, [onerror], [onmouseover], a[href^="javascript:" i]')].map((x) => x.outerHTML.slice(0, 80)),
            });
          } else if (type === 'xhtml') {
            rendered.push({ where: el.localName, text: el.textContent, live: [...el.querySelectorAll('*')].filter((x) => /^(script|img|iframe|object|embed)$/i.test(x.localName)).map((x) => x.localName) });
          }
        }
      }
      return { titles: entries.map((e) => e.getElementsByTagNameNS(ATOM, 'title')[0].textContent), rendered };
    }, await res.text());
    assert.equal(titles.error, undefined, `feed XML: ${titles.error}`);
    assert.ok(titles.titles.some((t) => t.includes(PAYLOAD_SCRIPT)), `an entry title holds the markup as text: ${JSON.stringify(titles.titles)}`);
    for (const r of titles.rendered) assert.deepEqual(r.live, [], `entry ${r.where} (HTML for feed readers) would render live markup`);
    if (titles.rendered.length) {
      assert.ok(titles.rendered.some((r) => r.text.includes(PAYLOAD_SCRIPT)), 'the HTML content shows the markup as text once rendered');
    }
  } finally {
    await close();
  }
});

test('queries and paths with markup are reflected as text only', T, async () => {
  const evil = `"><script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">`;
  const { page, close, consoleMessages, pageErrors } = await h.newPage();
  try {
    await open(page, `${h.base}/?q=${encodeURIComponent(evil)}`);
    assert.equal(await page.locator('#q').inputValue(), evil, 'the search box holds the query as typed');
    await assertHarmless('search page with a hostile q', page, consoleMessages, pageErrors);

    await open(page, `${h.base}/?q=${encodeURIComponent(evil)}&cluster=${encodeURIComponent(evil)}`);
    await assertHarmless('search page with a hostile facet value', page, consoleMessages, pageErrors);

    // Typed and submitted through search.js.
    await open(page, h.base + '/');
    await page.locator('#q').fill(evil);
    await page.keyboard.press('Enter');
    await eventually(async () => assert.equal(new URL(page.url()).searchParams.get('q'), evil), { what: 'URL holds the query' });
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
    await assertHarmless('search page after submitting a hostile q', page, consoleMessages, pageErrors);

    await open(page, `${h.base}/punkt/${encodeURIComponent(evil)}`, { status: 404 });
    await assertHarmless('404 page of a hostile item id', page, consoleMessages, pageErrors);
    await open(page, `${h.base}/moede/${encodeURIComponent(evil)}`, { status: 404 });
    await assertHarmless('404 page of a hostile meeting', page, consoleMessages, pageErrors);
    await open(page, `${h.base}/x${encodeURIComponent(evil)}`, { status: 404 });
    await assertHarmless('404 page of a hostile path', page, consoleMessages, pageErrors);

    const feed = await page.request.get(`${h.base}/feed?q=${encodeURIComponent(evil)}`);
    const wellFormed = await page.evaluate((xml) => !new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror'), await feed.text());
    assert.ok(wellFormed, 'the feed of a hostile query is well-formed XML');
  } finally {
    await close();
  }
});

test('the widget on origin A renders hostile hits as text and runs nothing', T, async () => {
  const { page, close, pageErrors } = await h.newPage();
  try {
    await page.goto(h.originA + '/hostile.html', { waitUntil: 'load' });
    const LIST = '[data-referatsog-list]';
    await eventually(async () => assert.ok(await page.locator(`${LIST} li.referatsog-hit`).count() > 0, 'no li.referatsog-hit'),
      { what: 'the list widget renders the hostile hits' });
    const titles = await page.locator(`${LIST} a.referatsog-title`).allInnerTexts();
    assert.ok(titles.some((t) => t.includes(PAYLOAD_SCRIPT) && t.includes(PAYLOAD_IMG)), `titles as text: ${JSON.stringify(titles)}`);
    const listText = await page.locator(LIST).innerText();
    assert.ok(listText.includes('<script>'), 'the literal <script> is visible');
    const snippetElements = await page.locator(`${LIST} p.referatsog-snippet *:not(mark)`).count();
    assert.equal(snippetElements, 0, 'snippets hold no element but <mark>');
    await hoverAll(page, `${LIST} a, ${LIST} p`);

    const input = page.locator('[data-referatsog-search] form.referatsog-form input:not([type=hidden]):not([type=submit]):not([type=button])').first();
    await input.click();
    await page.keyboard.type(HOSTILE_WORD);
    await page.keyboard.press('Enter');
    await eventually(async () => assert.ok(await page.locator('[data-referatsog-search] li.referatsog-hit').count() > 0, 'no hits in the search widget'),
      { what: 'the search widget shows the hostile hits' });
    await hoverAll(page, '[data-referatsog-search] a, [data-referatsog-search] p');
    await page.waitForTimeout(300);
    // The host page has no CSP: here window.__pwned is the real test.
    assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined', 'window.__pwned was set by markup from the index');
    assert.deepEqual((await injections(page)), [], 'markup from the index became live in the widget');
    assert.deepEqual(pageErrors.map((e) => e.message), [], 'no uncaught errors');
  } finally {
    await close();
  }
});

test("CSV export defuses formulas (a leading =, +, -, @ gets a '), pages show them as written", T, async () => {
  const res = await h.get(`/api/search.csv?q=${HOSTILE_WORD}`);
  assert.equal(res.status, 200);
  const rows = parseCsv(res.body.subarray(3).toString('utf8'), ';').filter((r) => !(r.length === 1 && r[0] === ''));
  const [header, ...data] = rows;
  const col = Object.fromEntries(header.map((name, i) => [name, i]));
  const row = data.find((r) => r[col.id] === FORMULA_ITEM);
  assert.ok(row, `the formula item is exported: ${JSON.stringify(data.map((r) => r[col.id]))}`);
  assert.equal(row[col.title], `'${FORMULA_TITLE}`, "title starting with = is prefixed with '");
  assert.ok(row[col.decision_text].startsWith(`'${FORMULA_DECISION.slice(0, 8)}`), `decision_text starting with + is prefixed: ${JSON.stringify(row[col.decision_text])}`);
  for (const r of data) {
    for (const [i, field] of r.entries()) {
      assert.ok(!/^[=+\-@]/.test(field), `row ${r[col.id]}, column ${header[i]} starts like a formula: ${JSON.stringify(field)}`);
    }
  }

  const { page, close } = await h.newPage();
  try {
    await open(page, `${h.base}/punkt/${FORMULA_ITEM}`);
    const h1 = await page.locator('h1').first().innerText();
    assert.ok(h1.includes(FORMULA_TITLE), `the page shows the title as written, without the CSV prefix: ${JSON.stringify(h1)}`);
  } finally {
    await close();
  }
});
