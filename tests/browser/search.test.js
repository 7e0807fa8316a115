'use strict';
// The search page "/" with JavaScript: typing a search, facets (multi-select, chips, Nulstil,
// history), dates, sorting, paging, suggestions.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startHarness } = require('./harness');
const { eventually, settledSearch, searchState, itemIdOf, parseCount, open } = require('./helpers');

let h;
before(async () => { h = await startHarness(); }, { timeout: 90_000 });
after(async () => { if (h) await h.stop(); }, { timeout: 30_000 });

const T = { timeout: 60_000 };

function countOf(facetValue) {
  const n = parseCount(`${facetValue.count} punkter`);
  assert.ok(Number.isInteger(n), `facet value ${JSON.stringify(facetValue.value)} shows no count: ${JSON.stringify(facetValue.count)}`);
  return n;
}

function checkbox(page, facet, value) {
  return page.locator(`#filters fieldset.facet[data-facet=${facet}] input[type=checkbox][value=${JSON.stringify(value)}]`);
}

test('typing "hoftebrud" on / and pressing Enter shows counted, highlighted hits', T, async () => {
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + '/');
    await page.locator('#q').click();
    await page.keyboard.type('hoftebrud');
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]q=hoftebrud(&|$)/);
    const { state, api } = await settledSearch(h, page, {
      check: (s) => assert.ok(s.hits.length > 0, 'no ol.hits li.hit on the page'),
    });
    assert.ok(api.total > 0, 'the corpus has hits for hoftebrud');
    assert.match(state.countText, new RegExp(`(^|\\s)${api.total} punkter\\b`), `.result-count: ${JSON.stringify(state.countText)}`);
    assert.equal(state.q, 'hoftebrud', 'the search box keeps the query');
    api.hits.forEach((hit, i) => {
      if (hit.snippet.includes('<mark>')) {
        assert.ok(state.hits[i].snippetMarks > 0, `hit ${i + 1} (${hit.id}): the API snippet has <mark>, the page's .snippet has none`);
      }
    });
    assert.ok(state.hits.some((x) => x.snippetMarks > 0), 'no mark inside any .snippet');
    const marks = await page.locator('ol.hits li.hit .snippet mark').allTextContents();
    // Forms of hoftebrud, or its synonyms (schema/data/synonyms.tsv: hoftefraktur …).
    for (const m of marks)
      assert.match(m, /^(hoftebrud|hoftefraktur|hoftenær|lårbensbrud)/i, `a snippet marks ${JSON.stringify(m)}, which is not a form or synonym of hoftebrud`);
    assert.ok(state.hits.some((x) => x.hasDecisionText), 'no hit has a .decision-text');
    for (const x of state.hits) assert.match(x.href, /^\/punkt\/.+[?&]q=hoftebrud(&|$)/, `hit link ${x.href}`);
    // The title is the one the server gives this URL (search.js updates it in place).
    const served = (await h.get(new URL(page.url()).pathname + new URL(page.url()).search)).text();
    const servedTitle = await page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').title, served);
    assert.equal(await page.title(), servedTitle, 'document.title after the search');
  } finally {
    await close();
  }
});

