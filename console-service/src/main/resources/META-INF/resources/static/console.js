// Live figures without a framework: every element with data-live="<url>" is replaced, every data-every
// milliseconds, by the HTML fragment that URL answers (the operator session cookie goes along). When the session
// has ended (the answer is the login form) the page reloads, so that the browser lands on the login form.
document.querySelectorAll('[data-live]').forEach(function (element) {
  var every = Number(element.getAttribute('data-every')) || 5000;
  setInterval(function () {
    fetch(element.getAttribute('data-live'), { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (answer) {
        if (answer.redirected) {
          window.location.reload();
          return null;
        }
        if (!answer.ok) {
          element.setAttribute('data-stale', String(answer.status));
          return null;
        }
        return answer.text();
      })
      .then(function (html) {
        if (html !== null) {
          element.innerHTML = html;
          element.removeAttribute('data-stale');
        }
      })
      .catch(function () {
        element.setAttribute('data-stale', 'unreachable');
      });
  }, every);
});
