/*
 * Pathwise cmi5 player page (launchMethod AnyWindow): the AU runs in the frame with its cmi5 launch URL and talks to
 * the LRS itself; this page only shows what the LMS knows (polled from the tool, which reads the LRS).
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

  function poll() {
    fetch(config.statusUrl, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (view) {
        if (view) {
          byId('pw-status').textContent = describe(view);
        }
      })
      .catch(function () { /* shown again at the next poll */ });
  }

  byId('pw-title').textContent = config.auTitle + ' — ' + config.packageTitle;
  byId('pw-au').src = config.launchUrl;
  poll();
  setInterval(poll, 5000);
})();
