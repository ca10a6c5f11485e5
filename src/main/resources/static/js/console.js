// The chair's console: the key N (outside a text field) gives the floor to the next speaker,
// as the "Next speaker" button does. No inline script: the Content Security Policy forbids it.
document.addEventListener('keydown', function (event) {
  if (event.key !== 'n' && event.key !== 'N') {
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  var target = event.target;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
    return;
  }
  var form = document.getElementById('next-form');
  if (form) {
    event.preventDefault();
    form.requestSubmit ? form.requestSubmit() : form.submit();
  }
});
