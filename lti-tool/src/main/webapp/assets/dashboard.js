/*
 * The class dashboard: reads the course's pathways and the chosen pathway's learners from the personalization API
 * and draws the summary, the mastery heat map (a table: one row per learner, one column per competency), the
 * learners at risk with their reasons, and two Chart.js charts. Texts come from the page's data attributes.
 */
(function () {
  'use strict';
  var root = document.getElementById('dashboard');
  if (!root) { return; }
  var t = root.dataset;
  var status = document.getElementById('dashboard-status');

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function pct(x) { return Math.round((x || 0) * 100) + '%'; }
  function json(url) {
    return window.Pathwise.fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) {
        return r.text().then(function (body) {
          var detail = '';
          try { detail = JSON.parse(body).detail || ''; } catch (e) { detail = 'HTTP ' + r.status; }
          throw new Error(detail || ('HTTP ' + r.status));
        });
      }
      return r.json();
    });
  }
  function detailUrl(pathway, learnerId) {
    // a plain link: without the cookie assets/session.js opens it with a one-time launch handle
    return '/instructor/learners/' + encodeURIComponent(learnerId) + '?pathway=' + encodeURIComponent(pathway);
  }

  function stats(learners) {
    var box = document.getElementById('stats');
    box.replaceChildren();
    var avg = learners.reduce(function (a, l) { return a + (l.plan.completion || 0); }, 0) / (learners.length || 1);
    var risky = learners.filter(function (l) { return l.plan.flags && l.plan.flags.length; }).length;
    [[t.learners, String(learners.length)], [t.avgCompletion, pct(avg)], [t.atRiskCount, String(risky)]]
      .forEach(function (pair) {
        var d = el('div', 'stat');
        d.append(el('span', 'value', pair[1]), el('span', 'muted', pair[0]));
        box.append(d);
      });
  }

  function competencies(learners) {
    var seen = {}; var list = [];
    learners.forEach(function (l) {
      (l.plan.mastery || []).forEach(function (m) {
        if (!seen[m.competencyId]) { seen[m.competencyId] = true; list.push({ id: m.competencyId, name: m.name || m.competencyId }); }
      });
    });
    return list;
  }

  /** This course's minutes; minutes from launches whose course was not recorded are shown apart, as such. */
  function timeCell(m) {
    var td = el('td', 'time', m ? m.minutes + ' min' : '–');
    if (m && m.unrecordedMinutes > 0) {
      td.append(' ', el('span', 'muted unrecorded', '(+' + m.unrecordedMinutes + ' min ' + t.timeUnrecorded + ')'));
    }
    return td;
  }

  function heat(pathway, learners, comps, minutes) {
    var box = document.getElementById('heat');
    box.replaceChildren();
    var table = el('table', 'heat');
    table.setAttribute('aria-labelledby', 'heat-title');
    var head = el('tr');
    head.append(el('th', null, t.learner), el('th', null, t.progress), el('th', null, t.time));
    comps.forEach(function (c) { head.append(el('th', null, c.name)); });
    head.append(el('th', null, t.next));
    head.querySelectorAll('th').forEach(function (th) { th.scope = 'col'; });
    var thead = el('thead'); thead.append(head);
    var tbody = el('tbody');
    learners.forEach(function (l) {
      var tr = el('tr');
      var th = el('th'); th.scope = 'row';
      var a = el('a', null, l.name || l.learnerId); a.href = detailUrl(pathway, l.learnerId);
      th.append(a);
      if (l.plan.flags && l.plan.flags.length) { th.append(' ', el('span', 'risk', '⚠ ' + t.flags)); }
      tr.append(th, el('td', null, pct(l.plan.completion)),
        timeCell(minutes && minutes[l.learnerId]));
      var byId = {};
      (l.plan.mastery || []).forEach(function (m) { byId[m.competencyId] = m; });
      comps.forEach(function (c) {
        var m = byId[c.id];
        var td;
        if (!m) { td = el('td', 'mnone', '–'); } else {
          td = el('td', 'm' + Math.max(0, Math.min(10, Math.round(m.mastery * 10))), pct(m.mastery));
          if (m.mastered) { td.append(' ✓'); td.append(el('span', 'visually-hidden', ' ' + t.mastered)); }
          td.title = m.evidence + ' ' + t.evidence;
        }
        tr.append(td);
      });
      tr.append(el('td', null, l.plan.complete ? t.complete : (l.plan.next ? l.plan.next.title : '')));
      tbody.append(tr);
    });
    table.append(thead, tbody);
    box.append(table);
  }

  function atRisk(pathway, learners) {
    var list = document.getElementById('at-risk');
    list.replaceChildren();
    var risky = learners.filter(function (l) { return l.plan.flags && l.plan.flags.length; });
    if (!risky.length) { list.append(el('li', 'muted', t.none)); return; }
    risky.forEach(function (l) {
      var li = el('li');
      var a = el('a', null, l.name || l.learnerId); a.href = detailUrl(pathway, l.learnerId);
      li.append(a, ': ');
      li.append(el('span', 'risk', l.plan.flags.map(function (f) { return f.sentence; }).join(' ')));
      list.append(li);
    });
  }

  var charts = [];
  function draw(learners, comps) {
    charts.forEach(function (c) { c.destroy(); });
    charts = [];
    if (typeof window.Chart === 'undefined') { return; }
    var base = { responsive: true, maintainAspectRatio: false, animation: false,
      scales: { y: { min: 0, max: 100, ticks: { callback: function (v) { return v + '%'; } } } },
      plugins: { legend: { display: false } } };
    charts.push(new window.Chart(document.getElementById('chart-progress'), {
      type: 'bar',
      data: { labels: learners.map(function (l) { return l.name || l.learnerId; }),
        datasets: [{ label: t.completion, data: learners.map(function (l) { return Math.round(100 * (l.plan.completion || 0)); }),
          backgroundColor: '#1f4fd1' }] },
      options: base }));
    var averages = comps.map(function (c) {
      var values = [];
      learners.forEach(function (l) { (l.plan.mastery || []).forEach(function (m) { if (m.competencyId === c.id) { values.push(m.mastery); } }); });
      return values.length ? Math.round(100 * values.reduce(function (a, b) { return a + b; }, 0) / values.length) : 0;
    });
    charts.push(new window.Chart(document.getElementById('chart-mastery'), {
      type: 'bar',
      data: { labels: comps.map(function (c) { return c.name; }),
        datasets: [{ label: t.competencyAverage, data: averages, backgroundColor: '#146c2e' }] },
      options: Object.assign({}, base, { indexAxis: 'y', scales: { x: { min: 0, max: 100 } } }) }));
  }

  function load(pathway) {
    status.textContent = t.loading || '';
    Promise.all([
      json('/api/pathways/' + encodeURIComponent(pathway) + '/learners'),
      json('/api/pages/pathways/' + encodeURIComponent(pathway) + '/time').catch(function () { return null; })
    ]).then(function (both) {
      var learners = both[0];
      var comps = competencies(learners);
      stats(learners);
      heat(pathway, learners, comps, both[1]);
      atRisk(pathway, learners);
      draw(learners, comps);
      status.textContent = learners.length ? '' : t.noLearners;
    }).catch(function (e) { status.textContent = t.failed + ' ' + e.message; });
  }

  json('/api/pathways').then(function (pathways) {
    var select = document.getElementById('pathway');
    if (!pathways.length) { status.textContent = t.noPathways; return; }
    pathways.forEach(function (p) {
      var o = el('option', null, p.title + (p.role ? ' (' + p.role + ')' : ''));
      o.value = p.id;
      select.append(o);
    });
    var chosen = t.pathway && pathways.some(function (p) { return p.id === t.pathway; }) ? t.pathway : pathways[0].id;
    select.value = chosen;
    load(chosen);
  }).catch(function (e) { status.textContent = t.failed + ' ' + e.message; });
})();

