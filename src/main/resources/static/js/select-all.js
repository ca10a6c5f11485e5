// A "select all" box (data-select-all="name", hidden without JavaScript) ticks or clears every enabled
// box of that name that belongs to its form (inside it, or tied to it by a form attribute); it shows as
// mixed when only some are ticked. Rows can always be ticked one by one without it.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('input[type=checkbox][data-select-all]').forEach(function (all) {
    var form = all.form;
    var name = all.getAttribute('data-select-all');
    if (!form) {
      return;
    }
    function boxes() {
      return Array.prototype.filter.call(form.elements, function (box) {
        return box !== all && box.type === 'checkbox' && box.name === name && !box.disabled;
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
    document.addEventListener('change', function (event) {
      if (event.target !== all && event.target.form === form && event.target.name === name) {
        reflect();
      }
    });
    reflect();
  });
});
