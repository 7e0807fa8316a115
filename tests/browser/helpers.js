'use strict';
// Reading the pages of the markup contract (docs/PAGES.md) and small assertion helpers.

const assert = require('node:assert/strict');
const { CSP_MESSAGE } = require('./harness');

/** Retries fn until it stops throwing (bounded); rethrows the last error, labelled. */
async function eventually(fn, { timeout = 10_000, interval = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) break;
    await new Promise((r) => setTimeout(r, interval));
  }
  lastError.message = `${what} (still failing after ${timeout} ms): ${lastError.message}`;
  throw lastError;
}

/** "12 punkter", "1 punkt", "1.234 punkter", "Ingen punkter" → number; null if unreadable. */
function parseCount(text) {
  if (text == null) return null;
  const t = text.replace(/\s+/g, ' ').trim();
  const m = /(\d[\d.\u00a0 ]*)\s*punkt(er)?\b/i.exec(t);
  if (m) return Number(m[1].replace(/[.\u00a0 ]/g, ''));
  if (/^ingen\b/i.test(t)) return 0;
  return null;
}

/** Snapshot of the search page (one evaluate, so the parts belong together). */
async function searchState(page) {
  const s = await page.evaluate(() => {
    const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : null);
    const hitsIn = (selector) => [...document.querySelectorAll(selector)].map((li) => {
      const a = li.querySelector('a.hit-title');
      const time = li.querySelector('time[datetime]');
      return {
        title: text(a),
        href: a ? a.getAttribute('href') : null,
        date: time ? time.getAttribute('datetime') : null,
        snippetMarks: li.querySelectorAll('.snippet mark').length,
        hasDecisionText: !!li.querySelector('.decision-text'),
      };
    });
    const facets = {};
    for (const fs of document.querySelectorAll('#filters fieldset.facet[data-facet]')) {
      facets[fs.dataset.facet] = [...fs.querySelectorAll('input[type=checkbox]')].map((cb) => {
        const label = cb.id ? document.querySelector(`label[for="${CSS.escape(cb.id)}"]`) : null;
        return {
          id: cb.id,
          name: cb.name,
          value: cb.value,
          checked: cb.checked,
          label: text(label && label.querySelector('.facet-value')),
          count: text(label && label.querySelector('.count')),
        };
      });
    }
    const pager = document.querySelector('nav.pager');
    return {
      url: location.href,
      title: document.title,
      countText: text(document.querySelector('#results .result-count')),
      hits: hitsIn('#results > ol.hits > li.hit'),
      // Items that do not match the query, listed after its hits when it finds little.
      related: hitsIn('#results > .related-hits > ol.hits > li.hit'),
      empty: text(document.querySelector('#results p.empty')),
      facets,
      chips: [...document.querySelectorAll('#results ul.chips a.chip')].map((a) => ({ text: text(a), href: a.getAttribute('href') })),
      hasReset: !!document.querySelector('#results ul.chips a.reset'),
      pager: pager
        ? {
          prev: pager.querySelector('a[rel~=prev]') ? pager.querySelector('a[rel~=prev]').getAttribute('href') : null,
          next: pager.querySelector('a[rel~=next]') ? pager.querySelector('a[rel~=next]').getAttribute('href') : null,
          // The page number (the link may add visually hidden words such as "Side ").
          current: (() => {
            const m = /(\d+)\s*$/.exec(text(pager.querySelector('[aria-current=page]')) || '');
            return m ? m[1] : null;
          })(),
          currentCount: pager.querySelectorAll('[aria-current=page]').length,
        }
        : null,
      sort: document.querySelector('#sort') ? document.querySelector('#sort').value : null,
      q: document.querySelector('#q') ? document.querySelector('#q').value : null,
      from: document.querySelector('#from') ? document.querySelector('#from').value : null,
      to: document.querySelector('#to') ? document.querySelector('#to').value : null,
      active: document.activeElement
        ? { tag: document.activeElement.tagName, id: document.activeElement.id, name: document.activeElement.name || null,
          value: document.activeElement.value === undefined ? null : document.activeElement.value,
          checked: document.activeElement.checked === undefined ? null : document.activeElement.checked }
        : null,
    };
  });
  s.total = parseCount(s.countText);
  s.params = new URL(s.url).searchParams;
  return s;
}

/** The page's query string as the API takes it (the search page takes exactly its parameters). */
function apiQueryOf(pageUrl) {
  const u = new URL(pageUrl);
  return u.search;
}

