// filters.js: label, relationship-type and status filters, the search box, the loop list.
var NO_STATUS = '(none)';

function el(tag, attrs, children) {
  var e = document.createElement(tag);
  Object.keys(attrs || {}).forEach(function (k) {
    if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'class') { e.className = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
  });
  (children || []).forEach(function (c) { if (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
  return e;
}

function countBy(items, keyOf) {
  var counts = {};
  items.forEach(function (i) { var k = keyOf(i); counts[k] = (counts[k] || 0) + 1; });
  return counts;
}

function buildFilters(state, data, onChange) {
  var labelCounts = countBy(data.nodes, function (n) { return n.data.label; });
  var typeCounts = countBy(data.edges, function (e) { return e.data.type; });
  var statusCounts = countBy(data.edges.filter(function (e) { return BUSINESS.indexOf(e.data.type) >= 0; }),
    function (e) { return e.data.status || NO_STATUS; });

  function checkbox(container, kind, value, checked, swatch, count) {
    var box = el('input', { type: 'checkbox', 'data-kind': kind, 'data-value': value });
    box.checked = checked;
    state[kind][value] = checked;
    box.addEventListener('change', function () { state[kind][value] = box.checked; onChange(); });
    container.appendChild(el('label', {}, [box, swatch, el('span', { text: value }), el('span', { class: 'kg-count', text: String(count || 0) })]));
  }

  var labels = document.getElementById('kg-labels');
  Object.keys(LABELS).forEach(function (l) {
    checkbox(labels, 'labels', l, LABELS[l].shown, el('span', { class: 'kg-swatch', style: 'background:' + LABELS[l].color }), labelCounts[l]);
  });
  var types = document.getElementById('kg-types');
  Object.keys(TYPES).filter(function (t) { return typeCounts[t]; }).forEach(function (t) {
    var line = el('span', { class: 'kg-line', style: 'border-top-style:' + TYPES[t].style + ';border-top-color:' + TYPES[t].color });
    checkbox(types, 'types', t, true, line, typeCounts[t]);
  });
  var statuses = document.getElementById('kg-statuses');
  Object.keys(statusCounts).sort().forEach(function (s) { checkbox(statuses, 'statuses', s, true, null, statusCounts[s]); });
}

function applyFilters(cy, state) {
  cy.batch(function () {
    cy.nodes().forEach(function (n) {
      var status = n.data('label') === 'Deal' ? (n.data('status') || NO_STATUS) : null;
      var hidden = !state.labels[n.data('label')] || (status !== null && state.statuses[status] === false);
      n.toggleClass('kg-hidden', hidden);
    });
    cy.edges().forEach(function (e) {
      // Status is a property of business relations; bookkeeping edges follow their endpoints.
      var status = BUSINESS.indexOf(e.data('type')) >= 0 ? (e.data('status') || NO_STATUS) : null;
      var hidden = !state.types[e.data('type')] || (status !== null && state.statuses[status] === false) ||
        e.source().hasClass('kg-hidden') || e.target().hasClass('kg-hidden');
      e.toggleClass('kg-hidden', hidden);
    });
  });
  var shown = cy.elements().not('.kg-hidden');
  document.getElementById('kg-counts').textContent = shown.nodes().length + ' nodes · ' + shown.edges().length + ' edges shown';
}

// Lower case, Arabic diacritics and tatweel removed, alef/yeh/teh-marbuta forms folded, so "انفيديا" finds "إنفيديا".
function fold(text) {
  return String(text || '').toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647');
}

function searchNodes(cy, query) {
  var q = fold(query).trim();
  if (!q) { return cy.collection(); }
  var hits = cy.nodes().filter(function (n) {
    var d = n.data();
    return [d.name, d.nameAr, d.key, d.caption, d.path].concat(d.aliases || []).some(function (s) { return fold(s).indexOf(q) >= 0; });
  });
  // Shown nodes first, companies and people before deals and documents, then exact name matches, then the biggest.
  function rank(n) {
    return (n.hasClass('kg-hidden') ? 4 : 0) + (n.data('label') === 'Company' || n.data('label') === 'Person' ? 0 : 2) +
      (fold(n.data('name')) === q ? 0 : 1);
  }
  return hits.sort(function (a, b) { return rank(a) - rank(b) || b.data('size') - a.data('size'); });
}

function buildLoopList(data, onPick) {
  var list = document.getElementById('kg-loops');
  document.getElementById('kg-loop-count').textContent = '(' + data.loops.length + ')';
  if (!data.loops.length) {
    list.appendChild(el('li', { class: 'kg-hint', text: 'No loop found.' }));
    return;
  }
  data.loops.forEach(function (loop, i) {
    var extra = [loop.moneyLabel ? ' · ' + loop.moneyLabel : '', loop.tentative ? ' · tentative' : ''].join('');
    var item = el('li', { 'data-loop': loop.id, title: 'Highlight this loop' }, [el('bdi', { text: loop.title }), el('span', { class: 'kg-tentative', text: extra })]);
    item.addEventListener('click', function () { onPick(i); });
    list.appendChild(item);
  });
}
