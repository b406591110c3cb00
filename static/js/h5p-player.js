/* Runs an H5P activity with the h5p-standalone player and reports to the portal.
 *
 * - Statements that carry a result are posted to the portal's xAPI endpoint, with the
 *   session's CSRF token. Ones that fail to leave (network down, server error) are kept
 *   and sent again with the next one; ones the portal refuses are not retried.
 * - The player saves where the learner stopped through the state endpoint; H5P's own
 *   requests get the CSRF token too.
 * - The lesson's frame follows the height of the activity.
 */
(function () {
  "use strict";

  var mount = document.getElementById("h5p-player");
  var config = JSON.parse(document.getElementById("h5p-player-config").textContent);
  var csrfToken = document.querySelector("#h5p-csrf [name=csrfmiddlewaretoken]").value;
  var statementsUrl = mount.getAttribute("data-statements-url");
  var RECORDED_VERB = /\/verbs\/(answered|completed|passed|failed|scored|attempted)$/;
  var pending = [];
  var sending = false;

  function show(id) {
    document.getElementById(id).hidden = false;
    reportHeight();
  }

  function flush() {
    if (sending || !pending.length) {
      return;
    }
    sending = true;
    var batch = pending.slice();
    fetch(statementsUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        "X-CSRFToken": csrfToken,
        "X-Experience-API-Version": "1.0.3"
      },
      body: JSON.stringify(batch)
    })
      .then(function (response) {
        if (response.status >= 500) {
          throw new Error("server error " + response.status);
        }
        // Sent, or refused for good (a 4xx would be refused again): either way, done.
        pending.splice(0, batch.length);
        document.getElementById("h5p-player-unsent").hidden = true;
        document.dispatchEvent(new CustomEvent("h5p-player:recorded", { detail: response.status }));
      })
      .catch(function () {
        show("h5p-player-unsent");
      })
      .then(function () {
        sending = false;
        if (pending.length && document.getElementById("h5p-player-unsent").hidden) {
          flush();
        }
      });
  }

  function onStatement(event) {
    var statement = event.data && event.data.statement;
    if (statement && statement.verb && RECORDED_VERB.test(statement.verb.id)) {
      pending.push(statement);
      flush();
    }
  }

  function reportHeight() {
    if (window.parent === window) {
      return;
    }
    window.parent.postMessage(
      { type: "h5p-player:height", height: document.documentElement.scrollHeight },
      window.location.origin
    );
  }

  function prepareFrame() {
    // With embedType "iframe" the player adds a frame of its own: name it too.
    var inner = mount.querySelector("iframe");
    if (inner) {
      inner.setAttribute("title", mount.getAttribute("data-frame-title"));
      inner.setAttribute("lang", mount.getAttribute("lang"));
    }
    [window, inner && inner.contentWindow].forEach(function (scope) {
      if (scope && scope.H5P && scope.H5P.jQuery) {
        scope.H5P.jQuery.ajaxSetup({ headers: { "X-CSRFToken": csrfToken } });
      }
    });
    var dispatcher = (window.H5P && window.H5P.externalDispatcher) ||
      (inner && inner.contentWindow.H5P && inner.contentWindow.H5P.externalDispatcher);
    dispatcher.on("xAPI", onStatement);
  }

  new window.H5PStandalone.H5P(mount, config)
    .then(prepareFrame)
    .then(function () {
      mount.setAttribute("data-ready", "true");
      reportHeight();
    })
    .catch(function () {
      show("h5p-player-error");
    });

  if (window.ResizeObserver) {
    new ResizeObserver(reportHeight).observe(document.body);
  }
  window.addEventListener("online", flush);
})();
