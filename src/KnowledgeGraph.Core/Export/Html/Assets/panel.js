// panel.js: the side panel: aliases, deals, relationships, evidence and source documents of what was clicked.
var MAX_EVIDENCE = 60;

function panel() { return document.getElementById('kg-details'); }

function setPanel(children) {
  var p = panel();
  p.textContent = '';
  children.forEach(function (c) { if (c) { p.appendChild(c); } });
  p.scrollTop = 0;
}

function section(title, items) {
  if (!items.length) { return null; }
  var part = el('section', { 'data-section': title.toLowerCase().replace(/ /g, '-') }, [el('h3', { text: title })]);
  items.forEach(function (i) { part.appendChild(i); });
  return part;
}

function list(items) { return items.length ? [el('ul', {}, items.map(function (i) { return el('li', {}, i); }))] : []; }

function statusBadge(status) { return status ? el('span', { class: 'kg-status ' + status, text: status }) : null; }

function link(text, onClick) {
  var a = el('a', { class: 'kg-link', href: '#', dir: 'auto' }, [el('bdi', { text: text })]);
  a.addEventListener('click', function (ev) { ev.preventDefault(); onClick(); });
  return a;
}

function docItems(ctx, keys) {
  return (keys || []).map(function (k) {
    var d = ctx.data.docs[k];
    if (!d) { return [el('span', { class: 'kg-path', text: k })]; }
    return [el('span', { class: 'kg-path', text: d.path || k }), ' ', el('span', { dir: 'auto', class: 'kg-meta', text: d.title || '' })];
  });
}

function edgeSummary(ctx, edge) {
  var d = edge.data();
  return [el('bdi', { text: edge.source().data('caption') }), ' ', link(d.type, function () { ctx.focus(edge); }), ' ',
    el('bdi', { text: edge.target().data('caption') }), d.amountLabel ? ' ' + d.amountLabel : '', ' ', statusBadge(d.status)];
}

function evidenceBlocks(ctx, edges) {
  var blocks = [];
  edges.forEach(function (e) {
    (e.data('evidence') || []).forEach(function (sentence) {
      var paths = (e.data('sources') || []).map(function (k) { var doc = ctx.data.docs[k]; return doc ? doc.path : k; });
      blocks.push(el('blockquote', { class: 'kg-evidence', dir: 'auto' }, [
        el('span', { text: sentence }),
        el('cite', {}, [e.data('type') + ' · ', el('bdi', { text: e.source().data('caption') }), ' → ',
          el('bdi', { text: e.target().data('caption') }), ' · ' + paths.join(', ')])
      ]));
    });
  });
  if (blocks.length > MAX_EVIDENCE) {
    var more = blocks.length - MAX_EVIDENCE;
    blocks = blocks.slice(0, MAX_EVIDENCE);
    blocks.push(el('p', { class: 'kg-meta', text: '… and ' + more + ' more sentences' }));
  }
  return blocks;
}

function header(title, meta, extra) {
  return [el('h2', { dir: 'auto', text: title }), el('div', { class: 'kg-meta', text: meta }), extra || null];
}

function showEntity(ctx, node) {
  var d = node.data();
  var business = node.connectedEdges().filter(function (e) { return BUSINESS.indexOf(e.data('type')) >= 0; });
  var deals = node.outgoers('edge[type = "PARTY_TO"]');
  setPanel(header(d.name || d.key, d.label + ' · ' + d.key, d.nameAr ? el('div', { class: 'kg-ar', dir: 'rtl', lang: 'ar', text: d.nameAr }) : null).concat([
    section('Aliases', list((d.aliases || []).map(function (a) { return [el('bdi', { dir: 'auto', text: a })]; }))),
    section('Deals', list(deals.map(function (p) {
      var deal = p.target();
      return [link(deal.data('caption'), function () { ctx.focus(deal); }), ' · ' + (deal.data('dealType') || ''),
        deal.data('amountLabel') ? ' · ' + deal.data('amountLabel') : '', p.data('role') ? ' · ' + p.data('role') : '', ' ', statusBadge(deal.data('status'))];
    }))),
    section('Relationships', list(business.map(function (e) { return edgeSummary(ctx, e); }))),
    section('Evidence', evidenceBlocks(ctx, business)),
    section('Source documents', list(docItems(ctx, d.sources)))
  ]));
}

