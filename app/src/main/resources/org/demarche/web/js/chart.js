// Events per month as an inline SVG bar chart.
import { svg } from './dom.js';

function monthsBetween(first, last) {
  const out = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(y + '-' + String(m).padStart(2, '0'));
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

/** Bars for [{month: '2022-10', count: 3}], gaps filled; by year when there are many months. */
export function monthChart(data, width = 720, height = 190) {
  if (!data.length) return null;
  let bins = monthsBetween(data[0].month, data[data.length - 1].month);
  const counts = new Map(data.map(d => [d.month, d.count]));
  let label = 'month';
  if (bins.length > 96) {
    const years = new Map();
    for (const d of data) years.set(d.month.slice(0, 4), (years.get(d.month.slice(0, 4)) || 0) + d.count);
    bins = [...years.keys()].sort();
    for (const [k, v] of years) counts.set(k, v);
    label = 'year';
  }
  const max = Math.max(...bins.map(b => counts.get(b) || 0), 1);
  const left = 34, bottom = 36, top = 10, right = 8;
  const plotW = width - left - right, plotH = height - top - bottom;
  const step = plotW / bins.length;
  const every = Math.max(1, Math.ceil(bins.length / 12));
  const chart = svg('svg', { class: 'chart', viewBox: '0 0 ' + width + ' ' + height, width, height,
    role: 'img', 'aria-label': 'events per ' + label });
  chart.appendChild(svg('line', { x1: left, y1: top + plotH, x2: width - right, y2: top + plotH, class: 'axis' }));
  chart.appendChild(svg('text', { x: left - 6, y: top + 10, 'text-anchor': 'end', class: 'tick' }, String(max)));
  chart.appendChild(svg('text', { x: left - 6, y: top + plotH, 'text-anchor': 'end', class: 'tick' }, '0'));
  bins.forEach((b, i) => {
    const c = counts.get(b) || 0;
    const h = (c / max) * plotH;
    const x = left + i * step;
    chart.appendChild(svg('rect', { x: x + step * 0.12, y: top + plotH - h, width: Math.max(1, step * 0.76),
      height: h, class: 'bar' }, svg('title', null, b + ': ' + c + (c === 1 ? ' event' : ' events'))));
    if (i % every === 0) {
      chart.appendChild(svg('text', { x: x + step / 2, y: top + plotH + 14, 'text-anchor': 'middle',
        class: 'tick' }, label === 'month' ? b.slice(2) : b));
    }
  });
  return chart;
}
