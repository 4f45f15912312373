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

// The header's unread badge follows the inbox live (Server-Sent Events on the page session): each notice, and each
// (re)connection, has the badge show the inbox's unread count again, so a notice counted when the page was rendered is
// not counted twice. An order's page also shows, in a banner, each notice about that order as it comes.
(function () {
  function banner(notices, n) {
    var p = document.createElement('p');
    p.className = 'notice live-notice';
    p.dataset.type = n.type;
    var title = document.createElement('strong');
    title.textContent = n.title;
    var body = document.createElement('span');
    body.textContent = ' ' + n.body;
    p.appendChild(title);
    p.appendChild(body);
    notices.insertBefore(p, notices.firstChild);
  }
  document.addEventListener('DOMContentLoaded', function () {
    var inbox = document.getElementById('nav-inbox'), badge = document.getElementById('unread-badge');
    if (!inbox || !badge || !inbox.dataset.stream || !window.EventSource || !window.fetch) { return; }
    function recount() {
      fetch(inbox.dataset.unread, { headers: { 'X-Requested-With': 'XMLHttpRequest' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : ''; })
        .then(function (text) {
          var count = parseInt(text, 10);
          if (isNaN(count)) { return; }
          badge.textContent = String(count);
          badge.classList.toggle('zero', count === 0);
        })
        .catch(function () { /* the next notice tries again */ });
    }
    var stream = new EventSource(inbox.dataset.stream);
    stream.onopen = function () { inbox.dataset.live = 'open'; recount(); };
    stream.onmessage = function (event) {
      var n;
      try { n = JSON.parse(event.data); } catch (notJson) { return; }
      recount();
      var order = document.querySelector('main[data-order-id]'), notices = document.getElementById('live-notices');
      if (order && notices && order.dataset.orderId === n.orderId) { banner(notices, n); }
    };
    window.addEventListener('pagehide', function () { stream.close(); });
  });
})();

// A merchant's flash sales: the sold and available units follow the sale live, asked for every two seconds while
// the page is visible.
(function () {
  document.addEventListener('DOMContentLoaded', function () {
    var page = document.getElementById('flash-sales-page');
    if (!page || !page.dataset.figures || !window.fetch) { return; }
    function refresh() {
      if (document.hidden) { return; }
      fetch(page.dataset.figures, { headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' },
        credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (figures) {
          figures.forEach(function (f) {
            var sale = document.querySelector('.flash-sale[data-sale-id="' + f.flashSaleId + '"]');
            if (!sale) { return; }
            sale.querySelector('.sold').textContent = String(f.sold);
            sale.querySelector('.available').textContent = String(f.available);
            sale.querySelector('.stock').textContent = String(f.stock);
            sale.querySelector('.meter-sold').style.width = (f.stock > 0 ? Math.floor(f.sold * 100 / f.stock) : 0) + '%';
            if (sale.dataset.state !== f.state) {
              sale.dataset.state = f.state;
              var label = page.dataset['state' + f.state.charAt(0) + f.state.slice(1).toLowerCase()];
              if (label) { sale.querySelector('.state').textContent = label; }
            }
          });
        })
        .catch(function () { /* the next round tries again */ });
    }
    setInterval(refresh, 2000);
  });
})();
