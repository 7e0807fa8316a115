'use strict';
// The pages across the archive in a real browser: the comparison's timeline and table against
// /api/compare, keyboard and screen-reader access to the marks, print, no JavaScript; project
// pages; similar items and history on an item page; the coverage page against the index; and
// the accessibility scan of each.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { AxeBuilder } = require('@axe-core/playwright');
const { startHarness } = require('./harness');
const { formatViolations, open, meetingOf } = require('./helpers');

let h;
before(async () => { h = await startHarness(); }, { timeout: 90_000 });
after(async () => { if (h) await h.stop(); }, { timeout: 30_000 });

const T = { timeout: 60_000 };
const KTH = '/sammenlign?project=Kom%20Trygt%20Hjem';
const LILLEBAELT_LKT = 'sundhedsklynge-lillebaelt/fagligt-strategisk-niveau/2024-03-01/4';
const norm = (s) => String(s).replace(/\s+/g, ' ').trim();
const pathOf = (href) => decodeURIComponent(new URL(href, 'http://x.invalid').pathname);

async function timeline(page) {
  return page.evaluate(() => ({
    lanes: [...document.querySelectorAll('svg.timeline .lane-label')].map((t) => t.firstChild.textContent.trim()),
    marks: [...document.querySelectorAll('svg.timeline a.mark')].map((a) => ({
      href: a.getAttribute('href'),
      label: a.getAttribute('aria-label'),
      laneY: null,
    })),
    rows: [...document.querySelectorAll('table.comparison-table tbody tr')].map((tr) => ({
      body: tr.querySelector('th').textContent.trim(),
      first: tr.querySelectorAll('td')[0].querySelector('time') ? tr.querySelectorAll('td')[0].querySelector('time').getAttribute('datetime') : '',
      latest: tr.querySelectorAll('td')[1].querySelector('time') ? tr.querySelectorAll('td')[1].querySelector('time').getAttribute('datetime') : '',
      decisions: tr.querySelectorAll('td')[2].textContent.replace(/\s+/g, ' ').trim(),
      latestOutcome: tr.querySelectorAll('td')[3].textContent.replace(/\s+/g, ' ').trim(),
    })),
    legend: [...document.querySelectorAll('ul.legend li')].map((li) => li.textContent.trim()),
  }));
}

test('Kom Trygt Hjem: a lane per cluster in the order of the API, a mark per dated item linking to its permalink', T, async () => {
  const api = await h.api('/api/compare?project=Kom%20Trygt%20Hjem');
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + KTH);
    const t = await timeline(page);
    assert.deepEqual(t.lanes, api.groups.map((g) => g.body));
    for (const body of ['Sundhedsklynge Sønderjylland', 'Sundhedsklynge Lillebælt', 'Randersklyngen', 'Sundhedsklynge Sydvestjylland'])
      assert.ok(t.lanes.includes(body), `a lane for ${body}`);
    const expected = api.groups.flatMap((g) => g.items.filter((i) => i.date).map((i) => i.permalink));
    assert.deepEqual(t.marks.map((m) => pathOf(m.href)).sort(), expected.map(pathOf).sort());
    for (const m of t.marks) assert.match(m.label, /\d{4}/, 'each mark names its date to a screen reader');
    // The table is the API's groups.
    assert.deepEqual(t.rows.map((r) => r.body), api.groups.map((g) => g.body));
    assert.deepEqual(t.rows.map((r) => [r.first, r.latest]), api.groups.map((g) => [g.first_date, g.latest_date]));
    api.groups.forEach((g, i) => {
      assert.ok(t.rows[i].decisions.startsWith(`${g.count} punkt`), `${g.body}: ${t.rows[i].decisions}`);
      for (const [outcome, n] of Object.entries(g.outcomes)) assert.ok(t.rows[i].decisions.includes(`${outcome} ${n}`));
      assert.equal(t.rows[i].latestOutcome, g.latest_outcome.join(', ') || '–');
    });
    const outcomes = new Set(api.groups.flatMap((g) => g.items.map((i) => i.decisions[0] || 'ingen beslutning')));
    assert.deepEqual(new Set(t.legend), outcomes, 'the legend names exactly the colours shown');

    // Following a mark opens the item.
    const first = api.groups[0].items[0];
    await Promise.all([page.waitForURL((u) => pathOf(u.href) === pathOf(first.permalink)),
      page.locator(`svg.timeline a.mark[href="${first.permalink}"]`).first().click()]);
    assert.equal(norm(await page.locator('h1').textContent()).includes(first.title.slice(0, 30)), true);
  } finally {
    await close();
  }
});

