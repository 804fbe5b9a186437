// A kind shown three ways at once — colour, shape glyph and its name — so it reads without colour too.
import { h } from './dom.js';

export function kindBadge(kind) {
  const badge = h('span', { class: 'kind', 'data-kind': kind.kind },
    h('span', { class: 'glyph', 'aria-hidden': 'true' }, kind.glyph), kind.label);
  badge.style.setProperty('--kind-colour', kind.colour);
  return badge;
}