test('a cluster checkbox filters (multi-select counts stay), its chip and Nulstil undo it, Back and Forward restore states', T, async () => {
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + '/?q=hoftebrud');
    const { state: s0 } = await settledSearch(h, page);
    const clusters0 = s0.facets.body;
    assert.ok(clusters0 && clusters0.length >= 2, `fieldset.facet[data-facet=body] lists ${clusters0 ? clusters0.length : 'no'} values`);
    assert.ok(clusters0.every((c) => !c.checked), 'no cluster is ticked before');
    assert.equal(s0.chips.length, 0, 'no chips without filters');
    const pick = clusters0.find((c) => countOf(c) < s0.total);
    assert.ok(pick, 'a cluster with fewer hits than the total');
    const pickCount = countOf(pick);

    const ticked = (s) => {
      assert.deepEqual(s.params.getAll('body'), [pick.value], `URL ${s.url}`);
      assert.equal(s.params.get('q'), 'hoftebrud', `URL ${s.url} keeps q`);
      assert.equal(s.total, pickCount, `total after ticking ${pick.value} (its count said ${pickCount})`);
      const now = s.facets.body || [];
      assert.deepEqual(now.map((c) => c.value).sort(), clusters0.map((c) => c.value).sort(),
        'every cluster value is still listed after ticking one (multi-select)');
      for (const c of now) {
        const before = clusters0.find((x) => x.value === c.value);
        assert.equal(c.checked, c.value === pick.value, `checkbox ${c.value} checked=${c.checked}`);
        assert.equal(countOf(c), countOf(before), `count of the other value ${c.value} (multi-select counts ignore the facet's own selection)`);
      }
      assert.ok(s.chips.some((chip) => chip.text.includes(pick.value)), `a chip names ${pick.value}: ${JSON.stringify(s.chips)}`);
      assert.ok(s.hasReset, 'a Nulstil link (a.reset) is shown with a filter');
    };
    const unticked = (s) => {
      assert.deepEqual(s.params.getAll('body').filter(Boolean), [], `URL ${s.url} has no cluster`);
      assert.equal(s.params.get('q'), 'hoftebrud', `URL ${s.url} keeps q`);
      assert.equal(s.total, s0.total, 'total is back to the unfiltered one');
      assert.ok((s.facets.body || []).every((c) => !c.checked), 'no cluster ticked');
      assert.equal(s.chips.length, 0, `no chips left: ${JSON.stringify(s.chips)}`);
    };

    await checkbox(page, 'body', pick.value).click();
    const { state: s1 } = await settledSearch(h, page, { check: ticked, what: 'after ticking a cluster' });
    assert.ok(s1.total < s0.total, 'the total shrinks');

    await page.locator('#results ul.chips a.chip', { hasText: pick.value }).click();
    await settledSearch(h, page, { check: unticked, what: 'after removing the chip' });

    await page.goBack();
    await settledSearch(h, page, { check: ticked, what: 'after Back (to the ticked state)' });
    await page.goBack();
    await settledSearch(h, page, { check: unticked, what: 'after a second Back (to the first search)' });
    await page.goForward();
    await settledSearch(h, page, { check: ticked, what: 'after Forward (to the ticked state)' });

    await page.locator('#results ul.chips a.reset').click();
    await settledSearch(h, page, { check: unticked, what: 'after Nulstil' });
  } finally {
    await close();
  }
});

test('a date range set in #from and #to keeps every hit within it, on every page', T, async () => {
  const from = '2024-04-01';
  const to = '2025-01-31';
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + '/');
    const { state: s0 } = await settledSearch(h, page);
    await page.locator('#from').fill(from);
    await settledSearch(h, page, {
      what: 'after setting #from',
      check: (s) => assert.equal(s.params.get('from'), from, `URL ${s.url}`),
    });
    await page.locator('#to').fill(to);
    const inRange = (s) => {
      assert.equal(s.params.get('from'), from, `URL ${s.url}`);
      assert.equal(s.params.get('to'), to, `URL ${s.url}`);
      assert.equal(s.from, from, '#from keeps its value');
      assert.equal(s.to, to, '#to keeps its value');
      assert.ok(s.hits.length > 0, 'hits in the range');
      for (const x of s.hits) {
        assert.ok(x.date, `hit ${x.href} has a time[datetime]`);
        assert.ok(x.date >= from && x.date <= to, `hit ${x.href} dated ${x.date} is outside ${from}..${to}`);
      }
    };
    const { state: s1 } = await settledSearch(h, page, { what: 'after setting #to', check: inRange });
    assert.ok(s1.total < s0.total, `the range narrows the total (${s1.total} of ${s0.total})`);
    assert.ok(s1.total > 10, `the range is chosen to span two pages (${s1.total} hits)`);
    assert.ok(s1.pager && s1.pager.next, 'a[rel=next] to the second page of the range');
    await page.locator('nav.pager a[rel~=next]').click();
    await settledSearch(h, page, {
      what: 'second page of the range',
      check: (s) => {
        inRange(s);
        assert.equal(s.params.get('offset'), '10');
        assert.ok(s.hits.length > 0, 'hits on the second page');
      },
    });
  } finally {
    await close();
  }
});

