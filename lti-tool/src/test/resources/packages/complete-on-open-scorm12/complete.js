// A SCO for the browser tests: on opening it reports itself completed with a session time, then finishes.
(function () {
  function findApi(win) {
    for (var i = 0; win && i < 10; i++) {
      if (win.API) { return win.API; }
      if (win.parent === win) { break; }
      win = win.parent;
    }
    return null;
  }
  window.addEventListener('load', function () {
    var api = findApi(window);
    var status = document.getElementById('status');
    if (!api) { status.textContent = 'No SCORM API found'; return; }
    api.LMSInitialize('');
    api.LMSSetValue('cmi.core.lesson_status', 'completed');
    api.LMSSetValue('cmi.core.session_time', '00:01:30');
    api.LMSCommit('');
    api.LMSFinish('');
    status.textContent = 'Completed';
  });
})();
