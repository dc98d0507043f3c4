// The workbench's router: #/view[/id][?params] picks a view, which fills <main id="view">.
import { clear, el, errorBox } from './dom.js';
import { renderSearch } from './search.js';
import { renderArticle } from './article.js';
import { renderEntity } from './entity.js';
import { renderNetwork } from './network.js';
import { renderPositions } from './positions.js';
import { renderEvents } from './events.js';

const VIEWS = {
  search: renderSearch,
  article: renderArticle,
  entity: renderEntity,
  network: renderNetwork,
  positions: renderPositions,
  events: renderEvents,
};

/** {view, id, params} of a location hash. */
export function parseHash(hash) {
  const h = (hash || '').replace(/^#\/?/, '');
  const q = h.indexOf('?');
  const path = q < 0 ? h : h.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : h.slice(q + 1));
  const slash = path.indexOf('/');
  const view = slash < 0 ? path : path.slice(0, slash);
  const id = slash < 0 ? null : decodeURIComponent(path.slice(slash + 1));
  return { view: view || 'search', id, params };
}

let generation = 0;

async function render() {
  const { view, id, params } = parseHash(location.hash);
  const main = document.getElementById('view');
  const mine = ++generation;
  for (const a of document.querySelectorAll('[data-nav]')) {
    a.classList.toggle('active', a.dataset.nav === view);
  }
  const renderer = VIEWS[view];
  const target = el('div', { class: 'view view-' + view });
  target.dataset.loading = 'true';
  clear(main).appendChild(target);
  if (!renderer) {
    target.appendChild(errorBox('Unknown page: ' + view));
    delete target.dataset.loading;
    return;
  }
  try {
    await renderer(target, id, params, () => mine !== generation);
  } catch (e) {
    if (mine === generation) target.appendChild(errorBox(e.message || String(e)));
  } finally {
    delete target.dataset.loading;
    target.dataset.ready = 'true';
  }
}

window.addEventListener('hashchange', render);
window.addEventListener('DOMContentLoaded', render);
