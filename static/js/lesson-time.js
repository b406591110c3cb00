// Reports how long the lesson stayed on screen, so tutors see time spent per lesson.
// Only visible time counts; it is sent when the learner leaves or hides the page.
(function () {
    "use strict";
    var form = document.getElementById("lesson-time");
    if (!form || !navigator.sendBeacon) {
        return;
    }
    var visibleSince = document.visibilityState === "visible" ? Date.now() : null;
    var seconds = 0;

    function pause() {
        if (visibleSince !== null) {
            seconds += (Date.now() - visibleSince) / 1000;
            visibleSince = null;
        }
    }

    function send() {
        pause();
        var whole = Math.round(seconds);
        if (whole >= 1) {
            var data = new FormData(form);
            data.append("seconds", String(whole));
            navigator.sendBeacon(form.action, data);
            seconds = 0;
        }
    }

    document.addEventListener("visibilitychange", function () {
        if (document.visibilityState === "hidden") {
            send();
        } else {
            visibleSince = Date.now();
        }
    });
    window.addEventListener("pagehide", send);
})();
