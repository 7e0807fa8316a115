/* Referatsøg – progressive enhancement of the pages (see docs/PAGES.md, "search.js").
 *
 * Everything works without this script. With it:
 *  - <html> gets the class "js" instead of "no-js";
 *  - the search page (#search-form with #filters and #results) updates in place: a submit,
 *    a change of a checkbox, date or select, and a click on a link inside #results that leads
 *    to "/?…" fetch the new page, swap #filters and #results for those of the answer, update
 *    document.title and push the URL; popstate does the same for the URL it lands on;
 *  (Suggestions while typing are suggest.js, the item page's "Kopiér link" copy_link.js.)
 *
 * Written for a strict CSP: no eval, no inline handlers, no innerHTML. The HTML swapped in is
 * our own server-rendered page, parsed with DOMParser and imported node by node.
 */
(function () {
  'use strict';

  const root = document.documentElement;
  root.classList.remove('no-js');
  root.classList.add('js');

  const DATE_DELAY_MS = 700;

  function onReady(fn) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', fn, { once: true });
    } else {
      fn();
    }
  }

  function isPlainLeftClick(event) {
    return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
  }

  /* A visually hidden live region, to tell screen-reader users about new results when focus
     stays on the control they used. */
  let announcer = null;
  function announce(text) {
    if (!text) return;
    if (!announcer) {
      announcer = document.createElement('div');
      announcer.className = 'visually-hidden';
      announcer.setAttribute('role', 'status');
      announcer.setAttribute('aria-live', 'polite');
      document.body.appendChild(announcer);
    }
    announcer.textContent = '';
    window.setTimeout(function () {
      announcer.textContent = text;
    }, 60);
  }

  /* ------------------------------------------------------------------------------------ */
  /* The search page                                                                       */
  /* ------------------------------------------------------------------------------------ */

  function initSearchPage() {
    let form = document.getElementById('search-form');
    if (!form || !document.getElementById('results')) return;
    if (typeof window.fetch !== 'function' || typeof window.DOMParser !== 'function' ||
        !window.history || typeof window.history.pushState !== 'function' ||
        typeof window.AbortController !== 'function') {
      return;
    }

    let controller = null;
    let sequence = 0;
    let dateTimer = 0;
    let shownKey = pageKey(location.href);

    function pageKey(href) {
      let url = new URL(href, location.href);
      return url.pathname + url.search;
    }

    function isSearchPageUrl(url) {
      return url.origin === location.origin && url.pathname === '/';
    }

    /* The URL of the form as it stands: empty values dropped, and offset dropped because
       a new query, filter or sort starts on the first page. */
    function urlFromForm() {
      let url = new URL(form.getAttribute('action') || '/', location.href);
      let params = new URLSearchParams();
      new FormData(form).forEach(function (value, name) {
        if (typeof value !== 'string' || value.trim() === '' || name === 'offset') return;
        params.append(name, value);
      });
      url.search = params.toString();
      url.hash = '';
      return url.href;
    }

    function cancelDateTimer() {
      if (dateTimer) {
        window.clearTimeout(dateTimer);
        dateTimer = 0;
      }
    }

    function rememberFocus() {
      let el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      return {
        element: el,
        id: el.id || '',
        name: typeof el.name === 'string' ? el.name : '',
        value: typeof el.value === 'string' ? el.value : '',
        type: typeof el.type === 'string' ? el.type : ''
      };
    }

    function findAgain(memo) {
      if (!memo) return null;
      let byId = memo.id ? document.getElementById(memo.id) : null;
      if (memo.type === 'checkbox' && memo.name) {
        /* Facet ids are positional (f-cluster-0 …); when the values moved, the same value
           is the better match. */
        if (byId && byId.name === memo.name && byId.value === memo.value) return byId;
        let boxes = form.querySelectorAll('input[type="checkbox"]');
        for (let i = 0; i < boxes.length; i++) {
          if (boxes[i].name === memo.name && boxes[i].value === memo.value) return boxes[i];
        }
      }
      return byId;
    }

    function focusElement(el, scroll) {
      let details = el.closest('details');
      while (details) {
        details.open = true;
        details = details.parentElement ? details.parentElement.closest('details') : null;
      }
      el.focus({ preventScroll: !scroll });
      if (!scroll && typeof el.getBoundingClientRect === 'function') {
        let box = el.getBoundingClientRect();
        if (box.bottom < 0 || box.top > window.innerHeight) {
          el.scrollIntoView({ block: 'nearest' });
        }
      }
    }

    function openFacets(filters) {
      let open = [];
      if (!filters) return open;
      let list = filters.querySelectorAll('details.more[open]');
      for (let i = 0; i < list.length; i++) {
        let facet = list[i].closest('[data-facet]');
        if (facet && facet.getAttribute('data-facet')) open.push(facet.getAttribute('data-facet'));
      }
      return open;
    }

    function reopenFacets(filters, names) {
      names.forEach(function (name) {
        let facets = filters.querySelectorAll('[data-facet]');
        for (let i = 0; i < facets.length; i++) {
          if (facets[i].getAttribute('data-facet') !== name) continue;
          let details = facets[i].querySelector('details.more');
          if (details) details.open = true;
        }
      });
    }

    /* Replaces #filters and #results with those of the fetched page. */
    function swap(doc) {
      let oldResults = document.getElementById('results');
      let newResults = doc.getElementById('results');
      let oldFilters = document.getElementById('filters');
      let newFilters = doc.getElementById('filters');

      let open = openFacets(oldFilters);
      if (newFilters) {
        let filters = document.importNode(newFilters, true);
        reopenFacets(filters, open);
        if (oldFilters) {
          oldFilters.replaceWith(filters);
        } else {
          oldResults.before(filters);
        }
      } else if (oldFilters) {
        oldFilters.remove();
      }
      oldResults.replaceWith(document.importNode(newResults, true));

      if (doc.title) document.title = doc.title;

      /* The search bar is not swapped: carry the query over (did-you-mean, back/forward). */
      let q = document.getElementById('q');
      let newQ = doc.getElementById('q');
      if (q && newQ && q !== document.activeElement && q.value !== newQ.value) {
        q.value = newQ.value;
      }

      let feed = document.querySelector('link[rel="alternate"][type="application/atom+xml"]');
      let newFeed = doc.querySelector('link[rel="alternate"][type="application/atom+xml"]');
      if (feed && newFeed && newFeed.getAttribute('href')) {
        feed.setAttribute('href', newFeed.getAttribute('href'));
      }
    }

    function setBusy(busy) {
      let results = document.getElementById('results');
      if (!results) return;
      if (busy) {
        results.setAttribute('aria-busy', 'true');
      } else {
        results.removeAttribute('aria-busy');
      }
    }

    function fallback(url, fromPopstate) {
      if (fromPopstate) {
        location.replace(url);
      } else {
        location.href = url;
      }
    }

    /* options: push (pushState the URL), focusHeading (move focus to #results-heading),
       fromPopstate. */
    function navigate(url, options) {
      cancelDateTimer();
      if (controller) controller.abort();
      let own = new AbortController();
      controller = own;
      let mine = ++sequence;
      setBusy(true);

      fetch(url, {
        headers: { 'Accept': 'text/html' },
        credentials: 'same-origin',
        signal: own.signal
      }).then(function (response) {
        let type = response.headers.get('Content-Type') || '';
        let usable = response.ok || (response.status >= 400 && response.status < 500);
        if (!usable || !/^\s*text\/html\b/i.test(type)) throw new Error('not an HTML page');
        return response.text().then(function (text) {
          return { text: text, url: response.redirected && response.url ? response.url : url };
        });
      }).then(function (answer) {
        if (mine !== sequence) return;
        let doc = new DOMParser().parseFromString(answer.text, 'text/html');
        if (!doc.getElementById('results')) throw new Error('not a search page');

        let finalUrl = new URL(answer.url, location.href);
        if (!isSearchPageUrl(finalUrl)) throw new Error('left the search page');

        let memo = rememberFocus();
        swap(doc);
        controller = null;

        let key = pageKey(finalUrl.href);
        if (options.push) {
          if (key === shownKey) {
            history.replaceState({ referatsog: true }, '', finalUrl.href);
          } else {
            history.pushState({ referatsog: true }, '', finalUrl.href);
          }
        }
        shownKey = key;

        let heading = document.getElementById('results-heading');
        let stillThere = memo && memo.element.isConnected && memo.element === document.activeElement;
        if (options.focusHeading && heading) {
          focusElement(heading, true);
        } else if (!stillThere) {
          let again = findAgain(memo);
          if (again) {
            focusElement(again, false);
          } else if (heading && memo) {
            focusElement(heading, true);
          }
        }
        if (heading && document.activeElement !== heading) {
          announce(heading.textContent.replace(/\s+/g, ' ').trim());
        }
      }).catch(function (error) {
        if (own.signal.aborted || mine !== sequence) return;
        controller = null;
        setBusy(false);
        if (error && error.name === 'AbortError') return;
        fallback(url, options.fromPopstate);
      });
    }

    form.addEventListener('submit', function (event) {
      if (event.defaultPrevented) return;
      event.preventDefault();
      navigate(urlFromForm(), { push: true, focusHeading: true });
    });

    form.addEventListener('change', function (event) {
      let target = event.target;
      let isSelect = target instanceof HTMLSelectElement;
      let isInput = target instanceof HTMLInputElement;
      if (!isSelect && !isInput) return;
      if (isInput) {
        let type = target.type;
        /* Text fields change on blur or Enter; Enter submits anyway. */
        if (target.id === 'q' || type === 'search' || type === 'text' || type === 'submit' ||
            type === 'button' || type === 'hidden') {
          return;
        }
        if (type === 'date') {
          /* While a year is typed the field passes through 0002-…, 0020-…, 0202-…: wait for
             a plausible date and a pause in typing. */
          cancelDateTimer();
          if (target.value !== '' && !/^[1-9]\d{3}-\d{2}-\d{2}$/.test(target.value)) return;
          dateTimer = window.setTimeout(function () {
            dateTimer = 0;
            navigate(urlFromForm(), { push: true });
          }, DATE_DELAY_MS);
          return;
        }
      }
      navigate(urlFromForm(), { push: true });
    });

    document.addEventListener('click', function (event) {
      if (event.defaultPrevented || !isPlainLeftClick(event)) return;
      if (!(event.target instanceof Element)) return;
      let link = event.target.closest('a[href]');
      if (!link) return;
      let results = document.getElementById('results');
      if (!results || !results.contains(link)) return;
      if (link.hasAttribute('download')) return;
      let target = link.getAttribute('target');
      if (target && target !== '_self') return;
      let url = new URL(link.href, location.href);
      if (!isSearchPageUrl(url)) return;
      event.preventDefault();
      url.hash = '';
      navigate(url.href, { push: true, focusHeading: true });
    });

    window.addEventListener('popstate', function () {
      let key = pageKey(location.href);
      if (key === shownKey) return; /* only the fragment changed (skip link …) */
      if (location.pathname !== '/') {
        location.reload();
        return;
      }
      navigate(location.href, { push: false, focusHeading: false, fromPopstate: true });
    });
  }

  onReady(function () {
    initSearchPage();
  });
})();
