// "How are these linked?" for three to five entities: the API's connect field, the small subgraph joining them all,
// listed hop by hop outward from the first entity, each hop with its sources, as the two-entity paths are.
import { graphql } from './api.js';
import { h } from './dom.js';
import { factItem } from './facts.js';
import { asHop, hopFields, maxLength } from './paths.js';
import { distancesFrom } from './reach.js';

/** The "And" fields beyond From and To: connect takes up to five entities. */
export const maxAlso = 3;

const connectQuery = `query ExplorerConnect($ids: [ID!]!, $maxLength: Int!) {
  connect(ids: $ids, maxLength: $maxLength) {
    truncated
    nodes { key name kind }
    relationships { ${hopFields} }
  }
}`;

export function entityList(names) {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
}

/**
 * The linking subgraph for `keys`, its hops ordered by how far they lie from the first entity, and the entities
 * asked for that no hop reaches (connect returns those unlinked, with truncated set).
 */
export async function loadConnection(keys) {
  const data = await graphql(connectQuery, { ids: keys, maxLength });
  const { nodes, relationships, truncated } = data.connect;
  const distance = distancesFrom(relationships, [keys[0]]);
  const far = (r) => Math.min(distance.get(r.fromKey) ?? Number.MAX_SAFE_INTEGER, distance.get(r.toKey) ?? Number.MAX_SAFE_INTEGER);
  const hops = relationships.map(asHop).sort((a, b) => far(a) - far(b));
  const touched = new Set(relationships.flatMap((r) => [r.fromKey, r.toKey]));
  const named = new Map(nodes.map((node) => [node.key, node]));
  return {
    entities: nodes,
    hops,
    truncated,
    picked: keys.map((key) => named.get(key) ?? { key, name: key }),
    unlinked: keys.filter((key) => !touched.has(key)).map((key) => named.get(key)?.name ?? key),
  };
}

export function renderConnection(container, connection, hops, hidden) {
  const names = entityList(connection.picked.map((e) => e.name));
  if (hops.length === 0) {
    container.replaceChildren(h('p', { class: 'hint' }, hidden
      ? `Every hop linking ${names} is hidden by the confidence or year filter.`
      : `No hops of at most ${maxLength} steps link ${names}.`));
    return;
  }
  container.replaceChildren(h('ol', { class: 'path-list' }, h('li', { class: 'path' },
    h('h3', {}, `Linking ${names} (${hops.length} ${hops.length === 1 ? 'step' : 'steps'})`),
    h('ol', { class: 'facts-list hops' }, hops.map((hop) => factItem(hop))))));
}
