// A "select all" box (data-select-all="name", hidden without JavaScript) ticks or clears every enabled
// box of that name in its form; it shows as mixed when only some are ticked. Rows can always be ticked
// one by one without it.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('input[type=checkbox][data-select-all]').forEach(function (all) {
    var form = all.form;
    var name = all.getAttribute('data-select-all');
    function boxes() {
      return Array.prototype.filter.call(form.querySelectorAll('input[type=checkbox]'), function (box) {
        return box.name === name && !box.disabled;
      });
    }
    function reflect() {
      var ticked = boxes().filter(function (box) { return box.checked; }).length;
      all.checked = ticked > 0 && ticked === boxes().length;
      all.indeterminate = ticked > 0 && ticked < boxes().length;
    }
    all.hidden = boxes().length === 0;
    all.addEventListener('change', function () {
      boxes().forEach(function (box) { box.checked = all.checked; });
      all.indeterminate = false;
    });
    form.addEventListener('change', function (event) {
      if (event.target !== all && event.target.name === name) {
        reflect();
      }
    });
    reflect();
  });
});
