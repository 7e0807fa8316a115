/* Referatsøg – completions while typing in the search box (see docs/PAGES.md): fills
 * <datalist id="q-suggestions"> from /api/suggest, debounced, stale answers dropped.
 * Written for a strict CSP: DOM APIs only.
 */
(function () {
  'use strict';

  const SUGGEST_DELAY_MS = 150;
  const MAX_SUGGESTIONS = 10;

  function onReady(fn) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', fn, { once: true });
    } else {
      fn();
    }
  }

  /* ------------------------------------------------------------------------------------ */
  /* Suggestions while typing                                                              */
  /* ------------------------------------------------------------------------------------ */

  function initSuggestions() {
    let input = document.getElementById('q');
    let list = document.getElementById('q-suggestions');
    if (!input || !list || typeof window.fetch !== 'function' ||
        typeof window.AbortController !== 'function') {
      return;
    }

    let timer = 0;
    let sequence = 0;
    let controller = null;
    let lastAsked = null;

    function fill(query, suggestions) {
      /* A completion of the last word keeps the words before it, so that the option still
         matches what is in the field. */
      let lower = query.toLowerCase();
      let cut = query.search(/\S+$/);
      let before = cut > 0 ? query.slice(0, cut) : '';
      let last = cut >= 0 ? query.slice(cut).toLowerCase() : lower;

      let fragment = document.createDocumentFragment();
      let seen = new Set();
      for (let i = 0; i < suggestions.length && seen.size < MAX_SUGGESTIONS; i++) {
        let item = suggestions[i];
        let text = item && typeof item.text === 'string' ? item.text.trim() : '';
        if (!text) continue;
        let value = text;
        let textLower = text.toLowerCase();
        if (before && textLower.indexOf(lower) !== 0 && textLower.indexOf(last) === 0) {
          value = before + text;
        }
        if (seen.has(value)) continue;
        seen.add(value);
        let option = document.createElement('option');
        option.value = value;
        fragment.appendChild(option);
      }
      list.replaceChildren(fragment);
    }

    function ask() {
      timer = 0;
      let query = input.value.replace(/^\s+/, '');
      if (query === lastAsked) return;
      lastAsked = query;
      let mine = ++sequence;
      if (controller) controller.abort();
      controller = null;
      if (query.trim() === '' || query.length > 200) {
        list.replaceChildren();
        return;
      }
      let own = new AbortController();
      controller = own;
      fetch('/api/suggest?' + new URLSearchParams({ q: query }).toString(), {
        headers: { 'Accept': 'application/json' },
        credentials: 'same-origin',
        signal: own.signal
      }).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (data) {
        if (mine !== sequence) return;
        controller = null;
        let suggestions = data && Array.isArray(data.suggestions) ? data.suggestions : [];
        fill(query, suggestions);
      }).catch(function () {
        if (mine === sequence) controller = null;
        /* Suggestions are a nicety: a failure leaves the list as it was. */
      });
    }

    input.addEventListener('input', function (event) {
      /* Choosing an option fires input too; the choice is final, do not ask again. */
      if (event.inputType === 'insertReplacementText') return;
      if (timer) window.clearTimeout(timer);
      timer = window.setTimeout(ask, SUGGEST_DELAY_MS);
    });
  }


  onReady(initSuggestions);
})();
