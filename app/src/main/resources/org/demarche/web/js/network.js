// The actor network: a force-directed layout drawn as SVG; nodes link to actors' pages, edges
// to the events behind them.
import { get } from './api.js';
import { el, errorBox, field, formValues, link, route, svg, tone, typeSelect } from './dom.js';

function pairs(edges) {
  const byPair = new Map();
  for (const e of edges) {
    const key = e.source + '\u0000' + e.target;
    const p = byPair.get(key) || { source: e.source, target: e.target, weight: 0, types: [] };
    p.weight += e.weight;
    p.types.push(e);
    byPair.set(key, p);
  }
  for (const p of byPair.values()) {
    p.types.sort((a, b) => b.weight - a.weight);
    p.tone = tone(p.types[0].type);
  }
  return [...byPair.values()];
}

/** Fruchterman–Reingold from a circle: deterministic, so a view looks the same each time. */
function layout(nodes, links, w, h) {
  const n = nodes.length;
  const margin = 60;
  const pos = nodes.map((_, i) => ({
    x: w / 2 + (w / 2 - margin) * 0.8 * Math.cos((2 * Math.PI * i) / Math.max(n, 1)),
    y: h / 2 + (h / 2 - margin) * 0.8 * Math.sin((2 * Math.PI * i) / Math.max(n, 1)) }));
  if (n < 3) return pos;
  const index = new Map(nodes.map((nd, i) => [nd.id, i]));
  // a hub's many edges would pull its neighbours into a knot: attraction shrinks with degree
  const degree = nodes.map(() => 0);
  for (const l of links) {
    if (index.has(l.source)) degree[index.get(l.source)] += 1;
    if (index.has(l.target)) degree[index.get(l.target)] += 1;
  }
  const k = Math.sqrt(((w - 2 * margin) * (h - 2 * margin)) / n) * 0.75;
  let temp = w / 8;
  const iterations = n > 200 ? 120 : 300;
  for (let it = 0; it < iterations; it++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d = Math.max(0.01, Math.hypot(dx, dy));
        if (d > 3 * k) continue; // far nodes no longer push: unconnected groups stay near
        const f = (k * k) / d;
        disp[i].x += (dx / d) * f; disp[i].y += (dy / d) * f;
        disp[j].x -= (dx / d) * f; disp[j].y -= (dy / d) * f;
      }
    }
    for (const l of links) {
      const i = index.get(l.source), j = index.get(l.target);
      if (i === undefined || j === undefined || i === j) continue;
      const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      const d = Math.max(0.01, Math.hypot(dx, dy));
      const f = (d * d) / k / Math.max(degree[i], degree[j]);
      disp[i].x -= (dx / d) * f; disp[i].y -= (dy / d) * f;
      disp[j].x += (dx / d) * f; disp[j].y += (dy / d) * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i].x -= (pos[i].x - w / 2) * 0.08;
      disp[i].y -= (pos[i].y - h / 2) * 0.08;
      const d = Math.max(0.01, Math.hypot(disp[i].x, disp[i].y));
      pos[i].x = Math.min(w - margin, Math.max(margin, pos[i].x + (disp[i].x / d) * Math.min(d, temp)));
      pos[i].y = Math.min(h - margin, Math.max(margin / 2, pos[i].y + (disp[i].y / d) * Math.min(d, temp)));
    }
    temp = Math.max(1, temp * 0.97);
  }
  return separate(fit(pos, w, h, margin), nodes, w, h, margin);
}

/** The positions scaled to fill the canvas, keeping a margin for labels. */
function fit(pos, w, h, margin) {
  const xs = pos.map(p => p.x), ys = pos.map(p => p.y);
  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
  const sx = maxX > minX ? (w - 2 * margin) / (maxX - minX) : 1;
  const sy = maxY > minY ? (h - 1.6 * margin) / (maxY - minY) : 1;
  return pos.map(p => ({
    x: maxX > minX ? margin + (p.x - minX) * sx : w / 2,
    y: maxY > minY ? margin / 2 + (p.y - minY) * sy : h / 2 }));
}

