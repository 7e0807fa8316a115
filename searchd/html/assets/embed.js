/* Referatsøg – embeddable search for intranet pages (see docs/PAGES.md, "Embedding").
 *
 *   <div data-referatsog-search data-limit="5"></div>
 *   <div data-referatsog-list data-title="Seneste beslutninger om demens"
 *        data-q="demens" data-topic="demens" data-sort="newest" data-limit="5"></div>
 *   <script src="https://referatsog.example/embed.js" async></script>
 *
 * The script finds its server from its own src, loads embed.css from there and renders every
 * [data-referatsog-search] and [data-referatsog-list] element with DOM calls and text nodes
 * only; of a snippet's markup only <mark> is kept. It leaves no globals behind.
 */
(function () {
  'use strict';

  /* document.currentScript is only set while the script first runs: capture it now. */
  const script = document.currentScript || findOwnScript();
  const BASE = originOf(script);

  const FACETS = ['cluster', 'body', 'region', 'forum', 'type', 'decision', 'topic', 'project', 'year', 'kind'];
  const RENDERED = 'data-referatsog-rendered';
  const SELECTOR = '[data-referatsog-search], [data-referatsog-list]';
  const DEFAULT_LIMIT = { search: 10, list: 5 };
  const MAX_LIMIT = 100;

  let idCounter = 0;

  const dateFormat = (function () {
    try {
      return new Intl.DateTimeFormat('da-DK', {
        day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'
      });
    } catch (error) {
      return null;
    }
  })();

  const numberFormat = (function () {
    try {
      return new Intl.NumberFormat('da-DK');
    } catch (error) {
      return null;
    }
  })();

  function findOwnScript() {
    const scripts = document.getElementsByTagName('script');
    for (let i = scripts.length - 1; i >= 0; i--) {
      const src = scripts[i].getAttribute('src');
      if (!src) continue;
      try {
        if (new URL(src, document.baseURI).pathname.endsWith('/embed.js')) return scripts[i];
      } catch (error) {
        /* not a URL: not ours */
      }
    }
    return null;
  }

  function originOf(element) {
    try {
      const origin = new URL(element.src, document.baseURI).origin;
      if (origin && origin !== 'null') return origin;
    } catch (error) {
      /* fall through */
    }
    return location.origin;
  }

  function make(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function asText(value) {
    return typeof value === 'string' ? value.trim() : '';
  }

  function addStylesheet() {
    const href = BASE + '/static/embed.css';
    const links = document.querySelectorAll('link[rel~="stylesheet"]');
    for (let i = 0; i < links.length; i++) {
      if (links[i].hasAttribute('data-referatsog-style') || links[i].href === href) return;
    }
    const link = document.createElement('link');
    link.setAttribute('rel', 'stylesheet');
    link.setAttribute('href', href);
    link.setAttribute('data-referatsog-style', '');
    (document.head || document.documentElement).appendChild(link);
  }

  function limitOf(host, mode) {
    const raw = (host.getAttribute('data-limit') || '').trim();
    const value = /^\d+$/.test(raw) ? parseInt(raw, 10) : NaN;
    if (!Number.isFinite(value)) return DEFAULT_LIMIT[mode];
    return Math.min(MAX_LIMIT, Math.max(1, value));
  }

  /* The search as query parameters, without limit (that one is only for the API call). */
  function queryOf(host, q) {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    FACETS.forEach(function (facet) {
      const raw = host.getAttribute('data-' + facet);
      if (raw === null) return;
      raw.split('|').forEach(function (part) {
        const value = part.trim();
        if (value) params.append(facet, value);
      });
    });
    ['from', 'to', 'sort'].forEach(function (name) {
      const value = (host.getAttribute('data-' + name) || '').trim();
      if (value) params.set(name, value);
    });
    return params;
  }

  function formatDate(iso) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || !dateFormat) return iso;
    const date = new Date(iso + 'T00:00:00Z');
    if (Number.isNaN(date.getTime())) return iso;
    return dateFormat.format(date);
  }

  function countText(total) {
    if (total === 1) return '1 punkt';
    return (numberFormat ? numberFormat.format(total) : String(total)) + ' punkter';
  }

  /* The snippet is server-escaped HTML whose only tags are <mark>. Keep its text and its
     marks, rebuilt as new nodes; drop everything else. */
  function snippetNodes(html) {
    const nodes = [];
    if (!html || typeof DOMParser !== 'function') return nodes;
    const parsed = new DOMParser().parseFromString('<body>' + html, 'text/html');
    const children = parsed.body ? parsed.body.childNodes : [];
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child.nodeType === 3) {
        nodes.push(document.createTextNode(child.nodeValue));
      } else if (child.nodeType === 1 && child.nodeName === 'MARK') {
        nodes.push(make('mark', 'referatsog-mark', child.textContent));
      }
    }
    return nodes;
  }

  function renderHit(hit) {
    const item = make('li', 'referatsog-hit');

    const titleText = asText(hit.title) || 'Punkt uden titel';
    const permalink = typeof hit.permalink === 'string' ? hit.permalink : '';
    let title;
    if (permalink.indexOf('/punkt/') === 0) {
      title = make('a', 'referatsog-title', titleText);
      title.setAttribute('href', BASE + permalink);
    } else {
      title = make('span', 'referatsog-title', titleText);
    }
    item.appendChild(title);

    const meta = make('span', 'referatsog-meta');
    const parts = [];
    const body = asText(hit.body || hit.cluster);
    const forum = asText(hit.forum);
    const date = asText(hit.date);
    if (body) parts.push(document.createTextNode(body));
    if (forum) parts.push(document.createTextNode(forum));
    if (date) {
      const time = make('time', null, formatDate(date));
      time.setAttribute('datetime', date);
      parts.push(time);
    }
    parts.forEach(function (part, index) {
      if (index > 0) meta.appendChild(document.createTextNode(' · '));
      meta.appendChild(part);
    });
    if (parts.length) item.appendChild(meta);

    const decision = asText(hit.decision_text);
    if (decision) {
      const paragraph = make('p', 'referatsog-decision');
      paragraph.appendChild(make('span', 'referatsog-label', 'Beslutning:'));
      paragraph.appendChild(document.createTextNode(' ' + decision));
      item.appendChild(paragraph);
    }

    const snippet = snippetNodes(typeof hit.snippet === 'string' ? hit.snippet : '');
    if (snippet.length) {
      const paragraph = make('p', 'referatsog-snippet');
      snippet.forEach(function (node) {
        paragraph.appendChild(node);
      });
      item.appendChild(paragraph);
    }
    return item;
  }

  function uniqueId() {
    let id;
    do {
      idCounter += 1;
      id = 'referatsog-q-' + idCounter;
    } while (document.getElementById(id));
    return id;
  }

  function render(host) {
    if (host.hasAttribute(RENDERED)) return;
    host.setAttribute(RENDERED, '');

    const mode = host.hasAttribute('data-referatsog-search') ? 'search' : 'list';
    const limit = limitOf(host, mode);
    const state = { q: (host.getAttribute('data-q') || '').trim(), sequence: 0, controller: null };

    const box = make('div', 'referatsog referatsog-' + mode);

    const heading = (host.getAttribute('data-title') || '').trim();
    if (heading) {
      let level = parseInt(host.getAttribute('data-heading-level') || '2', 10);
      if (!(level >= 2 && level <= 4)) level = 2;
      box.appendChild(make('h' + level, 'referatsog-heading', heading));
    }

    let input = null;
    if (mode === 'search') {
      const form = make('form', 'referatsog-form');
      form.setAttribute('role', 'search');
      form.setAttribute('action', BASE + '/');
      form.setAttribute('method', 'get');
      const id = uniqueId();
      const label = make('label', 'referatsog-visually-hidden', 'Søg i referater');
      label.setAttribute('for', id);
      input = make('input', 'referatsog-input');
      input.setAttribute('type', 'search');
      input.setAttribute('id', id);
      input.setAttribute('name', 'q');
      input.setAttribute('autocomplete', 'off');
      input.value = state.q;
      const button = make('button', 'referatsog-button', 'Søg');
      button.setAttribute('type', 'submit');
      form.appendChild(label);
      form.appendChild(input);
      form.appendChild(button);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        state.q = input.value.trim();
        load();
      });
      box.appendChild(form);
    }

    const status = make('p', 'referatsog-status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    box.appendChild(status);

    const list = make('ol', 'referatsog-hits');
    const more = make('a', 'referatsog-more', 'Se alle i Referatsøg');

    /* Anything inside the host is a fallback for browsers without the script. */
    host.replaceChildren(box);

    function setStatus(text, isError) {
      status.textContent = text;
      status.classList.toggle('referatsog-error', Boolean(isError));
    }

    function show(data, query) {
      const hits = data && Array.isArray(data.hits) ? data.hits : [];
      const total = data && Number.isFinite(data.total) ? data.total : hits.length;
      list.replaceChildren();
      hits.forEach(function (hit) {
        if (hit && typeof hit === 'object') list.appendChild(renderHit(hit));
      });
      if (list.childNodes.length) {
        box.appendChild(list);
      } else {
        list.remove();
      }
      setStatus(total > 0 ? countText(total) : 'Ingen punkter fundet.', false);
      if (total > 0) {
        const search = query.toString();
        more.setAttribute('href', BASE + '/' + (search ? '?' + search : ''));
        box.appendChild(more);
      } else {
        more.remove();
      }
    }

    function fail(message) {
      list.replaceChildren();
      list.remove();
      more.remove();
      setStatus('Søgningen kunne ikke hentes.', true);
      if (message && typeof console !== 'undefined' && console.warn) {
        console.warn('Referatsøg: ' + message);
      }
    }

    function load() {
      if (typeof fetch !== 'function') {
        fail('fetch is not available');
        return;
      }
      if (state.controller) state.controller.abort();
      const controller = typeof AbortController === 'function' ? new AbortController() : null;
      state.controller = controller;
      const mine = ++state.sequence;

      const query = queryOf(host, state.q);
      const api = new URLSearchParams(query);
      api.set('limit', String(limit));

      box.setAttribute('aria-busy', 'true');
      fetch(BASE + '/api/search?' + api.toString(), {
        headers: { 'Accept': 'application/json' },
        credentials: 'omit',
        signal: controller ? controller.signal : undefined
      }).then(function (response) {
        if (response.ok) return response.json();
        return response.json().catch(function () {
          return null;
        }).then(function (body) {
          const error = body && body.error;
          const detail = error && error.message
            ? error.message + (error.parameter ? ' (' + error.parameter + ')' : '')
            : 'HTTP ' + response.status;
          throw new Error(detail);
        });
      }).then(function (data) {
        if (mine !== state.sequence) return;
        state.controller = null;
        box.removeAttribute('aria-busy');
        show(data, query);
      }).catch(function (error) {
        if (mine !== state.sequence) return;
        state.controller = null;
        box.removeAttribute('aria-busy');
        if (error && error.name === 'AbortError') return;
        fail(error && error.message ? error.message : String(error));
      });
    }

    if (mode === 'list' || state.q) load();
  }

  function renderAll() {
    const hosts = document.querySelectorAll(SELECTOR);
    for (let i = 0; i < hosts.length; i++) render(hosts[i]);
  }

  addStylesheet();
  renderAll();
  if (document.readyState === 'loading') {
    /* Loaded early (async): render the elements that come later in the page too. */
    document.addEventListener('DOMContentLoaded', renderAll, { once: true });
  }
})();
