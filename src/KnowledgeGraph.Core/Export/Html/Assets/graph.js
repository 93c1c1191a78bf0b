// graph.js: how each label and relationship type is drawn, and the cytoscape instance itself.
var LABELS = {
  Company: { color: '#4C8EDA', shape: 'ellipse', shown: true },
  Person: { color: '#F79767', shape: 'round-diamond', shown: true },
  Deal: { color: '#57C785', shape: 'round-rectangle', shown: false },
  Document: { color: '#A5ABB6', shape: 'round-tag', shown: false }
};

// Money-moving relations are bold and arrowed; symmetric ones carry no arrow.
var TYPES = {
  INVESTS_IN: { color: '#2E7D32', width: 3, style: 'solid', arrow: 'triangle' },
  BUYS_FROM: { color: '#1565C0', width: 3, style: 'solid', arrow: 'triangle' },
  PARTNERS_WITH: { color: '#8D6E63', width: 2, style: 'solid', arrow: 'none' },
  COMPETES_WITH: { color: '#C62828', width: 2, style: 'dotted', arrow: 'none' },
  WORKS_FOR: { color: '#7B1FA2', width: 2, style: 'solid', arrow: 'vee' },
  FOUNDED: { color: '#AD1457', width: 2, style: 'dashed', arrow: 'vee' },
  PARTY_TO: { color: '#9E9E9E', width: 1, style: 'solid', arrow: 'vee' },
  REPORTED_IN: { color: '#BDBDBD', width: 1, style: 'dashed', arrow: 'vee' },
  MENTIONS: { color: '#D5D5D5', width: 1, style: 'solid', arrow: 'none' }
};

var BUSINESS = ['INVESTS_IN', 'BUYS_FROM', 'PARTNERS_WITH', 'COMPETES_WITH', 'WORKS_FOR', 'FOUNDED'];
var TENTATIVE = { talks: true, stalled: true };
var BIG_GRAPH = 1500;

