/* Loaded by the H5P player next to the activity's libraries, in the window where H5P
 * runs: the player page itself, or the frame H5P adds to it for some content types.
 * H5P saves the learner's place with its own requests; they need the CSRF token, and
 * the player page counts them (for whoever waits for a save to finish, such as tests). */
(function () {
  "use strict";

  function find(id) {
    return document.getElementById(id) || window.parent.document.getElementById(id);
  }

  var token = find("h5p-csrf").querySelector("[name=csrfmiddlewaretoken]").value;
  var mount = find("h5p-player");
  var saved = 0;

  H5P.jQuery.ajaxSetup({ headers: { "X-CSRFToken": token } });
  H5P.jQuery(document).on("ajaxSuccess", function (event, xhr, settings) {
    if (settings.type === "POST") {
      saved += 1;
      mount.setAttribute("data-states-saved", String(saved));
    }
  });
})();
