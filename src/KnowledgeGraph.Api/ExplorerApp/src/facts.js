// One relationship read as a journalist writes it: "A — operated by → B", its years, how firmly it is established
// and on whose word. Shared by the entity panel and the hop-by-hop path list, in HTML and in plain text.
import { h, safeUrl } from './dom.js';

export function sentenceText(fromName, label, toName) {
  return `${fromName} — ${label} → ${toName}`;
}

export function yearsText(sinceYear, untilYear) {
  if (sinceYear && untilYear) return sinceYear === untilYear ? `${sinceYear}` : `${sinceYear}–${untilYear}`;
  if (sinceYear) return `since ${sinceYear}`;
  if (untilYear) return `until ${untilYear}`;
  return '';
}

export function sourceText(source) {
  return [source.title, source.publisher, source.publishedOn, source.url].filter(Boolean).join(', ');
}

function sourceItem(source) {
  const url = safeUrl(source.url);
  return h('li', { class: 'source' },
    url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, source.title) : h('span', {}, source.title),
    source.publisher ? h('span', { class: 'publisher' }, ` — ${source.publisher}`) : null,
    source.publishedOn ? h('time', { datetime: source.publishedOn }, `, ${source.publishedOn}`) : null);
}

/**
 * A relationship as a list entry. `relationship` carries the stated direction (fromName, toName, label read from the
 * start), the years, confidence, note, role, amount and sources; `actions` are extra controls (open the neighbour).
 */
export function factItem(relationship, actions = []) {
  const reported = relationship.confidence === 'REPORTED';
  const years = yearsText(relationship.sinceYear, relationship.untilYear);
  return h('li', { class: reported ? 'fact reported' : 'fact', 'data-type': relationship.type },
    h('p', { class: 'sentence' }, sentenceText(relationship.fromName, relationship.label, relationship.toName)),
    h('p', { class: 'facts' },
      h('span', { class: reported ? 'confidence reported' : 'confidence confirmed' }, reported ? '⚠ Reported' : '✓ Confirmed'),
      years ? h('span', { class: 'years' }, years) : null,
      relationship.role ? h('span', { class: 'role' }, `as ${relationship.role}`) : null,
      relationship.amount != null ? h('span', { class: 'amount' }, `${relationship.amount.toLocaleString('en')} ${relationship.currency ?? ''}`.trim()) : null),
    relationship.note ? h('p', { class: 'note' }, h('span', { class: 'visually-hidden' }, 'Note: '), relationship.note) : null,
    relationship.sources?.length
      ? h('details', { class: 'sources' }, h('summary', {}, `Sources (${relationship.sources.length})`), h('ul', {}, relationship.sources.map(sourceItem)))
      : null,
    actions.length ? h('p', { class: 'actions' }, actions) : null);
}

export function sourceListSection(sources) {
  return h('ul', { class: 'source-list' }, sources.map(sourceItem));
}
