// iWmo/iJw backoffice — a little progressive enhancement; every page works without it.
'use strict';
document.addEventListener('submit', (e) => {
  const form = e.target;
  if (!(form instanceof HTMLFormElement)) return;
  const vraag = form.getAttribute('data-bevestig');
  if (vraag && !window.confirm(vraag)) {
    e.preventDefault();
    return;
  }
  // Guard against double submission of decisions.
  const knop = form.querySelector('button[type="submit"]');
  if (knop && form.method.toLowerCase() === 'post') {
    window.setTimeout(() => knop.setAttribute('disabled', ''), 0);
  }
});
// After a decision the page opens at the prestatie (#prestatie-12): move focus there too.
window.addEventListener('DOMContentLoaded', () => {
  if (!location.hash) return;
  const doel = document.getElementById(location.hash.slice(1));
  if (doel) {
    if (!doel.hasAttribute('tabindex')) doel.setAttribute('tabindex', '-1');
    doel.focus();
  }
});
// Scroll each message view to its first highlighted line.
window.addEventListener('DOMContentLoaded', () => {
  for (const pre of document.querySelectorAll('pre.xml')) {
    const fout = pre.querySelector('.xml-fout');
    if (fout) pre.scrollTop = Math.max(fout.offsetTop - pre.clientHeight / 3, 0);
  }
});
