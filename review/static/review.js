// Keyboard-first review: every action has a key (see the help, "?"). No inline script: the page's
// Content-Security-Policy allows scripts from this server only.
(function () {
  "use strict";
  var zoom = 1, turn = 0;

  function visible(el) {
    return !el.closest("[hidden]") && !el.disabled;
  }

  function pages() {
    return Array.prototype.slice.call(document.querySelectorAll("article.page"));
  }

  function current() {
    return pages().find(function (p) { return !p.hidden; });
  }

  function itemKey() {
    var item = document.querySelector(".item");
    return item ? "digitize-page-" + item.dataset.item : null;
  }

  function show(n) {
    var all = pages();
    if (!all.length) return;
    n = Math.max(0, Math.min(all.length - 1, n));
    all.forEach(function (p, i) { p.hidden = i !== n; });
    var no = document.getElementById("pageno");
    if (no) no.textContent = String(n + 1);
    var key = itemKey();
    if (key) sessionStorage.setItem(key, String(n));
    paint();
  }

  function paint() {
    var page = current();
    if (!page) return;
    var img = page.querySelector(".scan img");
    if (img) img.style.transform = "rotate(" + turn + "deg) scale(" + zoom + ")";
  }

  var actions = {
    next: function () { show(pages().indexOf(current()) + 1); },
    prev: function () { show(pages().indexOf(current()) - 1); },
    "zoom-in": function () { zoom = Math.min(4, zoom * 1.25); paint(); },
    "zoom-out": function () { zoom = Math.max(0.25, zoom / 1.25); paint(); },
    fit: function () { zoom = 1; turn = 0; paint(); },
    rotate: function () { turn = (turn + 90) % 360; paint(); },
    help: function () { var h = document.getElementById("help"); h.hidden = !h.hidden; }
  };

  function trigger(el) {
    if (el.dataset.act) { actions[el.dataset.act](); return; }
    var tag = el.tagName;
    if (tag === "SELECT" || tag === "INPUT") { el.focus(); return; }
    el.click();
  }

  document.addEventListener("click", function (e) {
    var el = e.target.closest("[data-act]");
    if (el) { e.preventDefault(); actions[el.dataset.act](); }
  });

  document.addEventListener("keydown", function (e) {
    var t = e.target;
    var typing = t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA");
    if (e.key === "Escape") {
      document.getElementById("help").hidden = true;
      if (typing) t.blur();
      return;
    }
    if (typing) {
      // Enter in a reason or type list submits its form (a select does not do it by itself).
      if (t.tagName === "SELECT" && e.key === "Enter" && t.form) {
        e.preventDefault();
        if (t.value) t.form.requestSubmit();
      }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var key = e.key === "=" ? "+" : e.key;
    var matches = Array.prototype.slice.call(document.querySelectorAll('[data-key="' + CSS.escape(key) + '"]'));
    var el = matches.filter(visible).pop();
    if (!el) return;
    e.preventDefault();
    trigger(el);
  });

  document.addEventListener("DOMContentLoaded", function () {
    var key = itemKey();
    var saved = key ? parseInt(sessionStorage.getItem(key) || "0", 10) : 0;
    if (pages().length) show(isNaN(saved) ? 0 : saved);
  });
})();