test('Indlæggelse hjemme: Sundhedsklynge Vest with its items in date order', T, async () => {
  const api = await h.api('/api/compare?project=Indl%C3%A6ggelse%20hjemme');
  const vest = api.groups.find((g) => g.body === 'Sundhedsklynge Vest');
  assert.ok(vest, 'Sundhedsklynge Vest dealt with Indlæggelse hjemme');
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + '/sammenlign?project=Indl%C3%A6ggelse%20hjemme');
    const section = page.locator('section.comparison-group#klynge-sundhedsklynge-vest');
    const links = await section.locator('li.hit h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links, vest.items.map((i) => i.permalink));
    const dates = vest.items.map((i) => i.date);
    assert.deepEqual(dates, [...dates].sort(), 'in date order');
  } finally {
    await close();
  }
});

test('keyboard: Tab reaches the marks, the focused mark shows its decision, Enter opens it', T, async () => {
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + KTH);
    let focused = null;
    for (let i = 0; i < 60 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const el = document.activeElement;
        return el && el.matches('svg.timeline a.mark') ? el.getAttribute('href') : null;
      });
    }
    assert.ok(focused, 'Tab reaches a timeline mark');
    const shown = await page.evaluate(() => {
      const group = document.activeElement.closest('.mark-group');
      const caption = group.querySelector('.caption');
      const circle = document.activeElement.querySelector('circle');
      return { visibility: getComputedStyle(caption).visibility, text: caption.textContent,
        stroke: parseFloat(getComputedStyle(circle).strokeWidth) };
    });
    assert.equal(shown.visibility, 'visible', 'the caption of the focused mark is shown');
    assert.match(shown.text, /Beslutning:|Udfald:/);
    assert.ok(shown.stroke >= 3, `the focused mark is outlined (stroke ${shown.stroke})`);
    const hidden = await page.evaluate(() => [...document.querySelectorAll('svg.timeline .caption')]
      .filter((c) => getComputedStyle(c).visibility === 'visible').length);
    assert.equal(hidden, 1, 'only the focused mark\'s caption is shown');
    await Promise.all([page.waitForURL((u) => pathOf(u.href) === pathOf(focused)), page.keyboard.press('Enter')]);
  } finally {
    await close();
  }
});

test('print hides the form and keeps timeline and table; without JavaScript the comparison is complete', T, async () => {
  const { page, close } = await h.newPage({ javaScriptEnabled: false });
  try {
    await open(page, h.base + KTH);
    assert.ok((await page.locator('svg.timeline a.mark').count()) > 0, 'marks without JavaScript');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('form.compare-form').isVisible(), false, 'no form on paper');
    assert.ok(await page.locator('svg.timeline').isVisible());
    assert.ok(await page.locator('table.comparison-table').isVisible());
  } finally {
    await close();
  }
});

test('the form compares a topic; the CSV is the table', T, async () => {
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + '/sammenlign');
    await page.locator('#compare-topic').selectOption('hoftebrud');
    await Promise.all([page.waitForURL(/topic=hoftebrud/), page.locator('form.compare-form button').click()]);
    const api = await h.api('/api/compare?topic=hoftebrud');
    assert.deepEqual((await timeline(page)).rows.map((r) => r.body), api.groups.map((g) => g.body));
    const csvHref = await page.locator('a.csv-link').getAttribute('href');
    const csv = (await h.get(csvHref)).text().replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(csv[0], 'Klynge;Første;Seneste;Punkter;Beslutninger;Seneste beslutning');
    assert.deepEqual(csv.slice(1).map((line) => line.split(';')[0]), api.groups.map((g) => g.body));
  } finally {
    await close();
  }
});