/*
 * A learner's plan for the instructor (learner page): next step, the rest, done and skipped steps each with the
 * sequencer's reason, mastery per competency, and the override of the next module (PUT /api/pathways/{id}/overrides).
 */
(function () {
  'use strict';
  var root = document.getElementById('learner-plan');
  if (!root) { return; }
  var t = root.dataset;
  var status = document.getElementById('plan-status');
  var box = document.getElementById('plan');
  var form = document.getElementById('override');

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function call(url, options) {
    options = options || {};
    options.headers = Object.assign({ Accept: 'application/json' }, options.headers || {});
    return window.Pathwise.fetch(url, options).then(function (r) {
      return r.text().then(function (body) {
        var data = null;
        try { data = body ? JSON.parse(body) : null; } catch (e) { data = null; }
        if (!r.ok) { throw new Error((data && data.detail) || ('HTTP ' + r.status)); }
        return data;
      });
    });
  }
  function steps(title, list, cls) {
    if (!list || !list.length) { return; }
    box.append(el('h3', null, title));
    var ol = el('ol', 'pathway');
    list.forEach(function (s) {
      var li = el('li', cls);
      li.append(el('strong', null, s.title || s.unitId));
      if (s.sentence) { li.append(el('p', 'why', s.sentence)); }
      ol.append(li);
    });
    box.append(ol);
  }
  function render(plan) {
    box.replaceChildren();
    if (plan.flags && plan.flags.length) {
      box.append(el('p', 'risk', t.flags + ' ' + plan.flags.map(function (f) { return f.sentence; }).join(' ')));
    }
    if (plan.complete) { box.append(el('p', 'good', t.complete)); }
    steps(t.next, plan.next ? [plan.next] : [], 'next');
    steps(t.remainder, plan.remainder, '');
    steps(t.done, plan.done, 'done');
    steps(t.skipped, plan.skipped, '');
    if (plan.mastery && plan.mastery.length) {
      box.append(el('h3', null, t.mastery));
      var ul = el('ul');
      plan.mastery.forEach(function (m) {
        var li = el('li', null, (m.name || m.competencyId) + ': ');
        var meter = el('meter');
        meter.min = 0; meter.max = 1; meter.value = m.mastery; meter.low = 0.4; meter.high = 0.8; meter.optimum = 1;
        meter.setAttribute('aria-label', (m.name || m.competencyId));
        li.append(meter, ' ' + Math.round(m.mastery * 100) + '% — ' + (m.mastered ? t.mastered : t.notMastered));
        ul.append(li);
      });
      box.append(ul);
    }
  }
  function overrideForm(pathway, plan, record) {
    var select = document.getElementById('override-unit');
    select.replaceChildren();
    var none = el('option', null, t.clear); none.value = ''; select.append(none);
    var all = [].concat(plan.next ? [plan.next] : [], plan.remainder || [], plan.skipped || [], plan.done || []);
    all.forEach(function (s) {
      if (!s.unitId) { return; }
      var o = el('option', null, s.title || s.unitId); o.value = s.unitId; select.append(o);
    });
    var current = ((record.overrides || {}).nextForLearner || {})[t.learner];
    select.value = current || '';
    form.hidden = false;
    form.onsubmit = function (e) {
      e.preventDefault();
      var o = record.overrides || {};
      var next = Object.assign({}, o.nextForLearner || {});
      if (select.value) { next[t.learner] = select.value; } else { delete next[t.learner]; }
      var out = document.getElementById('override-status');
      call('/api/pathways/' + encodeURIComponent(pathway) + '/overrides', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ pins: o.pins || {}, skips: o.skips || [], order: o.order || [], nextForLearner: next })
      }).then(function (saved) {
        record = saved;
        out.className = 'notice ok';
        out.textContent = t.saved;
        return load(pathway);
      }).catch(function (err) { out.className = 'notice error'; out.textContent = t.failed + ' ' + err.message; });
    };
  }
  function load(pathway) {
    return Promise.all([
      call('/api/pathways/' + encodeURIComponent(pathway) + '/learners'),
      call('/api/pathways/' + encodeURIComponent(pathway))
    ]).then(function (both) {
      var mine = both[0].filter(function (l) { return l.learnerId === t.learner; })[0];
      if (!mine) { status.textContent = t.noPlan; return; }
      status.textContent = '';
      render(mine.plan);
      overrideForm(pathway, mine.plan, both[1]);
    });
  }
  (t.pathway ? Promise.resolve(t.pathway) : call('/api/pathways').then(function (ps) { return ps.length ? ps[0].id : null; }))
    .then(function (pathway) { if (!pathway) { status.textContent = t.noPlan; return null; } return load(pathway); })
    .catch(function (e) { status.textContent = t.failed + ' ' + e.message; });
})();
