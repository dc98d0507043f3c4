// The article view: the text with entities, quotes, events and time expressions highlighted
// (the title of each highlight says what was resolved and by which rule), and ?hl=START-END
// marking and scrolling to an evidence sentence. The text is untrusted: it is only ever
// inserted as text nodes.
import { get } from './api.js';
import { actorLink, badge, el, evidenceHref, route, tone } from './dom.js';

function sideActor(side) {
  if (!side) return null;
  const id = side.entity || ('country:' + String(side.country).toLowerCase());
  return { id, name: side.name || id, country: side.country };
}

function describe(a) {
  switch (a.kind) {
    case 'mention': {
      const e = a.entity;
      return 'Entity: ' + e.name + ' (' + [e.id, e.type, e.country, e.role].filter(Boolean).join(', ')
        + ') — resolved by rule: ' + a.rule;
    }
    case 'quote': {
      const q = a.quote;
      return 'Quote — speaker: ' + (q.speaker ? q.speaker.name + ' (' + q.speaker.id + ')' : 'unattributed')
        + (q.cue ? '; cue: ' + q.cue : '') + (q.rule ? '; attribution rule: ' + q.rule : '');
    }
    case 'event': {
      const ev = a.event;
      const src = sideActor(ev.source);
      const tgt = sideActor(ev.target);
      return 'Event ' + ev.type + ' (CAMEO ' + ev.cameo + '): ' + src.name + (tgt ? ' → ' + tgt.name : '')
        + (ev.issue ? '; issue: ' + ev.issue : '') + (ev.negated ? '; negated' : '')
        + '; modality: ' + ev.modality + (ev.trigger ? '; trigger: ' + ev.trigger : '')
        + (ev.date ? '; date: ' + ev.date : '');
    }
    case 'timex':
      return 'Time: ' + a.timex.text + ' = ' + (a.timex.value || 'not normalized');
    case 'dateline':
      return 'Dateline: ' + [a.dateline.place, a.dateline.country, a.dateline.outlet].filter(Boolean).join(', ');
    case 'hl':
      return 'Evidence';
    default:
      return '';
  }
}

function annotations(a, hl) {
  const list = [];
  for (const e of a.entities) {
    for (const m of e.mentions) list.push({ kind: 'mention', start: m.start, end: m.end, entity: e, rule: m.rule });
  }
  for (const q of a.quotes) list.push({ kind: 'quote', start: q.span.start, end: q.span.end, quote: q });
  for (const ev of a.events) {
    if (ev.evidence) list.push({ kind: 'event', start: ev.evidence.start, end: ev.evidence.end, event: ev });
  }
  for (const t of a.timexes) list.push({ kind: 'timex', start: t.start, end: t.end, timex: t });
  if (a.dateline && a.dateline.span) {
    list.push({ kind: 'dateline', start: a.dateline.span.start, end: a.dateline.span.end, dateline: a.dateline });
  }
  if (hl) list.push({ kind: 'hl', start: hl.start, end: hl.end });
  const n = a.text.length;
  return list.filter(x => Number.isInteger(x.start) && Number.isInteger(x.end) && x.start >= 0
    && x.start < x.end && x.end <= n);
}

