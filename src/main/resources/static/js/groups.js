// A group's progress follows the group: the page asks for it every two seconds and shows paid members and seats;
// an order's page reloads once its group settles, so the order shows its new status.
(function () {
  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('group-progress');
    if (!el || !el.dataset.progress || !window.fetch || el.dataset.following) { return; }
    el.dataset.following = 'yes';
    function poll() {
      fetch(el.dataset.progress, { headers: { 'X-Requested-With': 'XMLHttpRequest' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (p) {
          if (!p) { return; }
          document.getElementById('group-paid').textContent = String(p.paidMembers);
          document.getElementById('group-held').textContent = String(p.seatsHeld);
          document.getElementById('group-bar').value = p.paidMembers;
          if (p.status !== el.dataset.status) {
            if (el.dataset.reload === 'true' || p.status !== 'OPEN') { window.location.reload(); return; }
          }
        })
        .catch(function () { /* the next poll tries again */ });
    }
    setInterval(poll, 2000);
  });
})();
