// What the graph can hold, read once from the API (entityKinds, relationshipTypes): the page names no kind or type
// of its own. Each kind gets a colour and a shape by its place in the registry, so colour is never the only cue.
import { graphql } from './api.js';

// Okabe–Ito: told apart by people with the common colour-vision deficiencies.
const colours = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#999999'];
const shapes = [
  { shape: 'ellipse', glyph: '●' },
  { shape: 'round-rectangle', glyph: '■' },
  { shape: 'diamond', glyph: '◆' },
  { shape: 'hexagon', glyph: '⬢' },
  { shape: 'triangle', glyph: '▲' },
  { shape: 'star', glyph: '★' },
  { shape: 'pentagon', glyph: '⬟' },
  { shape: 'vee', glyph: '▼' },
];

const query = `query ExplorerCatalog {
  entityKinds { kind typeName properties { name description } }
  relationshipTypes { name forwardLabel inverseLabel description }
}`;

function words(typeName) {
  const spaced = typeName.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export async function loadCatalog() {
  const data = await graphql(query);
  const kinds = new Map(data.entityKinds.map((info, index) => [info.kind, {
    ...info,
    label: words(info.typeName),
    colour: colours[index % colours.length],
    ...shapes[index % shapes.length],
  }]));
  const types = new Map(data.relationshipTypes.map((info) => [info.name, info]));
  return {
    kinds,
    types,
    kind: (name) => kinds.get(name) ?? { kind: name, label: name, colour: '#999999', shape: 'ellipse', glyph: '●', properties: [] },
    forwardLabel: (type) => types.get(type)?.forwardLabel ?? type.toLowerCase().replaceAll('_', ' '),
    /** Inline fragments selecting each kind's own properties, for the entity panel. */
    propertyFragments: () => data.entityKinds
      .filter((info) => info.properties.length > 0)
      .map((info) => `... on ${info.typeName} { ${info.properties.map((p) => p.name).join(' ')} }`)
      .join('\n'),
    propertyWords: (name) => words(name),
  };
}
