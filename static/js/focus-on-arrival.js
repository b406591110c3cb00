// A page opened at a result (the quiz's, after sending answers) moves focus to it, so that
// screen readers read the result at once instead of starting again from the top.
(function () {
    "use strict";
    var target = window.location.hash && document.getElementById(window.location.hash.slice(1));
    if (target && target.hasAttribute("data-focus-on-arrival")) {
        target.focus();
    }
})();
