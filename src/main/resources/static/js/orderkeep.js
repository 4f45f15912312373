// Deadlines count down where the page shows them: each .countdown carries its due time (data-due, ISO-8601).
(function () {
  function tick() {
    document.querySelectorAll('.countdown[data-due]').forEach(function (el) {
      var left = Date.parse(el.dataset.due) - Date.now();
      if (isNaN(left)) { return; }
      if (left <= 0) { el.textContent = el.dataset.passed; return; }
      var s = Math.floor(left / 1000), d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600),
          m = Math.floor(s % 3600 / 60), sec = s % 60;
      var pad = function (n) { return (n < 10 ? '0' : '') + n; };
      el.textContent = el.dataset.left + ' ' + (d > 0 ? d + 'd ' : '') + pad(h) + ':' + pad(m) + ':' + pad(sec);
    });
  }
  document.addEventListener('DOMContentLoaded', function () { tick(); setInterval(tick, 1000); });
})();
