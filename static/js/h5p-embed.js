/* Lets each H5P frame in a lesson take the height of its activity, so nothing scrolls
 * inside a frame. Only messages from this site's own player frames are heeded. */
(function () {
  "use strict";

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== window.location.origin || !data || data.type !== "h5p-player:height") {
      return;
    }
    document.querySelectorAll("iframe[data-h5p-frame]").forEach(function (frame) {
      if (frame.contentWindow === event.source) {
        var height = Math.max(200, Math.min(Number(data.height) || 0, 5000));
        frame.style.height = height + "px";
      }
    });
  });
})();
