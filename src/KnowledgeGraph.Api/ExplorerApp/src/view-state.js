// The view lives in the URL, so a shared link reopens it: the mode, the entity at the centre, the one shown in the
// panel, the neighbours expanded, the filters (types, kinds, confidence, years), and the two to five entities of a path question. Entities go by key.
const list = (value) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : []);
import { maxAlso } from './connect.js';

const pathModes = new Set(['SHORTEST', 'ALL_SHORTEST']);
/** A centre's neighbours are drawn a page at a time ("Show more"), up to maxHubPages pages. */
export const hubPage = 12;
export const maxHubPages = 15;

/** The neighbourhood limit for a centre: itself plus its pages of neighbours. */
export const hubLimit = (view, key) => 1 + hubPage * (view.more[key] ?? 1);

// more=kazakhstan:3,china:2 — a page count above one per centre.
function pages(value) {
  const more = {};
  for (const item of list(value)) {
    const [key, count] = item.split(':');
    const n = Number(count);
    if (key && Number.isInteger(n) && n > 1) more[key] = Math.min(maxHubPages, n);
  }
  return more;
}

const confidences = new Set(['CONFIRMED', 'REPORTED']);
const year = (value) => (/^-?\d{1,4}$/.test(value ?? '') ? Number(value) : null);

export function readView(search = location.search) {
  const query = new URLSearchParams(search);
  const mode = query.get('mode') === 'links' ? 'links' : 'neighbourhood';
  return {
    mode,
    entity: query.get('entity') ?? '',
    selected: query.get('selected') ?? query.get('entity') ?? '',
    expanded: list(query.get('expand')),
    more: pages(query.get('more')),
    types: list(query.get('types')),
    kinds: list(query.get('kinds')),
    from: query.get('from') ?? '',
    to: query.get('to') ?? '',
    also: list(query.get('and')).slice(0, maxAlso),
    paths: pathModes.has(query.get('paths')) ? query.get('paths') : 'SHORTEST',
    confidence: confidences.has(query.get('confidence')) ? query.get('confidence') : '',
    fromYear: year(query.get('since')),
    toYear: year(query.get('until')),
  };
}

export function viewUrl(view) {
  const query = new URLSearchParams();
  if (view.mode === 'links') query.set('mode', 'links');
  if (view.entity) query.set('entity', view.entity);
  if (view.selected && view.selected !== view.entity) query.set('selected', view.selected);
  if (view.expanded.length) query.set('expand', view.expanded.join(','));
  const more = Object.entries(view.more).filter(([, n]) => n > 1);
  if (more.length) query.set('more', more.map(([key, n]) => `${key}:${n}`).join(','));
  if (view.types.length) query.set('types', view.types.join(','));
  if (view.kinds.length) query.set('kinds', view.kinds.join(','));
  if (view.confidence) query.set('confidence', view.confidence);
  if (view.fromYear !== null) query.set('since', String(view.fromYear));
  if (view.toYear !== null) query.set('until', String(view.toYear));
  if (view.from) query.set('from', view.from);
  if (view.to) query.set('to', view.to);
  if (view.also.length) query.set('and', view.also.join(','));
  if (view.mode === 'links' && view.paths !== 'SHORTEST') query.set('paths', view.paths);
  const text = query.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return `${location.pathname}${text ? `?${text}` : ''}`;
}
