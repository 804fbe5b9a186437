// The entity panel: kind, name, aliases, description, the kind's own properties, the entity's sources, and every
// relationship as a sentence with years, confidence and sources, a page at a time.
import { graphql } from './api.js';
import { h } from './dom.js';
import { factItem, sourceListSection } from './facts.js';
import { kindBadge } from './kind-badge.js';

const pageSize = 50;
const sourceFields = 'title publisher url publishedOn';

function entityQuery(catalog) {
  return `query ExplorerEntity($key: String!, $first: Int!, $after: String) {
    entity(key: $key) {
      key name kind aliases description
      sources { ${sourceFields} }
      ${catalog.propertyFragments()}
      relationships(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { key direction relationshipType role sinceYear untilYear amount currency note confidence
                sources { ${sourceFields} } node { key name kind } }
      }
    }
  }`;
}

export async function loadEntity(catalog, key, after = null) {
  const data = await graphql(entityQuery(catalog), { key, first: pageSize, after });
  return data.entity;
}

/** The edge as stated: from its start to its end, whichever side the panel's entity is on. */
function statedRelationship(entity, edge, catalog) {
  const outgoing = edge.direction === 'OUT';
  return {
    ...edge,
    type: edge.relationshipType,
    label: catalog.forwardLabel(edge.relationshipType),
    fromName: outgoing ? entity.name : edge.node.name,
    toName: outgoing ? edge.node.name : entity.name,
  };
}

export function renderEntity(container, entity, { catalog, onOpen, onExpand, isExpanded, canExpand }) {
  const kind = catalog.kind(entity.kind);
  const properties = (kind.properties ?? []).filter((p) => entity[p.name] !== undefined && entity[p.name] !== null);
  const relationships = h('ol', { class: 'facts-list', 'aria-label': `Relationships of ${entity.name}` });

  const appendPage = (connection) => {
    for (const edge of connection.edges) {
      relationships.append(factItem(statedRelationship(entity, edge, catalog), [
        h('button', { type: 'button', class: 'link-button', onclick: () => onOpen(edge.node.key) },
          `Open ${edge.node.name}`),
      ]));
    }
  };
  appendPage(entity.relationships);

  let cursor = entity.relationships.pageInfo.endCursor;
  const more = h('button', { type: 'button', class: 'more' }, 'Show more relationships');
  more.hidden = !entity.relationships.pageInfo.hasNextPage;
  more.addEventListener('click', async () => {
    more.disabled = true;
    const next = await loadEntity(catalog, entity.key, cursor);
    appendPage(next.relationships);
    cursor = next.relationships.pageInfo.endCursor;
    more.hidden = !next.relationships.pageInfo.hasNextPage;
    more.disabled = false;
  });

  // replaceChildren would write a left-out part as the text "null".
  container.replaceChildren(...[
    h('div', { class: 'entity-head' }, kindBadge(kind), h('h3', { id: 'entity-name' }, entity.name)),
    entity.aliases.length ? h('p', { class: 'aliases' }, h('span', { class: 'label' }, 'Also known as: '), entity.aliases.join(' · ')) : null,
    entity.description ? h('p', { class: 'description' }, entity.description) : null,
    canExpand && h('p', { class: 'actions' },
      h('button', { type: 'button', onclick: () => onExpand(entity.key), disabled: isExpanded(entity.key) },
        isExpanded(entity.key) ? 'Shown in the graph' : 'Expand in the graph')),
    properties.length
      ? h('dl', { class: 'properties' }, properties.flatMap((p) => [h('dt', { title: p.description }, catalog.propertyWords(p.name)), h('dd', {}, String(entity[p.name]))]))
      : null,
    entity.sources.length ? h('details', { class: 'entity-sources' }, h('summary', {}, `Sources on ${entity.name} (${entity.sources.length})`), sourceListSection(entity.sources)) : null,
    h('h4', {}, `Relationships (${entity.relationships.totalCount})`),
    relationships,
    more,
  ].filter(Boolean));
}
