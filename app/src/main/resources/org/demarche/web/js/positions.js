// Positions: for an issue and an event type, who (rows) took that position towards whom
// (columns), when, and in what words: each cell lists its events over time with evidence.
import { get } from './api.js';
import { actorLink, badge, el, errorBox, evidenceHref, field, formValues, route, typeSelect } from './dom.js';

const DEFAULTS = { issue: 'territorial integrity', type: 'SUPPORT' };

function cellEvents(cell) {
  return el('ol', { class: 'cell-events' }, cell.events.map(ev => {
    const e = ev.evidence;
    const words = e.text.length > 140 ? e.text.slice(0, 137) + '…' : e.text;
    return el('li', null,
      el('span', { class: 'tl-date' }, ev.date || 'undated'), ' ',
      ev.negated ? badge('negated', 'neg') : null, ev.modality && ev.modality !== 'asserted' ? badge(ev.modality, 'mod') : null,
      el('a', { class: 'evidence', href: evidenceHref(e.article, e.sentence), title: e.text + ' — ' + e.article }, '“' + words + '”'));
  }));
}

export async function renderPositions(root, _id, p) {
  const empty = [...p.keys()].length === 0;
  const value = k => (empty ? DEFAULTS[k] : p.get(k)) || '';
  root.appendChild(el('h1', null, 'Positions'));
  const form = el('form', { class: 'filters', id: 'positions-form' },
    field('issue', el('input', { name: 'issue', value: value('issue'), size: 28, placeholder: 'territorial integrity' })),
    field('position (event type)', typeSelect('type', value('type'))),
    field('from', el('input', { type: 'date', name: 'from', value: value('from') })),
    field('to', el('input', { type: 'date', name: 'to', value: value('to') })),
    el('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.hash = route('positions', null, formValues(form));
  });
  root.appendChild(form);
  const res = await get('positions', { issue: value('issue'), type: value('type'), from: value('from'), to: value('to') });
  root.appendChild(el('p', { class: 'muted' }, 'Who declared ' + (res.type || 'any position') + ' towards whom'
    + (res.issue ? ' on “' + res.issue + '”' : '') + ': ' + res.total + ' events'
    + (res.truncated ? ' (the newest ' + res.cells.reduce((n, c) => n + c.count, 0) + ' shown)' : '')
    + '. Rows are sources, columns targets; each cell lists its events over time, linked to the evidence sentence.'));
  if (!res.cells.length) {
    root.appendChild(errorBox('No events match.'));
    return;
  }
  const cells = new Map(res.cells.map(c => [c.source + '\u0000' + c.target, c]));
  root.appendChild(el('div', { class: 'matrix-box' }, el('table', { class: 'matrix', id: 'matrix' },
    el('thead', null, el('tr', null, el('th', { class: 'corner' }, 'source ↓ target →'),
      res.targets.map(t => el('th', { scope: 'col' }, actorLink(t))))),
    el('tbody', null, res.sources.map(s => el('tr', null, el('th', { scope: 'row' }, actorLink(s)),
      res.targets.map(t => {
        const c = cells.get(s.id + '\u0000' + t.id);
        return c ? el('td', { class: 'cell' }, el('div', { class: 'cell-head' }, badge(String(c.count), 'count'),
          ' ', c.first === c.last ? (c.first || '') : (c.first || '?') + ' – ' + (c.last || '?'),
          c.count > c.events.length ? [' · newest ' + c.events.length + ' shown · ', el('a', {
            href: route('events', null, { actor: s.id, target: t.id, type: res.type, issue: res.issue }) }, 'all')]
            : null), cellEvents(c))
          : el('td', { class: 'cell empty' });
      })))))));
  root.appendChild(el('p', { class: 'small muted' }, 'See also ',
    el('a', { href: route('events', null, { type: res.type, issue: res.issue }) }, 'these events as a list'), '.'));
}
