// Deduplicated events, filtered, each with its evidence sentence.
import { get } from './api.js';
import { appendIf, el, evidenceLink, plural, eventLine, field, formValues, pager, route, typeSelect } from './dom.js';

const FIELDS = ['actor', 'target', 'type', 'issue', 'from', 'to'];

export function eventItem(ev) {
  return el('li', { class: 'event' },
    el('span', { class: 'tl-date' }, ev.date || 'undated'),
    el('div', null, eventLine(ev),
      el('div', { class: 'small' }, evidenceLink(ev)),
      el('div', { class: 'small muted' }, plural(ev.numMentions, 'mention') + ' in '
        + plural(ev.numArticles, 'article') + ', ' + plural(ev.numSources, 'outlet') + ' · ' + ev.id)));
}

export async function renderEvents(root, _id, p) {
  root.appendChild(el('h1', null, 'Events'));
  const form = el('form', { class: 'filters', id: 'events-form' },
    field('source', el('input', { name: 'actor', value: p.get('actor') || '', placeholder: 'country:tur' })),
    field('target', el('input', { name: 'target', value: p.get('target') || '', placeholder: 'country:kaz' })),
    field('event type', typeSelect('type', p.get('type'))),
    field('issue', el('input', { name: 'issue', value: p.get('issue') || '', placeholder: 'territorial integrity' })),
    field('from', el('input', { type: 'date', name: 'from', value: p.get('from') || '' })),
    field('to', el('input', { type: 'date', name: 'to', value: p.get('to') || '' })),
    el('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.hash = route('events', null, formValues(form));
  });
  root.appendChild(form);
  const params = { page: p.get('page') };
  for (const f of FIELDS) params[f] = p.get(f);
  const res = await get('events', params);
  root.appendChild(el('p', { class: 'count' }, plural(res.total, 'event')));
  root.appendChild(el('ol', { class: 'timeline', id: 'events' }, res.results.map(eventItem)));
  appendIf(root, pager(res, n => {
    const next = {};
    for (const f of FIELDS) next[f] = p.get(f);
    next.page = n;
    return route('events', null, next);
  }));
}
