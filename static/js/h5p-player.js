/* Runs an H5P activity with the h5p-standalone player and reports to the portal.
 *
 * - Statements that carry a result are posted to the portal's xAPI endpoint, with the
 *   session's CSRF token. Ones that fail to leave (network down, server error, signed
 *   out) are kept and sent again with the next one or when the network is back; ones the
 *   portal refuses are not retried.
 * - The player saves where the learner stopped through the state endpoint; H5P's own
 *   requests get the CSRF token from h5p-frame.js, loaded where H5P runs.
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
  // Counted on the player element, for whoever needs to know a request is over (tests).
  var answered = 0;
  var playerScope = null; // the window H5P runs in: this page, or the frame it adds

  function show(id) {
    document.getElementById(id).hidden = false;
    reportHeight();
  }

  function newId() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var bytes = window.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant 10
    var hex = Array.prototype.map.call(bytes, function (b) {
      return (b + 0x100).toString(16).slice(1);
    }).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20),
      hex.slice(20)].join("-");
  }

  // Statements leave one at a time, in order: one the portal refuses never takes others
  // down with it, and each has its own id, so sending one again never counts it twice.
  function flush() {
    if (sending || !pending.length) {
      return;
    }
    sending = true;
    var statement = pending[0];
    fetch(statementsUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        "X-CSRFToken": csrfToken,
        "X-Experience-API-Version": "1.0.3"
      },
      body: JSON.stringify(statement)
    })
      .then(function (response) {
        if (response.status === 401 || response.status === 403) {
          // Signed out, or signed in again elsewhere: kept until the page is reloaded.
          document.getElementById("h5p-player-unsent").hidden = true;
          show("h5p-player-signed-out");
          return false;
        }
        if (response.status >= 500) {
          throw new Error("server error " + response.status);
        }
        // Recorded, or refused for good (it would be refused again): done with it.
        pending.shift();
        answered += 1;
        mount.setAttribute("data-statements-sent", String(answered));
        document.getElementById("h5p-player-unsent").hidden = true;
        document.dispatchEvent(new CustomEvent("h5p-player:recorded", { detail: response.status }));
        return true;
      })
      .catch(function () {
        show("h5p-player-unsent");
        return false;
      })
      .then(function (goOn) {
        sending = false;
        if (goOn) {
          flush();
        }
      });
  }

  function onStatement(event) {
    var statement = event.data && event.data.statement;
    if (statement && statement.verb && RECORDED_VERB.test(statement.verb.id)) {
      statement.id = statement.id || newId();
      pending.push(statement);
      flush();
      saveState();
    }
  }

  // H5P saves where the learner is every few seconds; an answer is worth saving at once,
  // in case the page is left before the next save.
  function saveState() {
    var h5p = playerScope && playerScope.H5P;
    (h5p && h5p.instances || []).forEach(function (instance) {
      if (instance.getCurrentState && instance.contentId !== undefined) {
        h5p.setUserData(instance.contentId, "state", instance.getCurrentState(), {
          deleteOnChange: true
        });
      }
    });
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
      // H5P writes that frame's document without a title or a language.
      var innerDocument = inner.contentDocument;
      if (innerDocument) {
        innerDocument.title = innerDocument.title || document.title;
        innerDocument.documentElement.setAttribute("lang", mount.getAttribute("lang"));
      }
    }
    playerScope = window.H5P && window.H5P.instances && window.H5P.instances.length
      ? window
      : inner && inner.contentWindow;
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
