// main.js: wires the graph, filters, search, loops and panel together, and exposes window.kg for tests and tools.
var timings = { start: performance.now() };
var data = JSON.parse(document.getElementById('kg-data').textContent);
timings.parsed = performance.now();
var cy = createGraph(document.getElementById('kg-cy'), data);
timings.created = performance.now();
var state = { labels: {}, types: {}, statuses: {} };
var activeLoop = -1;

var loopEdges = data.loops.map(function (loop) {
  return cy.collection(loop.edges.map(function (id) { return cy.getElementById(id); }).filter(function (e) { return e.nonempty(); }));
});
var loopNodes = data.loops.map(function (loop) {
  return cy.collection(loop.nodes.map(function (id) { return cy.getElementById(id); }).filter(function (n) { return n.nonempty(); }));
});
loopEdges.forEach(function (edges, i) { edges.addClass('kg-loop'); loopNodes[i].addClass('kg-loop'); });

function clearFocus() {
  cy.elements().removeClass('kg-faded kg-focus');
  activeLoop = -1;
  Array.prototype.forEach.call(document.querySelectorAll('#kg-loops li.kg-active'), function (li) { li.classList.remove('kg-active'); });
}

function focus(ele, center) {
  clearFocus();
  cy.elements().unselect();
  ele.select();
  if (center) { cy.center(ele); }
  showDetails(ctx, ele);
}

function selectLoop(i) {
  clearFocus();
  cy.elements().unselect();
  activeLoop = i;
  var members = loopEdges[i].union(loopNodes[i]);
  cy.batch(function () {
    cy.elements().not(members).addClass('kg-faded');
    members.addClass('kg-focus');
  });
  fitPositions(cy, loopNodes[i], 80);
  var item = document.querySelector('#kg-loops li[data-loop="' + data.loops[i].id + '"]');
  if (item) { item.classList.add('kg-active'); }
  showLoop(ctx, data.loops[i], loopEdges[i]);
}

var ctx = { cy: cy, data: data, focus: function (ele) { focus(ele, true); } };

function refresh() { applyFilters(cy, state); }
showArrowsNearView(cy);
buildFilters(state, data, refresh);
buildLoopList(data, selectLoop);
refresh();

cy.on('tap', 'node, edge', function (evt) { focus(evt.target, false); });
cy.on('tap', function (evt) {
  if (evt.target === cy) {
    clearFocus();
    setPanel([el('p', { class: 'kg-hint', text: 'Click a node, an edge or a loop to see its aliases, deals, evidence and sources.' })]);
  }
});
document.getElementById('kg-fit').addEventListener('click', function () { fitPositions(cy, cy.nodes().not('.kg-hidden'), 40); });

var searchBox = document.getElementById('kg-search');
var results = document.getElementById('kg-results');
var hits = cy.collection();
function runSearch() {
  var query = searchBox.value;
  hits = searchNodes(cy, query);
  cy.batch(function () {
    cy.nodes().removeClass('kg-hit');
    cy.elements().removeClass('kg-faded');
    if (query.trim()) {
      hits.addClass('kg-hit');
      cy.elements().not(hits).addClass('kg-faded');
    }
  });
  results.textContent = '';
  results.hidden = !query.trim();
  hits.slice(0, 30).forEach(function (n) {
    var hidden = n.hasClass('kg-hidden') ? ' (hidden by filters)' : '';
    var item = el('li', { dir: 'auto' }, [el('bdi', { text: n.data('caption') }), el('span', { class: 'kg-meta', text: ' · ' + n.data('label') + hidden })]);
    item.addEventListener('mousedown', function (ev) { ev.preventDefault(); pick(n); });
    results.appendChild(item);
  });
  if (query.trim() && hits.empty()) { results.appendChild(el('li', { class: 'kg-hint', text: 'No match.' })); }
  return hits;
}
function pick(node) { results.hidden = true; focus(node, true); }
searchBox.addEventListener('input', runSearch);
searchBox.addEventListener('keydown', function (ev) {
  if (ev.key === 'Enter' && hits.nonempty()) { pick(hits[0]); }
  if (ev.key === 'Escape') { searchBox.value = ''; runSearch(); }
});
searchBox.addEventListener('blur', function () { results.hidden = true; });

// Frames drawn while panning continuously for `ms` milliseconds: how smooth panning is on this machine.
function measurePan(ms) {
  return new Promise(function (resolve) {
    var frames = [];
    var first = performance.now();
    function step(now) {
      frames.push(now);
      // Back and forth, a second each way, so the view stays over the graph.
      var way = Math.floor((now - first) / 1000) % 2 === 0 ? 1 : -1;
      cy.panBy({ x: 3 * way, y: 2 * way });
      if (now - first < ms) { requestAnimationFrame(step); } else {
        var gaps = frames.slice(1).map(function (t, i) { return t - frames[i]; });
        resolve({ frames: frames.length, fps: 1000 * (frames.length - 1) / (frames[frames.length - 1] - frames[0]), worstFrameMs: Math.max.apply(null, gaps) });
      }
    }
    requestAnimationFrame(step);
  });
}

var ready = runLayout(cy).then(function () {
  timings.laidOut = performance.now();
  return new Promise(function (resolve) { requestAnimationFrame(function () { requestAnimationFrame(resolve); }); });
}).then(function () {
  timings.drawn = performance.now();
  var summary = {
    nodes: cy.nodes().length, edges: cy.edges().length, loops: data.loops.length,
    parseMs: timings.parsed - timings.start, createMs: timings.created - timings.parsed,
    layoutMs: timings.laidOut - timings.created, firstDrawMs: timings.drawn - timings.laidOut, totalMs: timings.drawn - timings.start
  };
  document.documentElement.setAttribute('data-kg-state', 'ready');
  return summary;
});

window.kg = {
  cy: cy,
  data: data,
  ready: ready,
  visibleNodeIds: function () { return cy.nodes().not('.kg-hidden').map(function (n) { return n.id(); }); },
  visibleEdgeIds: function () { return cy.edges().not('.kg-hidden').map(function (e) { return e.id(); }); },
  select: function (id) { var e = cy.getElementById(id); if (e.nonempty()) { focus(e, true); } return e.nonempty(); },
  selectLoop: selectLoop,
  activeLoop: function () { return activeLoop; },
  search: function (q) { searchBox.value = q; return runSearch().map(function (n) { return n.id(); }); },
  details: function () { return panel().innerText; },
  measurePan: measurePan
};
