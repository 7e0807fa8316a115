/* Referatsøg – the item page's "Kopiér link" button (see docs/PAGES.md): un-hides
 * button.copy-link and copies its data-url, saying so in .copy-status.
 * Written for a strict CSP: DOM APIs only.
 */
(function () {
  'use strict';

  function onReady(fn) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', fn, { once: true });
    } else {
      fn();
    }
  }

  /* ------------------------------------------------------------------------------------ */
  /* Item page: copy the permalink                                                         */
  /* ------------------------------------------------------------------------------------ */

  function legacyCopy(text, button) {
    let area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.setAttribute('aria-hidden', 'true');
    area.tabIndex = -1;
    area.className = 'visually-hidden';
    document.body.appendChild(area);
    let copied = false;
    try {
      area.select();
      area.setSelectionRange(0, text.length);
      copied = document.execCommand('copy');
    } catch (error) {
      copied = false;
    }
    area.remove();
    button.focus();
    return copied;
  }

  function copyText(text, button) {
    if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function' &&
        window.isSecureContext !== false) {
      return navigator.clipboard.writeText(text).then(function () {
        return true;
      }, function () {
        return legacyCopy(text, button);
      });
    }
    return Promise.resolve(legacyCopy(text, button));
  }

  function initCopyLink() {
    let buttons = document.querySelectorAll('button.copy-link');
    Array.prototype.forEach.call(buttons, function (button) {
      let url = button.getAttribute('data-url');
      if (!url) return;
      let status = button.parentElement ? button.parentElement.querySelector('.copy-status') : null;
      if (!status) {
        status = document.createElement('span');
        status.className = 'copy-status';
        status.setAttribute('role', 'status');
        status.setAttribute('aria-live', 'polite');
        button.after(status);
      }
      let clearTimer = 0;
      function say(text) {
        if (clearTimer) window.clearTimeout(clearTimer);
        status.textContent = '';
        window.setTimeout(function () {
          status.textContent = text;
          clearTimer = window.setTimeout(function () {
            status.textContent = '';
          }, 8000);
        }, 60);
      }
      button.hidden = false;
      button.addEventListener('click', function () {
        copyText(button.dataset.url || url, button).then(function (copied) {
          say(copied ? 'Link kopieret' : 'Kopiér linket fra adresselinjen');
        });
      });
    });
  }

  onReady(initCopyLink);
})();
