// DOM building without HTML parsing: every piece of data enters the page as a text node or
// an attribute value, never as markup. Article text is untrusted.

const SVG_NS = 'http://www.w3.org/2000/svg';

function setAttrs(node, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name) || name === 'style') {
      throw new Error('refusing attribute ' + name + ': handlers and inline styles are not allowed');
    }
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) {
      append(node, child);
    } else if (child instanceof Node) {
      node.appendChild(child);
    } else {
      node.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** An HTML element with attributes and children (strings become text nodes). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

/** An SVG element with attributes and children. */
export function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

/** Appends child to node unless it is null. */
export function appendIf(node, child) {
  if (child) node.appendChild(child);
  return node;
}

/** "1 event", "3 events". */
export function plural(n, word) {
  return n + ' ' + word + (n === 1 ? '' : 's');
}

/** Removes every child of node. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** A hash link: route('entity', id) or route('search', null, {q: 'x'}). */
export function route(view, id, params) {
  let h = '#/' + view;
  if (id !== null && id !== undefined) h += '/' + encodeURIComponent(id);
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? h + '?' + s : h;
}

/** A link to the evidence: the article scrolled to and highlighting [start, end). */
export function evidenceHref(article, span) {
  return route('article', article, span ? { hl: span.start + '-' + span.end } : {});
}

/** A link element. */
export function link(href, ...children) {
  return el('a', { href }, ...children);
}

/** A link to an actor's page, showing its name; the title shows id, type and country. */
export function actorLink(actor) {
  if (!actor) return el('span', { class: 'muted' }, '(none)');
  const details = [actor.id, actor.type, actor.country, actor.role].filter(Boolean).join(' · ');
  return el('a', { href: route('entity', actor.id), class: 'actor', title: details }, actor.name);
}

/** A small labelled badge. */
export function badge(text, cls) {
  return el('span', { class: 'badge ' + (cls || '') }, text);
}

/** A text with [start, end) highlights drawn as <mark> elements. */
export function marked(text, highlights) {
  const out = [];
  let at = 0;
  for (const h of [...(highlights || [])].sort((a, b) => a.start - b.start)) {
    if (h.start < at || h.end > text.length) continue;
    out.push(text.slice(at, h.start), el('mark', null, text.slice(h.start, h.end)));
    at = h.end;
  }
  out.push(text.slice(at));
  return out;
}

/** An error box. */
export function errorBox(message) {
  return el('div', { class: 'error', role: 'alert' }, message);
}

/** Previous / next links for a page of results. */
export function pager(pageInfo, hrefFor) {
  if (!pageInfo || pageInfo.pages <= 1) return null;
  return el('nav', { class: 'pager' },
    pageInfo.page > 1 ? link(hrefFor(pageInfo.page - 1), '← previous') : null,
    el('span', null, ' page ' + pageInfo.page + ' of ' + pageInfo.pages + ' '),
    pageInfo.page < pageInfo.pages ? link(hrefFor(pageInfo.page + 1), 'next →') : null);
}

/** PLOVER types, and which are cooperative (drawn green) or conflictual (red). */
export const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const COOPERATIVE = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT']);
const NEUTRAL = new Set(['REQUEST']);

/** 'coop', 'neutral' or 'conflict' for a PLOVER type. */
export function tone(type) {
  return COOPERATIVE.has(type) ? 'coop' : NEUTRAL.has(type) ? 'neutral' : 'conflict';
}

/** A <select> of PLOVER types with an 'any' choice. */
export function typeSelect(name, value) {
  return el('select', { name, id: 'f-' + name },
    el('option', { value: '' }, 'any type'),
    PLOVER.map(t => el('option', { value: t, selected: t === value }, t)));
}

/** A labelled form field. */
export function field(label, input) {
  return el('label', { class: 'field' }, el('span', null, label), input);
}

/** The values of a form's named fields, blanks dropped. */
export function formValues(form) {
  const out = {};
  for (const [k, v] of new FormData(form).entries()) {
    if (String(v).trim() !== '') out[k] = String(v).trim();
  }
  return out;
}

/** One event as a sentence: "SUPPORT Türkiye → Kazakhstan (territorial integrity)". */
export function eventLine(ev) {
  return el('span', { class: 'event-line' },
    badge(ev.type, tone(ev.type)), ' ', actorLink(ev.source),
    ev.target ? [' → ', actorLink(ev.target)] : null,
    ev.issue ? el('span', { class: 'issue' }, ' (' + ev.issue + ')') : null,
    ev.negated ? badge('negated', 'neg') : null,
    ev.modality && ev.modality !== 'asserted' ? badge(ev.modality, 'mod') : null);
}

/** The evidence of an event: its words, quoted, linking to the sentence in the article. */
export function evidenceLink(ev) {
  const e = ev.evidence;
  if (!e) return null;
  return el('a', { class: 'evidence', href: evidenceHref(e.article, e.sentence),
    title: 'open the evidence sentence in article ' + e.article }, '“' + e.text + '”');
}
