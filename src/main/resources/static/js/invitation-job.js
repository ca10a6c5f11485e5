// Progress of a batch of invitation letters: fetch the page again every 2 seconds and replace #job,
// until the job is no longer running. Without JavaScript the page has a "Refresh" link.
(function () {
  function refresh() {
    fetch(window.location.href, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('job');
        var current = document.getElementById('job');
        if (fresh && current) {
          current.replaceWith(fresh);
          if (fresh.getAttribute('data-running') === 'true') {
            window.setTimeout(refresh, 2000);
          }
        }
      })
      .catch(function () { window.setTimeout(refresh, 5000); });
  }
  window.setTimeout(refresh, 2000);
})();