/** The text as text nodes and <span>s, one per stretch covered by the same annotations. */
function annotatedText(text, anns) {
  const cuts = new Set([0, text.length]);
  for (const x of anns) { cuts.add(x.start); cuts.add(x.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const out = [];
  let firstHl = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i];
    const e = points[i + 1];
    const piece = text.slice(s, e);
    const covering = anns.filter(x => x.start <= s && x.end >= e);
    if (!covering.length) {
      out.push(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(covering.map(x => x.kind))];
    const span = el('span', { class: kinds.map(k => 'a-' + k).join(' '),
      title: covering.filter(x => x.kind !== 'hl').map(describe).join('\n') || null });
    const mentions = covering.filter(x => x.kind === 'mention').sort((x, y) => (x.end - x.start) - (y.end - y.start));
    if (mentions.length) {
      span.appendChild(el('a', { href: route('entity', mentions[0].entity.id) }, piece));
    } else {
      span.appendChild(document.createTextNode(piece));
    }
    if (kinds.includes('hl') && !firstHl) {
      firstHl = span;
      span.id = 'hl';
    }
    out.push(span);
  }
  return { nodes: out, firstHl };
}

function parseHl(p) {
  const m = /^(\d+)-(\d+)$/.exec(p.get('hl') || '');
  return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
}

function legend() {
  return el('div', { class: 'legend' }, 'Highlights: ',
    el('span', { class: 'a-mention' }, 'entity'), ' ', el('span', { class: 'a-quote' }, 'quote'), ' ',
    el('span', { class: 'a-event' }, 'event evidence'), ' ', el('span', { class: 'a-timex' }, 'time'), ' ',
    el('span', { class: 'a-hl' }, 'linked evidence'), el('span', { class: 'muted' }, ' — hover for the resolved actor and the rule'));
}

function panels(a) {
  const hlLink = (span, label) => el('a', { href: evidenceHref(a.id, span), class: 'to-text' }, label || 'in text');
  return el('aside', { class: 'annotations' },
    el('section', null, el('h2', null, 'Entities (' + a.entities.length + ')'),
      el('ul', { class: 'plain', id: 'article-entities' }, a.entities.map(e => el('li', null,
        actorLink(e), ' ', el('span', { class: 'muted' }, [e.type, e.country, e.role].filter(Boolean).join(' · ')),
        el('div', { class: 'small' }, e.mentions.map((m, i) => [i ? ', ' : '',
          el('a', { href: evidenceHref(a.id, m), title: 'rule: ' + m.rule }, m.text)])))))),
    el('section', null, el('h2', null, 'Quotes (' + a.quotes.length + ')'),
      el('ul', { class: 'plain', id: 'article-quotes' }, a.quotes.map(q => el('li', null,
        el('q', null, q.text), el('div', { class: 'small' },
          q.speaker ? actorLink(q.speaker) : el('span', { class: 'muted' }, 'unattributed'),
          q.cue ? ' · ' + q.cue : '', q.rule ? ' · rule: ' + q.rule : '', ' · ', hlLink(q.span)))))),
    el('section', null, el('h2', null, 'Events (' + a.events.length + ')'),
      el('ul', { class: 'plain', id: 'article-events' }, a.events.map(ev => el('li', null,
        badge(ev.type, tone(ev.type)), ' ', actorLink(sideActor(ev.source)),
        ev.target ? [' → ', actorLink(sideActor(ev.target))] : null,
        ev.issue ? ' (' + ev.issue + ')' : '', ev.negated ? [' ', badge('negated', 'neg')] : null,
        ev.modality !== 'asserted' ? [' ', badge(ev.modality, 'mod')] : null,
        el('div', { class: 'small' }, [ev.date, ev.location && ev.location.name,
          ev.trigger && 'trigger: ' + ev.trigger].filter(Boolean).join(' · '), ' · ',
          hlLink(ev.sentence, 'evidence sentence')))))),
    el('section', null, el('h2', null, 'Time expressions (' + a.timexes.length + ')'),
      el('ul', { class: 'plain small' }, a.timexes.map(t => el('li', null,
        el('a', { href: evidenceHref(a.id, t) }, t.text), ' = ', t.value || '?')))));
}

export async function renderArticle(root, id, p) {
  const a = await get('articles/' + encodeURIComponent(id));
  const hl = parseHl(p);
  const title = a.metadata && a.metadata.title ? a.metadata.title : a.id;
  root.appendChild(el('h1', null, title));
  root.appendChild(el('p', { class: 'meta' },
    [a.published && 'published ' + a.published + (a.publishedBasis ? ' (' + a.publishedBasis + ')' : ''),
      a.source.outlet, a.source.path, a.dateline && 'dateline: ' + a.dateline.text].filter(Boolean).join(' · ')));
  root.appendChild(legend());
  const { nodes, firstHl } = annotatedText(a.text, annotations(a, hl));
  const body = el('article', { class: 'article-text', id: 'article-text' }, nodes);
  root.appendChild(el('div', { class: 'article-layout' }, body, panels(a)));
  if (firstHl) firstHl.scrollIntoView({ block: 'center' });
}
