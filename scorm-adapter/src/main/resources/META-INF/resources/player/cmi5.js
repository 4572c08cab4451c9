/*
 * Pathwise cmi5 player page (launchMethod AnyWindow): the AU runs in the frame with its cmi5 launch URL and talks to
 * the LRS itself; this page only shows what the LMS knows (polled from the tool, which reads the LRS).
 * The learner lands on the session's return page (this page's window goes there, with a one-time launch handle when
 * the browser keeps no cookie of the tool: assets/session.js) when the
 * AU navigates its frame to the returnURL of LMS.LaunchData, when the LMS has abandoned the session (the AU was opened
 * again elsewhere), or when the AU terminated and stayed put for a whole poll interval.
 */
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('pathwise-config').textContent);

  function byId(id) {
    return document.getElementById(id);
  }

  function describe(view) {
    var au = view.aus.filter(function (a) { return a.activityId === config.activityId; })[0];
    var parts = [];
    if (au) {
      if (au.passed) { parts.push('passed'); }
      if (au.failed && !au.passed) { parts.push('failed'); }
      if (au.completed) { parts.push('completed'); }
      if (au.waived) { parts.push('waived'); }
      parts.push(au.moveOnMet ? 'requirement met' : 'requirement: ' + au.moveOn);
    }
    if (view.courseSatisfied) { parts.push('course satisfied'); }
    return parts.join(' · ');
  }

  var returnPath = config.returnPage.split('?')[0];
  var leaving = false;
  var terminatedPolls = 0;

  function leave() {
    if (!leaving) {
      leaving = true;
      if (window.PathwiseSession) {
        window.PathwiseSession.navigate(config.returnPage, null, true);
      } else {
        window.location.replace(config.returnPage);
      }
    }
  }

  function outcome(view) {
    var session = (view.sessions || []).filter(function (s) { return s.sessionId === config.sessionId; })[0];
    return session ? session.outcome : null;
  }

  function poll() {
    fetch(config.statusUrl, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (view) {
        if (!view) {
          return;
        }
        byId('pw-status').textContent = describe(view);
        var ended = outcome(view);
        if (ended === 'ABANDONED') {
          leave();
        } else if (ended === 'TERMINATED' && ++terminatedPolls >= 2) {
          leave();
        }
      })
      .catch(function () { /* shown again at the next poll */ });
  }

  var frame = byId('pw-au');
  frame.addEventListener('load', function () {
    var path = null;
    try {
      path = frame.contentWindow.location.pathname;
    } catch (e) {
      return; // an AU on another origin: its own page, not the return page
    }
    if (path === returnPath) {
      leave();
    }
  });

  byId('pw-title').textContent = config.auTitle + ' — ' + config.packageTitle;
  frame.src = config.launchUrl;
  poll();
  setInterval(poll, 5000);
})();