test('projects: the index links every project page, which shows its clusters', T, async () => {
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + '/projekter');
    const links = await page.locator('table.projects-table tbody th a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    assert.ok(links.length >= 10, 'every project of the gazetteer');
    const kth = links.find(([name]) => name === 'Kom Trygt Hjem');
    assert.deepEqual(kth, ['Kom Trygt Hjem', '/projekt/kom-trygt-hjem']);
    await Promise.all([page.waitForURL(/\/projekt\/kom-trygt-hjem$/), page.locator('a[href="/projekt/kom-trygt-hjem"]').click()]);
    assert.equal(norm(await page.locator('h1').textContent()), 'Kom Trygt Hjem');
    const api = await h.api('/api/compare?project=Kom%20Trygt%20Hjem');
    assert.deepEqual((await timeline(page)).lanes, api.groups.map((g) => g.body));
  } finally {
    await close();
  }
});

test('item page: similar items in other clusters with reasons, and the project links', T, async () => {
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + '/punkt/' + LILLEBAELT_LKT);
    const similar = page.locator('section.similar');
    assert.equal(norm(await similar.locator('h2').textContent()), 'Lignende punkter i andre klynger');
    const hrefs = await similar.locator('li.hit h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.includes('/punkt/randersklyngen/politisk-niveau/2024-05-03/4'), 'Randers\' hip-fracture item');
    assert.ok(hrefs.includes('/punkt/sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2025-04-28/3'), 'Sønderjylland\'s evaluation');
    const reasons = await similar.locator('p.reason').allTextContents();
    assert.equal(reasons.length, hrefs.length);
    for (const r of reasons) assert.match(r, /^Fælles nøgleord: /);
    const api = await h.api(`/api/items/${LILLEBAELT_LKT}/similar`);
    assert.deepEqual(hrefs, api.items.map((i) => i.permalink));
    assert.ok(await page.locator('section.item-projects a[href="/sammenlign?project=Kom%20Trygt%20Hjem"]').count() > 0);
  } finally {
    await close();
  }
});

test('coverage: every indexed meeting under its body and forum', T, async () => {
  const all = await h.api('/api/search?limit=100');
  assert.ok(all.total <= 100, 'the corpus fits one page');
  const meetings = new Set(all.hits.map((hit) => meetingOf(hit.id)));
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + '/daekning');
    const listed = await page.locator('section.coverage-body').evaluateAll((sections) => sections.map((s) => ({
      body: s.querySelector('h2').textContent.trim(),
      meetings: [...s.querySelectorAll('section.coverage-forum')].flatMap((f) =>
        [...f.querySelectorAll('a.meeting, p.undated a')].map((a) => ({ forum: f.querySelector('h3').firstChild.textContent.trim(), href: a.getAttribute('href') }))),
    })));
    const keys = listed.flatMap((b) => b.meetings.map((m) => decodeURIComponent(m.href.replace(/^\/moede\//, ''))));
    assert.deepEqual(new Set(keys), meetings);
    assert.equal(keys.length, meetings.size, 'each meeting once');
    for (const hit of all.hits) {
      const body = listed.find((b) => b.body === (hit.cluster || 'Ukendt organ'));
      assert.ok(body, `a section for ${hit.cluster}`);
      assert.ok(body.meetings.some((m) => m.forum === (hit.forum || 'Forum ikke angivet')), `${hit.cluster}: forum ${hit.forum}`);
    }
  } finally {
    await close();
  }
});

async function scan(path) {
  const { page, close } = await h.newPage();
  try {
    await open(page, h.base + path);
    if (path.startsWith('/sammenlign?')) await page.locator('svg.timeline a.mark').first().focus();
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.equal(bad.length, 0, `axe on ${path}: ${bad.length} serious/critical violation(s):\n${formatViolations(bad)}`);
  } finally {
    await close();
  }
}

test('axe: comparison page', T, () => scan(KTH));
test('axe: comparison form', T, () => scan('/sammenlign'));
test('axe: projects', T, () => scan('/projekter'));
test('axe: project page', T, () => scan('/projekt/kom-trygt-hjem'));
test('axe: coverage', T, () => scan('/daekning'));
test('axe: item page with similar items', T, () => scan('/punkt/' + LILLEBAELT_LKT));
