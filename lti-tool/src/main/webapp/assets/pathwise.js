/*
 * Pathwise pages: small progressive enhancements, no framework.
 * - Pathwise.fetch(): same-origin API calls carrying the page's CSRF token (meta csrf-token); without the cookie,
 *   assets/session.js adds the session header to them.
 * - Upload forms (form[data-upload]): each chosen package is sent to the import API with a progress bar for the
 *   upload, then an import bar that follows the server's steps (GET /api/content/imports/{id}, polled while the
 *   server works after the last byte, and once more at the end); the answer (or each validation error) is listed.
 * - Charts (canvas[data-chart]): drawn with Chart.js from the JSON in the script element the canvas names.
 */
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute('content') : null;

  function headers(extra) {
    var h = Object.assign({}, extra || {});
    if (csrf) { h['X-CSRF-Token'] = csrf; }
    var session = window.PathwiseSession ? window.PathwiseSession.id() : null;
    if (session) { h['X-Pathwise-Session'] = session; }
    return h;
  }

  function pwFetch(url, options) {
    options = options || {};
    options.headers = headers(options.headers);
    options.credentials = 'same-origin';
    return fetch(url, options);
  }

  function text(el, value) { el.textContent = value; return el; }
  function make(tag, cls) { var e = document.createElement(tag); if (cls) { e.className = cls; } return e; }

  function problemText(xhr, fallback) {
    try {
      var body = JSON.parse(xhr.responseText);
      return body.detail || body.message || fallback;
    } catch (e) { return fallback; }
  }

  function importId() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    return Array.prototype.map.call(b, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
  }

  /** Shows the server's last import step on the bar and in the step line; calls back with the state. */
  function showStep(id, bar, stepLine, labels, file, then) {
    pwFetch('/api/content/imports/' + encodeURIComponent(id), { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (state) {
        if (state && state.number > 0) {
          bar.max = state.of;
          bar.value = state.number;
          var label = labels[state.step] || state.step;
          var line = labels.format.replace('{0}', state.number).replace('{1}', state.of).replace('{2}', label);
          bar.setAttribute('aria-label', line + ' — ' + file.name);
          text(stepLine, line);
          stepLine.hidden = false;
          stepLine.dataset.step = state.step;
        }
        if (then) { then(state); }
      })
      .catch(function () { if (then) { then(null); } });
  }

  function upload(form, file, list) {
    var t = form.dataset;
    var labels = JSON.parse(t.steps || '{"format":"{2}"}');
    var id = importId();
    var polling = null;
    var stepLine = make('span', 'step');
    stepLine.hidden = true;
    var item = make('li');
    var name = text(make('strong'), file.name);
    var stage = text(make('span', 'stage'), ' ' + t.uploading);
    var bar = make('progress');
    bar.max = 100; bar.value = 0;
    bar.setAttribute('aria-label', t.uploading + ' ' + file.name);
    var result = make('div');
    result.setAttribute('role', 'status');
    item.append(name, stage, make('br'), bar, ' ', stepLine, result);
    list.append(item);
    return new Promise(function (resolve) {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.getAttribute('action'));
      var h = headers({ 'Content-Type': 'application/zip', 'Accept': 'application/json' });
      h['X-Pathwise-Import'] = id;
      Object.keys(h).forEach(function (k) { xhr.setRequestHeader(k, h[k]); });
      xhr.upload.onprogress = function (e) {
        if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); }
      };
      xhr.upload.onload = function () {
        bar.removeAttribute('value');
        bar.setAttribute('aria-label', t.importing + ' ' + file.name);
        text(stage, ' ' + t.importing);
        polling = setInterval(function () { showStep(id, bar, stepLine, labels, file); }, 300);
      };
      xhr.onload = function () {
        if (polling) { clearInterval(polling); }
        // the server's last step, once more: the bar ends where the import ended (the final step, or the failed one)
        showStep(id, bar, stepLine, labels, file, function (state) {
          if (!state || !state.number) { bar.remove(); }
        });
        if (xhr.status === 201 || xhr.status === 200) {
          var pkg = JSON.parse(xhr.responseText);
          text(stage, ' ' + t.done);
          text(result, (pkg.title || '') + ' — ' + (pkg.units ? pkg.units.length : 0) + ' ' + t.units);
          item.className = 'good';
          item.dataset.packageId = pkg.id;
        } else {
          text(stage, ' ' + t.failed);
          result.className = 'bad';
          result.setAttribute('role', 'alert');
          text(result, problemText(xhr, 'HTTP ' + xhr.status));
          item.className = 'bad';
        }
        resolve();
      };
      xhr.onerror = function () {
        if (polling) { clearInterval(polling); }
        bar.remove();
        text(stage, ' ' + t.failed);
        result.setAttribute('role', 'alert');
        text(result, t.network);
        resolve();
      };
      xhr.send(file);
    });
  }

  function initUploads() {
    document.querySelectorAll('form[data-upload]').forEach(function (form) {
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var input = form.querySelector('input[type=file]');
        var list = document.getElementById(form.dataset.list);
        var button = form.querySelector('button[type=submit]');
        if (!input.files.length) { return; }
        button.disabled = true;
        var files = Array.prototype.slice.call(input.files);
        files.reduce(function (p, f) { return p.then(function () { return upload(form, f, list); }); }, Promise.resolve())
          .then(function () {
            button.disabled = false;
            input.value = '';
            var done = document.getElementById(form.dataset.refresh);
            if (done) { done.hidden = false; }
          });
      });
    });
  }

  function initCharts() {
    if (typeof window.Chart === 'undefined') { return; }
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var source = document.getElementById(canvas.dataset.chart);
      if (!source) { return; }
      var config = JSON.parse(source.textContent);
      config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options || {});
      new window.Chart(canvas, config);
    });
  }

  function initForms() {
    document.querySelectorAll('form[data-json]').forEach(function (form) {
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var status = document.getElementById(form.dataset.status);
        var data = {};
        new FormData(form).forEach(function (v, k) { if (k !== '_csrf') { data[k] = v; } });
        pwFetch(form.getAttribute('action'), {
          method: form.dataset.method || 'POST',
          headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
          body: JSON.stringify(data)
        }).then(function (r) {
          return r.text().then(function (t) {
            var detail = '';
            try { detail = JSON.parse(t).detail || ''; } catch (err) { detail = ''; }
            if (status) {
              status.className = r.ok ? 'notice ok' : 'notice error';
              text(status, r.ok ? form.dataset.ok : (form.dataset.failed + ' ' + detail));
            }
            if (r.ok && form.dataset.reload) {
              if (window.PathwiseSession) { window.PathwiseSession.reload(); } else { window.location.reload(); }
            }
          });
        });
      });
    });
  }

  window.Pathwise = { fetch: pwFetch };
  document.addEventListener('DOMContentLoaded', function () {
    initUploads();
    initCharts();
    initForms();
  });
})();