function showDeal(ctx, node) {
  var d = node.data();
  var parties = node.incomers('edge[type = "PARTY_TO"]');
  var docs = node.outgoers('edge[type = "REPORTED_IN"]').map(function (e) { return e.target().data('key'); });
  setPanel(header(d.summary || d.caption, 'Deal · ' + (d.dealType || '') + ' · ' + d.key).concat([
    el('p', {}, [d.amountLabel ? d.amountLabel + ' ' : '', d.amountText ? el('bdi', { dir: 'auto', text: '(' + d.amountText + ')' }) : null, ' ', statusBadge(d.status)]),
    section('Parties', list(parties.map(function (e) { return [link(e.source().data('caption'), function () { ctx.focus(e.source()); }), e.data('role') ? ' · ' + e.data('role') : '']; }))),
    section('Source documents', list(docItems(ctx, docs.length ? docs : d.sources)))
  ]));
}

function showDocument(ctx, node) {
  var d = node.data();
  var mentioned = node.outgoers('edge[type = "MENTIONS"]').map(function (e) { return e.target(); });
  var deals = node.incomers('edge[type = "REPORTED_IN"]').map(function (e) { return e.source(); });
  setPanel(header(d.name || d.key, 'Document · ' + (d.language || '') + ' · ' + d.key).concat([
    el('p', {}, [el('span', { class: 'kg-path', text: d.path || '' })]),
    section('Mentions', list(mentioned.map(function (n) { return [link(n.data('caption'), function () { ctx.focus(n); })]; }))),
    section('Deals', list(deals.map(function (n) { return [link(n.data('caption'), function () { ctx.focus(n); })]; })))
  ]));
}

function showEdge(ctx, edge) {
  var d = edge.data();
  setPanel(header(d.type, edge.source().data('caption') + (d.symmetric ? ' — ' : ' → ') + edge.target().data('caption')).concat([
    el('p', {}, [link(edge.source().data('caption'), function () { ctx.focus(edge.source()); }), d.symmetric ? ' — ' : ' → ',
      link(edge.target().data('caption'), function () { ctx.focus(edge.target()); })]),
    el('p', {}, [d.amountLabel ? d.amountLabel + ' ' : '', d.amountText ? el('bdi', { dir: 'auto', text: '(' + d.amountText + ')' }) : null, ' ',
      statusBadge(d.status), d.role ? ' role: ' + d.role : '']),
    section('Evidence', evidenceBlocks(ctx, edge)),
    section('Source documents', list(docItems(ctx, d.sources)))
  ]));
}

function showLoop(ctx, loop, edges) {
  setPanel(header(loop.title, 'Circular financing · ' + loop.steps.length + ' steps' + (loop.moneyLabel ? ' · ' + loop.moneyLabel + ' going round' : '') +
    (loop.tentative ? ' · tentative (talks or stalled)' : '')).concat([
    section('Steps', list(loop.steps.map(function (s) {
      return [el('bdi', { text: s.from }), ' ', el('code', { text: s.type }), ' ', el('bdi', { text: s.to }), s.amountLabel ? ' ' + s.amountLabel : '', ' ', statusBadge(s.status)];
    }))),
    section('Evidence', evidenceBlocks(ctx, edges))
  ]));
}

function showDetails(ctx, ele) {
  if (ele.isEdge()) { showEdge(ctx, ele); return; }
  var label = ele.data('label');
  if (label === 'Deal') { showDeal(ctx, ele); } else if (label === 'Document') { showDocument(ctx, ele); } else { showEntity(ctx, ele); }
}