test('Sortér: Nyeste orders hits newest first, Ældste oldest first', T, async () => {
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + '/?q=borgere');
    const { state: s0 } = await settledSearch(h, page);
    assert.equal(s0.sort, 'relevance', '#sort shows Relevans for a query with words');
    const dates = (s) => s.hits.map((x) => {
      assert.match(String(x.date), /^\d{4}-\d{2}-\d{2}$/, `hit ${x.href} time[datetime]`);
      return x.date;
    });

    await page.locator('#sort').selectOption('newest');
    const { state: sNew } = await settledSearch(h, page, {
      what: 'after choosing Nyeste',
      check: (s) => {
        assert.equal(s.params.get('sort'), 'newest', `URL ${s.url}`);
        assert.equal(s.sort, 'newest', '#sort shows Nyeste');
        const d = dates(s);
        for (let i = 1; i < d.length; i++) assert.ok(d[i - 1] >= d[i], `Nyeste: hit ${i} (${d[i - 1]}) before hit ${i + 1} (${d[i]})`);
      },
    });
    assert.ok(new Set(dates(sNew)).size >= 2, 'the hits span several dates, so the order is tested');

    await page.locator('#sort').selectOption('oldest');
    await settledSearch(h, page, {
      what: 'after choosing Ældste',
      check: (s) => {
        assert.equal(s.params.get('sort'), 'oldest', `URL ${s.url}`);
        assert.equal(s.sort, 'oldest', '#sort shows Ældste');
        const d = dates(s);
        for (let i = 1; i < d.length; i++) assert.ok(d[i - 1] <= d[i], `Ældste: hit ${i} (${d[i - 1]}) before hit ${i + 1} (${d[i]})`);
      },
    });
  } finally {
    await close();
  }
});

test('paging through everything: Næste shows other hits, aria-current moves, Forrige comes back', T, async () => {
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + '/');
    const { state: p1 } = await settledSearch(h, page);
    assert.ok(p1.total >= 11, `browsing everything gives ${p1.total} items (need ≥ 11)`);
    assert.equal(p1.hits.length, 10, 'ten hits on the first page');
    assert.ok(p1.pager, 'nav.pager is shown');
    assert.equal(p1.pager.current, '1', 'aria-current="page" is on 1');
    assert.equal(p1.pager.currentCount, 1, 'exactly one aria-current="page"');
    assert.equal(p1.pager.prev, null, 'no Forrige on the first page');
    assert.ok(p1.pager.next, 'a[rel=next] on the first page');

    await page.locator('nav.pager a[rel~=next]').click();
    const { state: p2 } = await settledSearch(h, page, {
      what: 'page 2',
      check: (s) => {
        assert.equal(s.params.get('offset'), '10', `URL ${s.url}`);
        assert.equal(s.pager && s.pager.current, '2', 'aria-current="page" moved to 2');
        assert.equal(s.pager.currentCount, 1, 'exactly one aria-current="page"');
      },
    });
    const first = new Set(p1.hits.map((x) => itemIdOf(x.href)));
    for (const x of p2.hits) assert.ok(!first.has(itemIdOf(x.href)), `${x.href} is on both pages`);
    assert.ok(p2.hits.length > 0);
    assert.equal(p2.active && p2.active.id, 'results-heading', `focus after a pager click is on #results-heading, not ${JSON.stringify(p2.active)}`);

    await page.locator('nav.pager a[rel~=prev]').click();
    await settledSearch(h, page, {
      what: 'back on page 1 via Forrige',
      check: (s) => {
        assert.equal(s.pager && s.pager.current, '1');
        assert.deepEqual(s.hits.map((x) => x.href), p1.hits.map((x) => x.href), 'the same first page again');
      },
    });
  } finally {
    await close();
  }
});

test('typing "hoft" offers completions starting with "hoft" in #q-suggestions', T, async () => {
  // The endpoint first, in its OpenSearch form.
  const os = await h.get('/api/suggest?q=hoft&format=opensearch');
  assert.equal(os.status, 200, `/api/suggest?q=hoft&format=opensearch: ${os.status} ${os.text().slice(0, 200)}`);
  assert.match(String(os.headers['content-type']), /^application\/x-suggestions\+json/);
  const body = JSON.parse(os.text());
  assert.ok(Array.isArray(body) && body[0] === 'hoft' && Array.isArray(body[1]), `OpenSearch suggestions shape: ${os.text().slice(0, 200)}`);
  assert.ok(body[1].some((s) => /^hoft/i.test(s)), `completions: ${JSON.stringify(body[1])}`);

  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + '/');
    await page.locator('#q').click();
    await page.keyboard.type('hoft', { delay: 60 });
    const options = await eventually(async () => {
      const opts = await page.evaluate(() => [...document.querySelectorAll('#q-suggestions option')].map((o) => o.value || o.textContent));
      assert.ok(opts.length > 0, 'no option in #q-suggestions');
      return opts;
    }, { what: '#q-suggestions filled while typing', timeout: 5_000 });
    assert.ok(options.some((o) => /^hoft/i.test(o.trim())), `suggestions: ${JSON.stringify(options)}`);
    const s = await searchState(page);
    assert.equal(s.q, 'hoft', 'typing is not disturbed by the suggestions');
  } finally {
    await close();
  }
});

