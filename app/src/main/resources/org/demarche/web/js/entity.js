// An actor's page: names, office, counts, events per month, its network, timeline and quotes.
import { get } from './api.js';
import { monthChart } from './chart.js';
import { drawNetwork } from './network.js';
import { actorLink, badge, el, plural, evidenceHref, evidenceLink, eventLine, link, pager, route } from './dom.js';

function timelineItem(item) {
  if (item.kind === 'EVENT') {
    const ev = item.event;
    return el('li', { class: 'tl tl-event' },
      el('span', { class: 'tl-date' }, item.date || 'undated'),
      el('div', null, eventLine(ev), el('div', { class: 'small' }, evidenceLink(ev),
        el('span', { class: 'muted' }, ' · ' + plural(ev.numMentions, 'mention')))));
  }
  const q = item.quote;
  return el('li', { class: 'tl tl-quote' },
    el('span', { class: 'tl-date' }, item.date || 'undated'),
    el('div', null, badge('said', 'quote'), ' ',
      el('a', { class: 'evidence', href: evidenceHref(q.article, q.span), title: 'open the quote in article ' + q.article },
        '“' + q.text + '”'),
      el('div', { class: 'small muted' }, [q.cue, q.outlet, q.article].filter(Boolean).join(' · '))));
}

function quoteItem(q) {
  return el('li', { class: 'quote' },
    el('blockquote', null, q.text),
    el('div', { class: 'small' }, [q.published, q.outlet].filter(Boolean).join(' · '),
      q.cue ? ' · ' + q.cue : '', ' · ', link(evidenceHref(q.article, q.span), 'in the article')));
}

export async function renderEntity(root, id, p) {
  const qpage = p.get('qpage') || '1';
  const [e, quotes, network] = await Promise.all([
    get('entities/' + encodeURIComponent(id)),
    get('quotes', { speaker: id, page: qpage, size: 10 }),
    get('network', { actor: id })]);
  root.appendChild(el('h1', { id: 'entity-name' }, e.name, ' ', badge(e.type, 'type'),
    e.country ? [' ', badge(e.country, 'country')] : null));
  root.appendChild(el('p', { class: 'meta' }, [e.role, e.id].filter(Boolean).join(' · ')));
  root.appendChild(el('dl', { class: 'facts' },
    el('dt', null, 'Also written'), el('dd', { id: 'aliases' }, e.aliases.join(' · ')),
    el('dt', null, 'Mentions'), el('dd', null, e.mentionCount + ' in ' + e.articleCount
      + (e.articleCount === 1 ? ' article' : ' articles')),
    el('dt', null, 'Quotes'), el('dd', null, String(e.quoteCount)),
    el('dt', null, 'Events'), el('dd', null, e.eventsCounted + (e.eventsCountTruncated ? '+' : ''), ' · ',
      link(route('events', null, { actor: e.id }), 'as source'), ' · ',
      link(route('events', null, { target: e.id }), 'as target'), ' · ',
      link(route('network', null, { actor: e.id }), 'network'))));

  const grid = el('div', { class: 'entity-grid' });
  const chart = monthChart(e.eventsPerMonth, 520, 190);
  grid.appendChild(el('section', { id: 'entity-chart' }, el('h2', null, 'Events per month'),
    chart || el('p', { class: 'muted' }, 'No dated events.')));
  grid.appendChild(el('section', { id: 'entity-network' }, el('h2', null, 'Network'),
    network.edges.length
      ? el('div', { class: 'network-box small-net' }, drawNetwork(network, { width: 520, height: 340, focus: e.id }))
      : el('p', { class: 'muted' }, 'No events with another actor.')));
  root.appendChild(grid);

  root.appendChild(el('section', { id: 'entity-quotes' }, el('h2', null, 'Quotes (' + quotes.total + ')'),
    quotes.results.length ? el('ul', { class: 'plain quotes' }, quotes.results.map(quoteItem))
      : el('p', { class: 'muted' }, 'No quotes attributed.'),
    pager(quotes, n => route('entity', e.id, { qpage: n }))));

  root.appendChild(el('section', { id: 'entity-timeline' },
    el('h2', null, 'Timeline' + (e.timelineTruncated ? ' (latest ' + e.timeline.length + ')' : '')),
    e.timeline.length ? el('ol', { class: 'timeline' }, e.timeline.map(timelineItem))
      : el('p', { class: 'muted' }, 'Nothing dated yet.')));
}