/** Item id from a /punkt/ID[?q=…] href (ids may be sent percent-encoded). */
function itemIdOf(href, base = 'http://x.invalid') {
  const u = new URL(href, base);
  assert.match(u.pathname, /^\/punkt\//, `not a /punkt/ link: ${href}`);
  return decodeURIComponent(u.pathname.slice('/punkt/'.length));
}

/**
 * Waits until the search page shows the state the API gives for the page's own URL:
 * same total, same hits in the same order, same related hits after them. Optional `check(state)` adds assertions that must
 * hold together with it. Returns the state and the API answer.
 */
async function settledSearch(h, page, { check, what = 'search page matches the API for its URL', timeout = 10_000 } = {}) {
  return eventually(async () => {
    const state = await searchState(page);
    const apiQuery = apiQueryOf(state.url);
    const api = await h.api('/api/search' + apiQuery);
    assert.equal(state.total, api.total,
      `.result-count says ${JSON.stringify(state.countText)}, the API says total ${api.total} for ${apiQuery || '(no query)'}`);
    assert.deepEqual(state.hits.map((x) => x.href && itemIdOf(x.href)), api.hits.map((x) => x.id),
      `hits on the page differ from /api/search${apiQuery}`);
    assert.deepEqual(state.related.map((x) => x.href && itemIdOf(x.href)), (api.related_hits || []).map((x) => x.id),
      `related hits on the page differ from /api/search${apiQuery}`);
    if (check) await check(state, api);
    return { state, api };
  }, { what, timeout });
}

/** Parses RFC 4180 CSV (quotes, doubled quotes, separators and line breaks inside quotes). */
function parseCsv(text, sep = ',') {
  const rows = [];
  let row = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i += 1; continue;
      }
      field += c; i += 1; continue;
    }
    if (c === '"') {
      if (field !== '') throw new Error(`CSV: quote inside an unquoted field at offset ${i} (row ${rows.length + 1})`);
      quoted = true; fieldStarted = true; i += 1; continue;
    }
    if (c === sep) { row.push(field); field = ''; fieldStarted = false; i += 1; continue; }
    if (c === '\r' || c === '\n') {
      row.push(field); rows.push(row); row = []; field = ''; fieldStarted = false;
      i += (c === '\r' && text[i + 1] === '\n') ? 2 : 1;
      continue;
    }
    field += c; fieldStarted = true; i += 1;
  }
  if (quoted) throw new Error('CSV: unterminated quoted field');
  if (fieldStarted || field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Is the focused element's focus visible (outline or box-shadow; for a checkbox also its label)? */
async function focusIndicator(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { element: null, visible: false };
    const shows = (node) => {
      const cs = getComputedStyle(node);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const shadow = !!cs.boxShadow && cs.boxShadow !== 'none';
      return { outline, shadow, outlineStyle: cs.outlineStyle, outlineWidth: cs.outlineWidth, boxShadow: cs.boxShadow };
    };
    const own = shows(el);
    let label = null;
    if (el.matches('input[type=checkbox], input[type=radio]') && el.id) {
      const l = document.querySelector(`label[for="${CSS.escape(el.id)}"]`);
      if (l) label = shows(l);
    }
    const describe = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') +
      (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '') +
      (el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : '') +
      (el.name ? `[name="${el.name}"]` : '') + (el.type === 'checkbox' ? `[value="${el.value}"]` : '');
    const r = el.getBoundingClientRect();
    return {
      element: describe,
      visible: own.outline || own.shadow || (label ? label.outline || label.shadow : false),
      own,
      label,
      box: { width: r.width, height: r.height },
    };
  });
}

/** Console messages and page errors that mention the Content Security Policy. */
function cspProblems(consoleMessages, pageErrors) {
  const re = CSP_MESSAGE;
  return [
    ...consoleMessages.filter((m) => re.test(m.text)).map((m) => `console.${m.type} on ${m.url}: ${m.text}`),
    ...pageErrors.filter((e) => re.test(e.message)).map((e) => `pageerror on ${e.url}: ${e.message}`),
  ];
}

/** A readable list of axe violations. */
function formatViolations(violations) {
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}\n        ${String(n.failureSummary || '').replace(/\n/g, '\n        ')}\n        ${n.html.slice(0, 200)}`).join('\n');
    const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more nodes` : '';
    return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
  }).join('\n');
}

/** Goes to a searchd page, asserting the status. */
async function open(page, url, { status = 200 } = {}) {
  const res = await page.goto(url, { waitUntil: 'load' });
  assert.ok(res, `no response for ${url}`);
  assert.equal(res.status(), status, `GET ${url}: status ${res.status()}, expected ${status}`);
  return res;
}

/** The meeting key (cluster/forum/date) of an item id. */
function meetingOf(itemId) {
  return itemId.split('/').slice(0, 3).join('/');
}

module.exports = {
  eventually,
  parseCount,
  searchState,
  settledSearch,
  apiQueryOf,
  itemIdOf,
  parseCsv,
  focusIndicator,
  cspProblems,
  formatViolations,
  open,
  meetingOf,
};