test('"Vis flere": the hidden values are counted, and ticking one keeps it in view with focus on it', T, async () => {
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + '/');
    const { state: s0 } = await settledSearch(h, page);
    const more = await page.evaluate(() => [...document.querySelectorAll('#filters fieldset.facet details.more')].map((d) => ({
      facet: d.closest('fieldset.facet').dataset.facet,
      summary: d.querySelector('summary').textContent.replace(/\s+/g, ' ').trim(),
      boxes: d.querySelectorAll('input[type=checkbox]').length,
    })));
    assert.ok(more.length > 0, 'browsing everything, some facet has more values than it shows');
    for (const m of more) {
      assert.equal(m.summary, `Vis flere (${m.boxes})`, `${m.facet}: the summary counts the values it hides`);
      const api = s0.facets[m.facet];
      assert.ok(api.length > m.boxes, `${m.facet} also shows values outside "Vis flere"`);
    }
    const facet = more[0].facet;
    const fieldset = page.locator(`#filters fieldset.facet[data-facet=${facet}]`);
    await fieldset.locator('details.more > summary').click();
    const box = fieldset.locator('details.more input[type=checkbox]').last();
    const value = await box.getAttribute('value');
    const shown = s0.facets[facet].find((c) => c.value === value);
    await box.click();
    const { state } = await settledSearch(h, page, {
      what: `after ticking ${facet}=${value} inside "Vis flere"`,
      check: (s) => {
        assert.deepEqual(s.params.getAll(facet), [value], `URL ${s.url}`);
        assert.equal(s.total, parseCount(`${shown.count} punkter`), 'total = the count the hidden value showed');
        assert.ok((s.facets[facet] || []).find((c) => c.value === value && c.checked), 'the value is ticked');
      },
    });
    assert.ok(state.active && state.active.name === facet && state.active.value === value,
      `focus stays on the ticked checkbox, not ${JSON.stringify(state.active)}`);
    const visible = await page.locator(`#filters fieldset.facet[data-facet=${facet}] input[type=checkbox][value=${JSON.stringify(value)}]`).isVisible();
    assert.ok(visible, 'the ticked value is not hidden in a closed "Vis flere"');
  } finally {
    await close();
  }
});

test('a misspelt search shows the corrected word\'s hits and says so, and links the corrected search; an unreadable query gets a note', T, async () => {
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + '/?q=hoftebrut');
    const { state } = await settledSearch(h, page);
    const right = await h.api('/api/search?q=hoftebrud');
    assert.equal(state.total, right.total, 'hoftebrut finds nothing, so the hits of hoftebrud are shown');
    assert.equal(await page.locator('#results p.empty').count(), 0, 'no p.empty when the correction has hits');
    assert.match(await page.locator('#results p.did-you-mean').innerText(), /Ingen punkter fundet for «hoftebrut»/);
    const link = page.locator('#results p.did-you-mean a');
    assert.equal(await link.getAttribute('href'), '/?q=hoftebrud', 'the note links the corrected search');
    await link.click();
    await settledSearch(h, page, {
      what: 'after following "Mente du"',
      check: (s) => {
        assert.equal(s.params.get('q'), 'hoftebrud');
        assert.ok(s.total > 0);
        assert.equal(s.q, 'hoftebrud', 'the search box shows the corrected word');
      },
    });
    assert.equal(await page.locator('#results p.did-you-mean').count(), 0, 'no "Mente du" when the search has hits');

    const q = 'kommune AND';
    const api = await h.api('/api/search?q=' + encodeURIComponent(q));
    assert.ok(api.query_note, 'the API notes the unreadable query');
    await open(page, h.base + '/?q=' + encodeURIComponent(q));
    await settledSearch(h, page);
    assert.ok(await page.locator('#results p.query-note').isVisible(), 'p.query-note is shown');
    await open(page, h.base + '/?q=kommune');
    await settledSearch(h, page);
    assert.equal(await page.locator('#results p.query-note').count(), 0, 'no p.query-note for a readable query');
  } finally {
    await close();
  }
});
