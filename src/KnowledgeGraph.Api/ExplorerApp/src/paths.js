// "How are these linked?": the API's paths between two entities, listed hop by hop as sentences with their sources,
// and the same as a plain-text citation list a journalist can paste into an article.
import { graphql } from './api.js';
import { h } from './dom.js';
import { factItem, sentenceText, sourceText, yearsText } from './facts.js';

export const maxLength = 4;
const maxPaths = 10;

/** What a hop shows of a relationship: the sentence, its details and its sources. */
export const hopFields = `key type label fromKey toKey role sinceYear untilYear amount currency note confidence
  from { name } to { name } sources { title publisher url publishedOn }`;

export const asHop = (relationship) => ({ ...relationship, fromName: relationship.from.name, toName: relationship.to.name });

const pathsQuery = `query ExplorerPaths($from: ID!, $to: ID!, $mode: PathMode!, $types: [String!], $maxLength: Int!, $first: Int!) {
  paths(from: $from, to: $to, mode: $mode, relationshipTypes: $types, maxLength: $maxLength, first: $first) {
    length
    nodes { key name kind }
    hops { relationship { ${hopFields} } }
  }
}`;

export async function loadPaths(view) {
  const data = await graphql(pathsQuery, {
    from: view.from, to: view.to, mode: view.paths, types: view.types.length ? view.types : null, maxLength, first: maxPaths,
  });
  return data.paths.map((path) => ({
    ...path,
    hops: path.hops.map(({ relationship }) => asHop(relationship)),
  }));
}

export function renderPaths(container, paths, fromName, toName, hidden = 0) {
  if (paths.length === 0) {
    container.replaceChildren(h('p', { class: 'hint' }, hidden
      ? `Every path of at most ${maxLength} steps between ${fromName} and ${toName} has a hop hidden by the confidence or year filter.`
      : `No path of at most ${maxLength} steps links ${fromName} and ${toName}.`));
    return;
  }
  container.replaceChildren(h('ol', { class: 'path-list' }, paths.map((path, index) => h('li', { class: 'path' },
    h('h3', {}, `Path ${index + 1}: ${path.nodes.map((n) => n.name).join(' → ')} (${path.length} ${path.length === 1 ? 'step' : 'steps'})`),
    h('ol', { class: 'facts-list hops' }, path.hops.map((hop) => factItem(hop)))))));
}

/** Every path hop by hop, each hop with its sources, then each source once, numbered as the hops cite it. */
export function citationsText(paths, heading) {
  const sources = new Map();
  const number = (source) => {
    const key = sourceText(source);
    if (!sources.has(key)) sources.set(key, sources.size + 1);
    return sources.get(key);
  };
  const lines = [heading, ''];
  paths.forEach((path, index) => {
    if (paths.length > 1) lines.push(`Path ${index + 1} of ${paths.length}:`);
    path.hops.forEach((hop, step) => {
      const details = [
        yearsText(hop.sinceYear, hop.untilYear),
        hop.confidence === 'REPORTED' ? `reported, not confirmed${hop.note ? `: ${hop.note}` : ''}` : '',
      ].filter(Boolean).join('; ');
      const cited = hop.sources.map((source) => `[${number(source)}]`).join('');
      lines.push(`${step + 1}. ${sentenceText(hop.fromName, hop.label, hop.toName)}${details ? ` (${details})` : ''} ${cited}`.trimEnd());
    });
    lines.push('');
  });
  lines.push('Sources:');
  for (const [text, n] of sources) lines.push(`[${n}] ${text}`);
  return lines.join('\n');
}
