/*
 * Pathwise pages without the tool's cookie (an LMS iframe that blocks third-party cookies, or a window opened from
 * one). The server puts the session in <meta name="pw-session"> of a page that came with a one-time launch handle
 * (?s=) or the X-Pathwise-Session header; this script, first in the head:
 * - takes ?s= out of the address bar (history.replaceState): the spent handle is of no use and must not be shared;
 * - keeps the session in memory, in this history entry's state and in sessionStorage when the browser allows it
 *   (it may not in a third-party frame: every storage access is in a try/catch);
 * - sends X-Pathwise-Session on the page's same-origin fetch and XMLHttpRequest calls;
 * - opens same-origin links and submits same-origin forms with a fresh one-time handle
 *   (POST /api/session/handles); window.PathwiseSession.navigate(url) does the same for scripts;
 * - on the "launch Pathwise again" page (a refresh or the back button lost the handle) opens the same address again
 *   with a handle of the session this tab still holds, if any.
 * The session id never goes into an address.
 */
(function () {
  'use strict';
  var KEY = 'pw-session';
  var meta = document.querySelector('meta[name="pw-session"]');
  var missing = !!(meta && meta.hasAttribute('data-missing'));
  var session = meta && meta.getAttribute('content') ? meta.getAttribute('content') : null;

  function withoutHandle(href) {
    var url = new URL(href, window.location.href);
    url.searchParams.delete('s');
    return url.pathname + (url.searchParams.toString() ? '?' + url.searchParams.toString() : '') + url.hash;
  }

  var hadHandle = new URL(window.location.href).searchParams.has('s');

  function remembered() {
    var fromHistory = history.state && history.state.pwSession;
    if (fromHistory) { return fromHistory; }
    try { return window.sessionStorage.getItem(KEY); } catch (e) { return null; }
  }

  function remember(id) {
    var state = Object.assign({}, history.state || {});
    if (id) { state.pwSession = id; } else { delete state.pwSession; }
    try { history.replaceState(state, '', withoutHandle(window.location.href)); } catch (e) { /* keep the address */ }
    try {
      if (id) { window.sessionStorage.setItem(KEY, id); } else { window.sessionStorage.removeItem(KEY); }
    } catch (e) { /* storage blocked in this frame */ }
  }

  function sameOrigin(href) {
    try { return new URL(href, window.location.href).origin === window.location.origin; } catch (e) { return false; }
  }

  if (session) {
    remember(session);
  } else if (hadHandle) {
    try { history.replaceState(history.state, '', withoutHandle(window.location.href)); } catch (e) { /* ignore */ }
  }

  /* A fresh one-time handle of the session (a promise). */
  function handle(id) {
    return window.fetch('/api/session/handles', {
      method: 'POST',
      headers: { 'X-Pathwise-Session': id || session, 'Accept': 'application/json' },
      credentials: 'same-origin',
      cache: 'no-store'
    }).then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    }).then(function (body) { return body.handle; });
  }

  function addHandle(href, h) {
    var url = new URL(href, window.location.href);
    url.searchParams.set('s', h);
    return url.pathname + url.search + url.hash;
  }

  /* Opens a tool address with a fresh handle (in the named target, or this window; replace: no new history entry). */
  function navigate(href, target, replace) {
    if (!session || !sameOrigin(href)) {
      if (target && target !== '_self') { window.open(href, target); } else if (replace) { window.location.replace(href); } else { window.location.assign(href); }
      return Promise.resolve();
    }
    return handle().then(function (h) {
      var url = addHandle(href, h);
      if (target && target !== '_self') {
        window.open(url, target);
      } else if (replace) {
        window.location.replace(url);
      } else {
        window.location.assign(url);
      }
    }, function () {
      // the session has ended: the page without a handle says so
      if (replace) { window.location.replace(href); } else { window.location.assign(href); }
    });
  }

  window.PathwiseSession = {
    id: function () { return session; },
    navigate: navigate,
    reload: function () { return navigate(withoutHandle(window.location.href), null, true); }
  };

  if (missing && !hadHandle) {
    // a refresh or the back button: the address has no handle and the browser no cookie
    var known = remembered();
    if (known) {
      handle(known).then(function (h) {
        window.location.replace(addHandle(window.location.href, h));
      }, function () { remember(null); });
    }
    return;
  }
  if (!session) {
    return;
  }

  // the session on the page's own calls
  var nativeFetch = window.fetch;
  window.fetch = function (input, init) {
    var url = typeof input === 'string' ? input : (input && input.url) || String(input);
    if (sameOrigin(url)) {
      init = Object.assign({}, init || {});
      var headers = new Headers(init.headers || (typeof input !== 'string' && input && input.headers) || {});
      if (!headers.has('X-Pathwise-Session')) { headers.set('X-Pathwise-Session', session); }
      init.headers = headers;
    }
    return nativeFetch.call(window, input, init);
  };
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var setHeader = XMLHttpRequest.prototype.setRequestHeader;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.pwSameOrigin = sameOrigin(url);
    this.pwNamed = false;
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.setRequestHeader = function (name) {
    if (String(name).toLowerCase() === 'x-pathwise-session') { this.pwNamed = true; }
    return setHeader.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.pwSameOrigin && !this.pwNamed) { setHeader.call(this, 'X-Pathwise-Session', session); }
    return send.apply(this, arguments);
  };

  // links and forms of the tool: the next page gets a fresh handle
  document.addEventListener('click', function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) { return; }
    var link = e.target && e.target.closest ? e.target.closest('a[href]') : null;
    if (!link || link.hasAttribute('download')) { return; }
    var href = link.getAttribute('href');
    if (!href || href.charAt(0) === '#' || !sameOrigin(link.href)) { return; }
    var url = new URL(link.href);
    if (url.pathname.indexOf('/assets/') === 0 || url.pathname.indexOf('/player/') === 0) { return; }
    e.preventDefault();
    navigate(link.href, link.getAttribute('target'));
  });

  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (e.defaultPrevented || !form || form.tagName !== 'FORM') { return; }
    var action = form.getAttribute('action') ? form.action : withoutHandle(window.location.href);
    if (!sameOrigin(action)) { return; }
    e.preventDefault();
    var submitter = e.submitter;
    handle().then(function (h) {
      if (submitter && submitter.name) {
        var pressed = document.createElement('input');
        pressed.type = 'hidden';
        pressed.name = submitter.name;
        pressed.value = submitter.value;
        form.appendChild(pressed);
      }
      if ((form.getAttribute('method') || 'get').toLowerCase() === 'get') {
        var field = form.querySelector('input[type=hidden][name=s]');
        if (!field) {
          field = document.createElement('input');
          field.type = 'hidden';
          field.name = 's';
          form.appendChild(field);
        }
        field.value = h;
        form.action = withoutHandle(action);
      } else {
        form.action = addHandle(action, h);
      }
      HTMLFormElement.prototype.submit.call(form);
    }, function () {
      HTMLFormElement.prototype.submit.call(form);
    });
  });
})();
