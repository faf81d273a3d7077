// storyline report: two small helpers, both optional (the report reads fine without script).
(function () {
  "use strict";

  // index.html: a filter box that hides storylines and events not containing every word typed.
  var box = document.getElementById("filter");
  if (box) {
    var words = new WeakMap();
    var textOf = function (element) {
      if (!words.has(element)) words.set(element, element.textContent.toLowerCase());
      return words.get(element);
    };
    var matches = function (element, terms) {
      var text = textOf(element);
      return terms.every(function (term) { return text.indexOf(term) >= 0; });
    };
    box.parentNode.parentNode.hidden = false;
    box.addEventListener("input", function () {
      var terms = box.value.toLowerCase().split(/\s+/).filter(Boolean);
      document.querySelectorAll("section[data-filter]").forEach(function (section) {
        var events = Array.prototype.slice.call(section.querySelectorAll("article.event"));
        var hits = events.filter(function (e) { return matches(e, terms); });
        section.hidden = !matches(section, terms);
        // Show only the matching events, or all of them when the match is the storyline's own.
        events.forEach(function (e) { e.hidden = hits.length > 0 && hits.indexOf(e) < 0; });
      });
    });
  }

  // Article pages: a cited span cut in two (it crosses another) has its id on the first part
  // only, so :target lights that part; this lights every part.
  var highlight = function () {
    document.querySelectorAll(".text .hit").forEach(function (e) { e.classList.remove("hit"); });
    var name = decodeURIComponent(location.hash.slice(1));
    if (!name) return;
    document.querySelectorAll(".text [data-span]").forEach(function (e) {
      if (e.getAttribute("data-span") === name) e.classList.add("hit");
    });
  };
  window.addEventListener("hashchange", highlight);
  highlight();
})();
