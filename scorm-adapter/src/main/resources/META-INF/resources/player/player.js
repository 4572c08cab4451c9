/*
 * Pathwise player page: hosts a SCO in an iframe with the SCORM run-time API of scorm-again in this window
 * (window.API for SCORM 1.2, window.API_1484_11 for SCORM 2004), seeded by the server, committing to the tool.
 * Commits are synchronous XHR; the final one (LMSFinish/Terminate) is a sendBeacon (text/plain) so that it survives
 * the page closing. If the page closes while the SCO is still running, the page finishes it itself.
 */
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('pathwise-config').textContent);
  var is12 = config.standard === 'SCORM_12';
  var api = null;
  var initialized = false;
  var finished = false;

  function byId(id) {
    return document.getElementById(id);
  }

  function runtimeSettings() {
    return {
      lmsCommitUrl: config.commitUrl,
      dataCommitFormat: 'flattened',
      autocommit: true,
      autocommitSeconds: 10,
      includeCommitSequence: true,
      terminateCommitPayloadField: 'terminate',
      xhrResponseHandler: commitAnswered,
      requestHandler: withSharedData,
      logLevel: 4
    };
  }

  /*
   * scorm-again's reading of a commit answer ({"result": true, "errorCode": 0}), plus the sequencer's verdict on
   * continue/previous that a sequenced package's commit carries: the SCO may have just satisfied what Next waits for.
   */
  function commitAnswered(xhr) {
    if (!xhr || xhr.status < 200 || xhr.status > 299) {
      return { result: 'false', errorCode: 101 };
    }
    var body = null;
    try {
      body = JSON.parse(xhr.responseText);
    } catch (e) { /* not JSON: taken as success, as scorm-again does */ }
    if (body && body.navigation && config.sequencingUrl) {
      updateFlow(body.navigation);
    }
    if (!body || !Object.prototype.hasOwnProperty.call(body, 'result')) {
      return { result: 'true', errorCode: 0 };
    }
    return {
      result: body.result,
      errorCode: typeof body.errorCode === 'number' ? body.errorCode : (body.result === true || body.result === 'true' ? 0 : 101)
    };
  }

  /* SCORM 2004 4th Edition shared data: the stores this SCO may write go with every commit (the server checks the map). */
  function withSharedData(commit) {
    if (config.sharedData && api && api.adl && typeof api.adl.captureWritableSharedDataSnapshot === 'function') {
      commit.sharedData = api.adl.captureWritableSharedDataSnapshot();
    }
    if (commit && commit.terminate === true) {
      finalCommit = JSON.stringify(commit);
    }
    return commit;
  }

  function updateFlow(navigation) {
    config.nextUrl = navigation.continueValid ? config.sequencingUrl.replace('{request}', 'continue') : null;
    config.previousUrl = navigation.previousValid ? config.sequencingUrl.replace('{request}', 'previous') : null;
    byId('pw-next').disabled = !config.nextUrl;
    byId('pw-previous').disabled = !config.previousUrl;
  }

  function reportInitialize() {
    var request = new XMLHttpRequest();
    request.open('POST', config.initializeUrl, true);
    request.setRequestHeader('Content-Type', 'text/plain;charset=UTF-8');
    request.send('');
  }

  /*
   * A navigation the SCO asked for when it terminated (adl.nav.request) must not overtake its final commit, which went
   * as a beacon: the same commit is sent again synchronously first (the server applies a commit sequence once).
   */
  var finalCommit = null;

  function go(url) {
    if (!url) {
      return;
    }
    if (finalCommit) {
      try {
        var request = new XMLHttpRequest();
        request.open('POST', config.commitUrl, false);
        request.setRequestHeader('Content-Type', 'application/json;charset=UTF-8');
        request.send(finalCommit);
      } catch (e) { /* the beacon may still arrive; navigate anyway */ }
      finalCommit = null;
    }
    if (window.PathwiseSession) {
      window.PathwiseSession.navigate(url); // no cookie: the next page gets a one-time launch handle
    } else {
      window.location.assign(url);
    }
  }

  function tocEntryFor(itemId) {
    for (var i = 0; i < config.toc.length; i++) {
      if (config.toc[i].itemId === itemId) {
        return config.toc[i];
      }
    }
    return null;
  }

  function showDone(text) {
    byId('pw-done-text').textContent = text;
    byId('pw-done').hidden = false;
  }

  function createApi() {
    api = is12 ? new window.Scorm12API(runtimeSettings()) : new window.Scorm2004API(runtimeSettings());
    api.loadFromFlattenedJSON(config.seed);
    if (!is12 && config.sharedData && api.adl && typeof api.adl.configureSharedDataMaps === 'function') {
      api.adl.restoreSharedDataSnapshot(config.sharedData.stores || {});
      api.adl.configureSharedDataMaps(config.sharedData.maps);
    }
    api.on(is12 ? 'LMSInitialize' : 'Initialize', function () {
      initialized = true;
      reportInitialize();
    });
    api.on(is12 ? 'LMSFinish' : 'Terminate', function () {
      finished = true;
    });
    api.on('SequenceNext', function () { go(config.nextUrl); });
    api.on('SequencePrevious', function () { go(config.previousUrl); });
    api.on('SequenceChoice', function (target) { // scorm-again passes Sequence* listeners the target only
      var entry = tocEntryFor(target);
      if (entry) {
        go(entry.url);
      }
    });
    api.on('SequenceJump', function (target) {
      if (config.sequencingUrl) {
        var url = config.sequencingUrl.replace('{request}', 'jump');
        go(url + (url.indexOf('?') < 0 ? '?' : '&') + 'target=' + encodeURIComponent(target));
      } else {
        var entry = tocEntryFor(target);
        if (entry) {
          go(entry.url);
        }
      }
    });
    ['SequenceExit', 'SequenceExitAll', 'SequenceAbandon', 'SequenceAbandonAll'].forEach(function (event) {
      api.on(event, function () { showDone('You have left this activity. Your progress is saved.'); });
    });
    if (is12) {
      window.API = api;
    } else {
      window.API_1484_11 = api;
    }
  }

  function finishIfRunning() {
    if (api && initialized && !finished) {
      finished = true;
      if (is12) {
        api.LMSFinish('');
      } else {
        api.Terminate('');
      }
    }
  }

  function renderNavigation() {
    byId('pw-title').textContent = config.toc.length > 1
      ? config.packageTitle + ' — ' + config.unitTitle
      : config.packageTitle;
    var previous = byId('pw-previous');
    var next = byId('pw-next');
    previous.disabled = !config.previousUrl;
    next.disabled = !config.nextUrl;
    previous.addEventListener('click', function () { go(config.previousUrl); });
    next.addEventListener('click', function () { go(config.nextUrl); });
    // SCORM 2004 hideLMSUI: the item asks the LMS not to offer these controls (the SCO provides its own)
    var hide = config.hideLmsUi || [];
    previous.hidden = hide.indexOf('previous') >= 0;
    next.hidden = hide.indexOf('continue') >= 0;
    if (previous.hidden && next.hidden) {
      previous.parentElement.hidden = true;
    }
    if (config.toc.length < 2) {
      byId('pw-toc-toggle').hidden = true;
      previous.parentElement.hidden = true;
      return;
    }
    renderToc();
  }

  function renderToc() {
    var list = byId('pw-toc-list');
    config.toc.forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement((config.navigation.choice && entry.url) || entry.current ? 'a' : 'span');
      link.textContent = entry.title;
      if (link.tagName === 'A') {
        link.href = entry.url;
      }
      if (entry.current) {
        link.setAttribute('aria-current', 'page');
      }
      var mark = document.createElement('span');
      mark.className = 'pw-mark';
      mark.textContent = entry.success === 'PASSED' ? 'passed'
        : entry.completion === 'COMPLETED' ? 'done' : '';
      link.appendChild(mark);
      item.appendChild(link);
      list.appendChild(item);
    });
    var toggle = byId('pw-toc-toggle');
    toggle.addEventListener('click', function () {
      var toc = byId('pw-toc');
      toc.hidden = !toc.hidden;
      toggle.setAttribute('aria-expanded', String(!toc.hidden));
    });
    byId('pw-toc').hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    byId('pw-status').textContent = config.packageCompletion === 'COMPLETED' ? 'Course completed' : '';
  }

  /*
   * A SCORM asset does not have to talk to the LMS: once delivered it counts as completed (the LMS sets it, as SCORM
   * 2004's end-attempt process and Moodle's own player do). The API is offered to assets too, so an asset that does
   * call it is recorded like a SCO; one that has not initialized it by the time its page has loaded is initialized,
   * marked completed and finished here. Before this, a pathway step that is
   * an asset could never be completed (seen on Moodle 4.1 with the Golf "one file per SCO" package).
   */
  function deliverAsset() {
    if (config.tracked || initialized || finished) {
      return;
    }
    if (is12) {
      api.LMSInitialize('');
      api.LMSSetValue('cmi.core.lesson_status', 'completed');
      api.LMSFinish('');
    } else {
      api.Initialize('');
      api.SetValue('cmi.completion_status', 'completed');
      api.Terminate('');
    }
  }

  createApi();
  window.addEventListener('pagehide', finishIfRunning);
  renderNavigation();
  var frame = byId('pw-sco');
  if (!config.tracked) {
    frame.addEventListener('load', deliverAsset, { once: true });
  }
  frame.src = config.contentUrl;
})();
