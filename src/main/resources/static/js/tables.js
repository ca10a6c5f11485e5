// Wide tables scroll inside their own region, not the page: every table of the main content
// that is not already in a .table-responsive gets one, focusable (so that the keyboard can scroll
// it) and named after the table's caption, or the heading before it, or a generic label.
(function () {
  'use strict';
  function label(table, main) {
    var caption = table.querySelector('caption');
    if (caption && caption.textContent.trim()) { return caption.textContent.trim(); }
    if (table.getAttribute('aria-label')) { return table.getAttribute('aria-label'); }
    var node = table;
    while (node && node !== main) {
      var previous = node.previousElementSibling;
      while (previous) {
        if (/^H[1-6]$/.test(previous.tagName)) { return previous.textContent.trim(); }
        var inner = previous.querySelector && previous.querySelector('h1, h2, h3, h4, h5, h6');
        if (inner) { return inner.textContent.trim(); }
        previous = previous.previousElementSibling;
      }
      node = node.parentElement;
    }
    return main.getAttribute('data-table-label') || 'Table';
  }
  function wrap() {
    var main = document.getElementById('main');
    if (!main) { return; }
    main.querySelectorAll('table').forEach(function (table) {
      if (table.closest('.table-responsive')) { return; }
      var region = document.createElement('div');
      region.className = 'table-responsive';
      region.tabIndex = 0;
      region.setAttribute('role', 'region');
      region.setAttribute('aria-label', label(table, main));
      table.parentNode.insertBefore(region, table);
      region.appendChild(table);
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wrap);
  } else {
    wrap();
  }
  document.addEventListener('htmx:afterSettle', wrap);
}());