function graphStyle(big) {
  var style = [
    { selector: 'node', style: {
      'width': 'data(size)', 'height': 'data(size)', 'label': 'data(caption)',
      'font-size': 'mapData(size, 20, 96, 12, 30)',
      'text-valign': 'bottom', 'text-margin-y': 4, 'color': '#1f2328',
      'text-outline-color': '#ffffff', 'text-outline-width': 2, 'min-zoomed-font-size': 8,
      'border-width': 1, 'border-color': '#ffffff', 'text-max-width': 160, 'text-wrap': 'ellipsis'
    } },
    { selector: 'edge', style: {
      // Haystack lines draw several times faster but carry no arrows: big graphs use them until an edge is
      // looked at closely (see showArrowsNearView).
      'curve-style': big ? 'haystack' : 'bezier', 'haystack-radius': 0, 'arrow-scale': 1.1, 'opacity': 0.9,
      'label': 'data(amountLabel)', 'font-size': 11, 'color': '#1f2328', 'min-zoomed-font-size': 9,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2
    } }
  ];
  Object.keys(LABELS).forEach(function (label) {
    style.push({ selector: 'node[label = "' + label + '"]', style: { 'background-color': LABELS[label].color, 'shape': LABELS[label].shape } });
  });
  Object.keys(TYPES).forEach(function (type) {
    var t = TYPES[type];
    style.push({ selector: 'edge[type = "' + type + '"]', style: {
      'line-color': t.color, 'target-arrow-color': t.color, 'target-arrow-shape': t.arrow, 'width': t.width, 'line-style': t.style
    } });
  });
  style.push(
    // Talks and stalled deals: money that has not moved, drawn dashed and lighter.
    { selector: 'edge[status = "talks"], edge[status = "stalled"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [8, 5], 'opacity': 0.7 } },
    { selector: 'edge.kg-loop', style: { 'underlay-color': '#FFC107', 'underlay-padding': 5, 'underlay-opacity': 0.45, 'width': 4 } },
    { selector: 'node.kg-loop', style: { 'border-width': 3, 'border-color': '#FFB000' } },
    { selector: '.kg-faded', style: { 'opacity': 0.12, 'text-opacity': 0.2 } },
    { selector: 'edge.kg-focus', style: { 'underlay-color': '#FF6F00', 'underlay-opacity': 0.8, 'underlay-padding': 7, 'width': 5, 'z-index': 20 } },
    { selector: 'node.kg-focus', style: { 'border-width': 4, 'border-color': '#FF6F00', 'z-index': 20 } },
    { selector: 'node.kg-hit', style: { 'border-width': 4, 'border-color': '#D81B60', 'z-index': 30 } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#1f2328', 'z-index': 40 } },
    { selector: 'edge:selected', style: { 'underlay-color': '#1f2328', 'underlay-opacity': 0.35, 'underlay-padding': 6, 'z-index': 40 } },
    { selector: 'edge.kg-near, edge.kg-focus, edge:selected', style: { 'curve-style': 'straight' } },
    { selector: '.kg-hidden', style: { 'display': 'none' } }
  );
  return style;
}

function createGraph(container, data) {
  var big = data.nodes.length > BIG_GRAPH;
  return cytoscape({
    container: container,
    elements: { nodes: data.nodes, edges: data.edges },
    style: graphStyle(big),
    // Keep the positions written into the data (cytoscape would otherwise lay out a grid).
    layout: { name: 'preset', fit: false },
    minZoom: 0.02,
    maxZoom: 4,
    // Large graphs pan and zoom over a cached picture without edges, and draw at one pixel per CSS pixel.
    textureOnViewport: big,
    hideEdgesOnViewport: big,
    pixelRatio: big ? 1 : 'auto',
    boxSelectionEnabled: false
  });
}

function isTentative(status) { return !!TENTATIVE[status]; }

// Positions come from the force layout computed when the file was written: 'preset' only places them, and the
// view is fitted from the positions alone, which spares measuring thousands of labels before the first frame.
function runLayout(cy) {
  return new Promise(function (resolve) {
    var layout = cy.layout({ name: 'preset', fit: false });
    layout.one('layoutstop', function () { fitPositions(cy, cy.nodes().not('.kg-hidden'), 40); resolve(); });
    layout.run();
  });
}

function fitPositions(cy, nodes, padding) {
  if (nodes.empty()) { return; }
  var x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  nodes.forEach(function (n) {
    var p = n.position(), r = n.data('size') / 2;
    x1 = Math.min(x1, p.x - r); y1 = Math.min(y1, p.y - r); x2 = Math.max(x2, p.x + r); y2 = Math.max(y2, p.y + r + 20);
  });
  // A handful of nodes would otherwise be blown up to fill the screen.
  var zoom = Math.min(1.3, (cy.width() - 2 * padding) / Math.max(1, x2 - x1), (cy.height() - 2 * padding) / Math.max(1, y2 - y1));
  zoom = Math.max(cy.minZoom(), zoom);
  cy.viewport({ zoom: zoom, pan: { x: cy.width() / 2 - zoom * (x1 + x2) / 2, y: cy.height() / 2 - zoom * (y1 + y2) / 2 } });
}

// In a big graph, once zoomed in far enough to read them, the edges in view get their arrows back.
function showArrowsNearView(cy) {
  if (cy.nodes().length <= BIG_GRAPH) { return; }
  var timer = null;
  cy.on('viewport', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var near = cy.collection();
      if (cy.zoom() >= 0.35) {
        var box = cy.extent();
        near = cy.nodes().filter(function (n) {
          var p = n.position();
          return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
        }).connectedEdges();
      }
      cy.batch(function () {
        cy.edges('.kg-near').not(near).removeClass('kg-near');
        near.not('.kg-near').addClass('kg-near');
      });
    }, 150);
  });
}