/** Pushes apart nodes closer than their radii and a gap for labels, inside the canvas. */
function separate(pos, nodes, w, h, margin) {
  const gap = 26;
  for (let it = 0; it < 200; it++) {
    let moved = false;
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        const want = radius(nodes[i]) + radius(nodes[j]) + gap;
        let dx = pos[j].x - pos[i].x, dy = pos[j].y - pos[i].y;
        let d = Math.hypot(dx, dy);
        if (d >= want) continue;
        if (d < 0.01) { dx = 1; dy = 0; d = 1; }
        const push = (want - d) / 2;
        pos[i].x -= (dx / d) * push; pos[i].y -= (dy / d) * push;
        pos[j].x += (dx / d) * push; pos[j].y += (dy / d) * push;
        moved = true;
      }
    }
    for (const p of pos) {
      p.x = Math.min(w - margin, Math.max(margin, p.x));
      p.y = Math.min(h - margin * 0.8, Math.max(margin / 2, p.y));
    }
    if (!moved) break;
  }
  return pos;
}

function radius(node) {
  return Math.min(26, 6 + 3 * Math.sqrt(node.weight));
}

/** The network as an SVG element; `focus` (an actor id) is drawn emphasized. */
export function drawNetwork(data, { width = 960, height = 600, focus = null } = {}) {
  const nodes = data.nodes;
  const links = pairs(data.edges);
  const pos = layout(nodes, links, width, height);
  const at = new Map(nodes.map((nd, i) => [nd.id, { node: nd, p: pos[i] }]));
  const canvas = svg('svg', { class: 'network', viewBox: '0 0 ' + width + ' ' + height, width, height,
    role: 'img', 'aria-label': 'actor network' });
  const defs = svg('defs');
  for (const t of ['coop', 'neutral', 'conflict']) {
    defs.appendChild(svg('marker', { id: 'arrow-' + t, viewBox: '0 0 10 10', refX: 9, refY: 5,
      markerUnits: 'userSpaceOnUse', markerWidth: 11, markerHeight: 11, orient: 'auto-start-reverse',
      class: 'arrow-' + t },
    svg('path', { d: 'M0,0 L10,5 L0,10 z' })));
  }
  canvas.appendChild(defs);
  const edgeLayer = svg('g', { class: 'edges' });
  const maxW = Math.max(...links.map(l => l.weight), 1);
  for (const l of links) {
    const a = at.get(l.source), b = at.get(l.target);
    if (!a || !b) continue;
    const dx = b.p.x - a.p.x, dy = b.p.y - a.p.y;
    const d = Math.max(1, Math.hypot(dx, dy));
    // bend each direction to its own side so that A→B and B→A stay apart
    const bend = Math.min(40, d * 0.15);
    const mx = (a.p.x + b.p.x) / 2 - (dy / d) * bend, my = (a.p.y + b.p.y) / 2 + (dx / d) * bend;
    const rb = radius(b.node) + 3;
    const ex = b.p.x - ((b.p.x - mx) / Math.hypot(b.p.x - mx, b.p.y - my)) * rb;
    const ey = b.p.y - ((b.p.y - my) / Math.hypot(b.p.x - mx, b.p.y - my)) * rb;
    const label = a.node.name + ' → ' + b.node.name + ': '
      + l.types.map(t => t.type + ' ×' + t.weight).join(', ');
    edgeLayer.appendChild(svg('a', { href: route('events', null, { actor: l.source, target: l.target }) },
      svg('path', { d: 'M' + a.p.x.toFixed(1) + ',' + a.p.y.toFixed(1) + ' Q' + mx.toFixed(1) + ','
        + my.toFixed(1) + ' ' + ex.toFixed(1) + ',' + ey.toFixed(1),
        class: 'edge edge-' + l.tone, 'stroke-width': (1.2 + 5 * Math.sqrt(l.weight / maxW)).toFixed(1),
        'marker-end': 'url(#arrow-' + l.tone + ')' }, svg('title', null, label))));
  }
  canvas.appendChild(edgeLayer);
  const nodeLayer = svg('g', { class: 'nodes' });
  for (const { node, p } of at.values()) {
    const r = radius(node);
    const type = (node.type || 'other').toLowerCase();
    nodeLayer.appendChild(svg('a', { href: route('entity', node.id), class: 'node-link' },
      svg('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1),
        class: 'node node-' + type + (node.id === focus ? ' focus' : ''), 'data-id': node.id },
      svg('title', null, node.name + ' (' + [node.id, node.country].filter(Boolean).join(', ') + '): '
        + node.weight + ' events')),
      svg('text', { x: p.x.toFixed(1), y: (p.y + r + 12).toFixed(1), 'text-anchor': 'middle',
        class: 'label' + (node.id === focus ? ' focus' : '') }, node.name)));
  }
  canvas.appendChild(nodeLayer);
  return canvas;
}

