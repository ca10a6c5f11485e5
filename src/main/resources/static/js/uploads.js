// A file over the upload limit is refused on its form, before the browser sends it (the server
// would answer 413 on an error page): each file input with data-max-bytes gets the message of
// data-too-large under it, marked invalid, and the form is not sent until a smaller file is chosen.
(function () {
  'use strict';
  function errorOf(input) {
    return document.getElementById(input.id + '-size-error');
  }
  function clear(input) {
    var error = errorOf(input);
    if (error) {
      error.remove();
      input.classList.remove('is-invalid');
      input.removeAttribute('aria-invalid');
      var described = (input.getAttribute('aria-describedby') || '').split(' ')
        .filter(function (id) { return id && id !== input.id + '-size-error'; }).join(' ');
      if (described) { input.setAttribute('aria-describedby', described); } else { input.removeAttribute('aria-describedby'); }
    }
  }
  function tooLarge(input) {
    var max = Number(input.getAttribute('data-max-bytes'));
    return max > 0 && Array.prototype.some.call(input.files || [], function (file) { return file.size > max; });
  }
  function refuse(input) {
    clear(input);
    var error = document.createElement('div');
    error.id = input.id + '-size-error';
    error.className = 'invalid-feedback d-block';
    error.setAttribute('role', 'alert');
    error.textContent = input.getAttribute('data-too-large');
    input.insertAdjacentElement('afterend', error);
    input.classList.add('is-invalid');
    input.setAttribute('aria-invalid', 'true');
    var described = input.getAttribute('aria-describedby');
    input.setAttribute('aria-describedby', (described ? described + ' ' : '') + error.id);
  }
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.matches && input.matches('input[type=file][data-max-bytes]')) {
      if (tooLarge(input)) { refuse(input); } else { clear(input); }
    }
  });
  document.addEventListener('submit', function (event) {
    var inputs = event.target.querySelectorAll('input[type=file][data-max-bytes]');
    var first = null;
    inputs.forEach(function (input) {
      if (tooLarge(input)) { refuse(input); first = first || input; }
    });
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
})();
