// Move focus to the error summary when a form comes back with errors, so keyboard and
// screen reader users start from the list of problems (the page works without this).
(function () {
    "use strict";
    var summary = document.querySelector(".error-summary");
    if (summary) {
        summary.focus();
    }
})();
