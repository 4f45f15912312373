// A group's progress follows the group: the page asks for it every two seconds and shows paid members and seats, and
// reloads once the group settles, so an order's page shows the order's new status. An order's page that shows its
// order waiting (GROUPING) in a group already settled reloads too: the order and the group were read a moment apart.
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
          if (p.status !== el.dataset.status || (p.status !== 'OPEN' && el.dataset.orderStatus === 'GROUPING')) {
            window.location.reload();
          }
        })
        .catch(function () { /* the next poll tries again */ });
    }
    setInterval(poll, 2000);
  });
})();
