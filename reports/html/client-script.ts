// The report's only script, inlined: filters, search, expand/collapse, and #check-id anchors. Plain ES2020 so it
// runs as is in any current browser; it never touches the network.
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var $ = function (s) { return document.querySelector(s); };
  var $$ = function (s, root) { return Array.prototype.slice.call((root || document).querySelectorAll(s)); };
  var feature = $('#f-feature'), level = $('#f-level'), search = $('#f-search'), count = $('#f-count');
  var toggles = $$('button[data-status-toggle]');
  var checks = $$('.check');
  var sections = $$('section.feature');
  var cells = $$('.map a.cell');

  function visible(c, f, l, q, on) {
    return (f === '' || c.getAttribute('data-feature') === f) &&
      (l === '' || c.getAttribute('data-level') === l) &&
      on[c.getAttribute('data-status')] === true &&
      (q === '' || c.getAttribute('data-text').indexOf(q) !== -1);
  }

  function apply() {
    var f = feature.value, l = level.value, q = search.value.trim().toLowerCase(), on = {};
    toggles.forEach(function (b) { on[b.getAttribute('data-status-toggle')] = b.getAttribute('aria-pressed') === 'true'; });
    var shown = 0, byId = {};
    checks.forEach(function (c) {
      var ok = visible(c, f, l, q, on);
      c.hidden = !ok;
      byId[c.id] = ok;
      if (ok) shown++;
    });
    sections.forEach(function (s) { s.hidden = !$$('.check', s).some(function (c) { return !c.hidden; }); });
    cells.forEach(function (a) { a.classList.toggle('filtered', byId[a.getAttribute('data-check')] !== true); });
    count.textContent = 'Showing ' + shown + ' of ' + checks.length + ' checks';
  }

  function reset() {
    feature.value = ''; level.value = ''; search.value = '';
    toggles.forEach(function (b) { b.setAttribute('aria-pressed', 'true'); });
    apply();
  }

  function openHash() {
    var id = '';
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    if (id === '') return;
    var el = document.getElementById(id);
    if (el === null || !el.classList.contains('check')) return;
    if (el.hidden) reset();
    if (el.tagName === 'DETAILS') el.open = true;
    checks.forEach(function (c) { c.classList.remove('target'); });
    el.classList.add('target');
    el.scrollIntoView({ block: 'start' });
    var focusable = el.querySelector('summary') || el;
    focusable.focus({ preventScroll: true });
  }

  feature.addEventListener('change', apply);
  level.addEventListener('change', apply);
  search.addEventListener('input', apply);
  toggles.forEach(function (b) {
    b.addEventListener('click', function () {
      b.setAttribute('aria-pressed', b.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
      apply();
    });
  });
  $('#f-reset').addEventListener('click', reset);
  $('#expand-all').addEventListener('click', function () {
    $$('details.check').forEach(function (d) { if (!d.hidden) d.open = true; });
  });
  $('#collapse-all').addEventListener('click', function () {
    $$('details.check').forEach(function (d) { d.open = false; });
  });
  document.addEventListener('keydown', function (e) {
    var tag = document.activeElement ? document.activeElement.tagName : '';
    if (e.key === '/' && tag !== 'INPUT' && tag !== 'SELECT' && tag !== 'TEXTAREA') { e.preventDefault(); search.focus(); }
  });
  window.addEventListener('hashchange', openHash);
  apply();
  openHash();
  // the browser's own fragment navigation on load takes focus back; follow it once more
  window.addEventListener('load', openHash);
})();
`;