function legend() {
  return el('div', { class: 'legend' }, 'Edges: ', el('span', { class: 'swatch coop' }), ' cooperative ',
    el('span', { class: 'swatch neutral' }), ' request ', el('span', { class: 'swatch conflict' }),
    ' conflictual — width by number of events. Nodes: ', el('span', { class: 'dot node-country' }), ' country ',
    el('span', { class: 'dot node-person' }), ' person ', el('span', { class: 'dot node-organization' }),
    ' organization. Click a node for the actor, an edge for its events.');
}

function dyadTable(data) {
  const names = new Map(data.nodes.map(n => [n.id, n.name]));
  return el('table', { class: 'dyads', id: 'dyads' },
    el('thead', null, el('tr', null, el('th', null, 'source'), el('th', null, 'target'),
      el('th', null, 'type'), el('th', { class: 'num' }, 'events'))),
    el('tbody', null, data.edges.slice(0, 50).map(e => el('tr', null,
      el('td', null, link(route('entity', e.source), names.get(e.source) || e.source)),
      el('td', null, link(route('entity', e.target), names.get(e.target) || e.target)),
      el('td', null, e.type),
      el('td', { class: 'num' }, link(route('events', null,
        { actor: e.source, target: e.target, type: e.type }), String(e.weight)))))));
}

export async function renderNetwork(root, _id, p) {
  root.appendChild(el('h1', null, 'Actor network'));
  const form = el('form', { class: 'filters', id: 'network-form' },
    field('event type', typeSelect('type', p.get('type'))),
    field('from', el('input', { type: 'date', name: 'from', value: p.get('from') || '' })),
    field('to', el('input', { type: 'date', name: 'to', value: p.get('to') || '' })),
    field('actor', el('input', { name: 'actor', value: p.get('actor') || '', placeholder: 'country:kaz' })),
    el('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.hash = route('network', null, formValues(form));
  });
  root.appendChild(form);
  const params = { type: p.get('type'), from: p.get('from'), to: p.get('to'), actor: p.get('actor') };
  const data = await get('network', params);
  if (!data.edges.length) {
    root.appendChild(errorBox('No events with a target match these filters.'));
    return;
  }
  root.appendChild(el('p', { class: 'muted' }, data.nodes.length + ' actors, ' + data.edges.length
    + ' edges' + (data.truncated ? ' (the ' + data.edges.length + ' heaviest of ' + data.totalEdges + ')' : '')));
  root.appendChild(legend());
  root.appendChild(el('div', { class: 'network-box' }, drawNetwork(data, { focus: p.get('actor') })));
  root.appendChild(el('h2', null, 'Heaviest dyads'));
  root.appendChild(dyadTable(data));
}
