// Full-text search with filters; results with highlighted snippets; matching actors.
import { get } from './api.js';
import { actorLink, appendIf, badge, el, errorBox, evidenceHref, field, formValues, link, marked, pager,
  route, typeSelect } from './dom.js';

const FIELDS = ['q', 'actor', 'country', 'type', 'from', 'to'];

function searchForm(p) {
  const form = el('form', { class: 'search-form', id: 'search-form', role: 'search' },
    el('div', { class: 'search-main' },
      el('input', { type: 'search', name: 'q', id: 'q', value: p.get('q') || '', autofocus: true,
        placeholder: 'Words, "exact phrase", OR, NOT, prefix*', 'aria-label': 'search query' }),
      el('button', { type: 'submit' }, 'Search')),
    el('div', { class: 'filters' },
      field('actor', el('input', { name: 'actor', value: p.get('actor') || '', placeholder: 'person:kassym-jomart-tokayev' })),
      field('country', el('input', { name: 'country', value: p.get('country') || '', placeholder: 'KAZ', size: 4 })),
      field('event type', typeSelect('type', p.get('type'))),
      field('from', el('input', { type: 'date', name: 'from', value: p.get('from') || '' })),
      field('to', el('input', { type: 'date', name: 'to', value: p.get('to') || '' }))));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.hash = route('search', null, formValues(form));
  });
  return form;
}

function hitView(h) {
  const isQuote = h.kind === 'QUOTE';
  return el('li', { class: 'hit hit-' + h.kind.toLowerCase() },
    el('div', { class: 'hit-head' },
      badge(isQuote ? 'quote' : 'article', isQuote ? 'quote' : 'text'), ' ',
      link(evidenceHref(h.article, h.quote), h.title || h.article), ' ',
      el('span', { class: 'muted' }, [h.published, h.outlet].filter(Boolean).join(' · '))),
    el('div', { class: 'snippet' }, marked(h.snippet, h.highlights)),
    isQuote ? el('div', { class: 'speaker' }, 'said by ', actorLink(h.speaker)) : null);
}

function suggestion(q) {
  const words = q.split(/\s+/).filter(Boolean);
  const phrase = '"' + words.join(' ').replace(/"/g, '') + '"';
  return el('p', null, 'Search for the words as a phrase instead: ',
    link(route('search', null, { q: phrase }), phrase));
}

export async function renderSearch(root, _id, p) {
  root.appendChild(el('h1', null, 'Search articles and quotes'));
  root.appendChild(searchForm(p));
  const q = p.get('q');
  if (!q) {
    root.appendChild(el('p', { class: 'muted' },
      'Search the text of the stored articles and the words of attributed quotes. ',
      'Hits link to the article, scrolled to the quote.'));
    return;
  }
  const params = { page: p.get('page') };
  for (const f of FIELDS) params[f] = p.get(f);
  let res;
  try {
    res = await get('search', params);
  } catch (e) {
    root.appendChild(errorBox((e.parameter ? 'Parameter ' + e.parameter + ': ' : '') + e.message));
    if (e.parameter === 'q') root.appendChild(suggestion(q));
    return;
  }
  if (res.actors.length) {
    root.appendChild(el('section', { class: 'actors' }, el('h2', null, 'Actors'),
      el('ul', { class: 'chips', id: 'actor-chips' }, res.actors.map(a => el('li', null, actorLink(a),
        el('span', { class: 'muted' }, ' ' + [a.type, a.country].filter(Boolean).join(' · ')))))));
  }
  root.appendChild(el('p', { class: 'count' }, res.total + (res.total === 1 ? ' hit' : ' hits')
    + ' for ', el('code', null, res.query)));
  root.appendChild(el('ol', { class: 'hits', id: 'hits', start: (res.page - 1) * res.size + 1 },
    res.results.map(hitView)));
  appendIf(root, pager(res, n => {
    const next = {};
    for (const f of FIELDS) next[f] = p.get(f);
    next.page = n;
    return route('search', null, next);
  }));
}
