// The link explorer: wires the search boxes, the drawing, the entity panel, the path question, the filters, the
// downloads and the credential prompt to one view held in the URL. Every piece of data comes from /graphql or /export.
import { exportFile, forgetCredential, graphql, readCredential, storeCredential } from './api.js';
import { loadCatalog } from './catalog.js';
import { h, saveBlob } from './dom.js';
import { filterSubgraph, isFiltering, keepsFact } from './fact-filter.js';
import { createGraph } from './graph.js';
import { kindBadge } from './kind-badge.js';
import { loadEntity, renderEntity } from './panel.js';
import { entityList, loadConnection, maxAlso, renderConnection } from './connect.js';
import { citationsText, loadPaths, renderPaths } from './paths.js';
import { entityPicker } from './picker.js';
import { distancesFrom } from './reach.js';
import { hubLimit, hubPage, maxHubPages, readView, viewUrl } from './view-state.js';

const $ = (id) => document.getElementById(id);
const maxExpanded = 20;

let catalog;
let graph;
let view = readView();
let generation = 0;
// What the last render loaded, before the confidence and year filter: the export holds it whole.
let loaded = { entities: [], relationships: [] };
let traced = null;
let pickers = {};
// The "And" fields on show, and the entity picked in each, until Trace puts them in the view.
let alsoShown = 0;
let alsoPicked = [];
let retryAfterCredential = null;

function setStatus(text) {
  $('status').textContent = text;
}

function showError(error) {
  $('error').textContent = error.message;
  $('error').hidden = false;
}

function fail(error, retry) {
  if (error.needsCredential) {
    askForCredential(error.message, retry);
    return;
  }
  showError(error);
}

// ---- credentials -------------------------------------------------------------------------------------------------

function describeCredential() {
  const credential = readCredential();
  $('credentials-button').textContent = credential
    ? `Signed in with ${credential.type === 'apiKey' ? 'an API key' : 'a token'}`
    : 'Token or API key';
}

function askForCredential(reason, retry) {
  retryAfterCredential = retry;
  $('credentials-reason').textContent = reason ?? 'Give a token or an API key to read the graph.';
  $('credential-value').value = '';
  if (!$('credentials-dialog').open) $('credentials-dialog').showModal();
  $('credential-value').focus();
}

function wireCredentials() {
  describeCredential();
  $('credentials-button').addEventListener('click', () => askForCredential('A token or an API key is sent with every request from this tab.', render));
  $('credentials-form').addEventListener('submit', () => {
    const type = new FormData($('credentials-form')).get('credential-type');
    storeCredential(type, $('credential-value').value.trim());
    $('credential-value').value = '';
    describeCredential();
    const retry = retryAfterCredential;
    retryAfterCredential = null;
    retry?.();
  });
  $('credentials-forget').addEventListener('click', () => {
    forgetCredential();
    describeCredential();
    $('credentials-dialog').close();
  });
  $('credentials-cancel').addEventListener('click', () => $('credentials-dialog').close());
}

// ---- the view ----------------------------------------------------------------------------------------------------

function update(changes) {
  view = { ...view, ...changes };
  history.replaceState(null, '', viewUrl(view));
  return render();
}

/** Opening an entity shows it in the panel and, in the neighbourhood, draws its own neighbours too. */
function openEntity(key) {
  if (view.mode === 'links') return update({ selected: key });
  const expanded = key === view.entity || view.expanded.includes(key) ? view.expanded : [...view.expanded, key].slice(-maxExpanded);
  return update({ selected: key, expanded });
}

function collapse(key) {
  const { [key]: _, ...more } = view.more;
  return update({ expanded: view.expanded.filter((k) => k !== key), selected: view.selected === key ? view.entity : view.selected, more });
}

function showMore(key) {
  return update({ more: { ...view.more, [key]: Math.min(maxHubPages, (view.more[key] ?? 1) + 1) } });
}

function neighbourhoodQuery(count) {
  const ids = Array.from({ length: count }, (_, i) => `$k${i}: ID!, $l${i}: Int!`).join(', ');
  const fields = Array.from({ length: count }, (_, i) =>
    `n${i}: neighborhood(id: $k${i}, depth: 1, relationshipTypes: $types, kinds: $kinds, limit: $l${i}) {
      truncated nodes { key name kind } relationships { key fromKey toKey label confidence sinceYear untilYear } }`).join('\n');
  return `query ExplorerNeighbourhood($types: [String!], $kinds: [EntityKind!], ${ids}) { ${fields} }`;
}

/**
 * Each centre's first neighbours, a page of them more for every "Show more": a hub's hundreds of relationships would
 * bury the drawing. `more` lists the centres whose page limit cut neighbours off; `truncated` says another cap did.
 */
async function loadNeighbourhood() {
  const centres = [view.entity, ...view.expanded.filter((k) => k !== view.entity)];
  const variables = { types: view.types.length ? view.types : null, kinds: view.kinds.length ? view.kinds : null };
  centres.forEach((key, i) => {
    variables[`k${i}`] = key;
    variables[`l${i}`] = hubLimit(view, key);
  });
  const data = await graphql(neighbourhoodQuery(centres.length), variables);
  const entities = new Map();
  const relationships = new Map();
  const more = [];
  let truncated = false;
  centres.forEach((key, i) => {
    const subgraph = data[`n${i}`];
    const pageFull = subgraph.nodes.length >= variables[`l${i}`];
    if (subgraph.truncated && pageFull && (view.more[key] ?? 1) < maxHubPages) more.push(subgraph.nodes.find((n) => n.key === key) ?? { key, name: key });
    else truncated ||= subgraph.truncated;
    subgraph.nodes.forEach((node) => entities.set(node.key, node));
    subgraph.relationships.forEach((relationship) => relationships.set(relationship.key, relationship));
  });
  return { entities: [...entities.values()], relationships: [...relationships.values()], truncated, more };
}

function renderMore(hubs) {
  $('more-controls').replaceChildren(...hubs.map((hub) => h('button', { type: 'button', class: 'quiet', onclick: () => showMore(hub.key) },
    `Show ${hubPage} more around ${hub.name}`)));
  $('more-controls').hidden = hubs.length === 0;
}

/** Hops from the centre to the farthest expanded entity, plus one: the depth a GraphML export needs to hold the view. */
function exportDepth() {
  const distance = distancesFrom(loaded.relationships, [view.entity]);
  const farthest = Math.max(0, ...view.expanded.map((k) => distance.get(k) ?? 0));
  return Math.min(4, farthest + 1);
}

function renderInView(entities) {
  $('in-view-count').textContent = String(entities.length);
  $('in-view-list').replaceChildren(...entities.map((entity) => {
    const expanded = view.expanded.includes(entity.key);
    return h('li', { 'data-key': entity.key },
      kindBadge(catalog.kind(entity.kind)),
      h('button', { type: 'button', class: 'link-button', onclick: () => openEntity(entity.key) }, entity.name),
      view.mode === 'neighbourhood' && entity.key !== view.entity && expanded
        ? h('button', { type: 'button', class: 'quiet', onclick: () => collapse(entity.key), 'aria-label': `Collapse ${entity.name}` }, 'Collapse')
        : null);
  }));
}

async function renderPanel(ticket) {
  if (!view.selected) {
    $('panel-body').replaceChildren(h('p', { class: 'hint' }, 'Search for an entity to begin: its relationships, with their sources, appear here.'));
    return;
  }
  const entity = await loadEntity(catalog, view.selected);
  if (ticket !== generation) return;
  renderEntity($('panel-body'), entity, {
    catalog,
    onOpen: openEntity,
    onExpand: openEntity,
    canExpand: view.mode === 'neighbourhood',
    isExpanded: (key) => key === view.entity || view.expanded.includes(key),
  });
  if (view.mode === 'neighbourhood' && view.entity === view.selected) pickers.search.set(entity);
}

async function renderNeighbourhood(ticket) {
  if (!view.entity) {
    loaded = { entities: [], relationships: [] };
    graph.draw([], []);
    renderInView([]);
    setStatus('Search for an entity to see what surrounds it.');
    return;
  }
  const [subgraph] = await Promise.all([loadNeighbourhood(), renderPanel(ticket)]);
  if (ticket !== generation) return;
  renderMore(subgraph.more);
  loaded = subgraph;
  const shown = filterSubgraph(subgraph, view, [view.entity, ...view.expanded]);
  const hidden = subgraph.relationships.length - shown.relationships.length;
  const marks = Object.fromEntries([[view.entity, 'focus']]);
  graph.draw(shown.entities, shown.relationships, marks);
  renderInView(shown.entities);
  const root = subgraph.entities.find((e) => e.key === view.entity);
  setStatus(`${root?.name ?? view.entity}: ${shown.entities.length} entities and ${shown.relationships.length} relationships drawn`
    + `${isFiltering(view) ? `, ${hidden} relationship${hidden === 1 ? '' : 's'} hidden by confidence or years` : ''}`
    + `${view.expanded.length ? `, ${view.expanded.length} neighbour${view.expanded.length === 1 ? '' : 's'} expanded` : ''}`
    + `${subgraph.more.length ? `; ${entityList(subgraph.more.map((hub) => hub.name))} ${subgraph.more.length === 1 ? 'has' : 'have'} more neighbours than drawn` : ''}`
    + `${subgraph.truncated ? ' (some relationships left out: a hub has more than shown; open it to list them all)' : ''}.`);
}

async function renderLinks(ticket) {
  if (!view.from || !view.to) {
    traced = null;
    loaded = { entities: [], relationships: [] };
    graph.draw([], []);
    renderInView([]);
    $('paths').hidden = true;
    setStatus('Pick two entities and press Trace to see how they are linked.');
    await renderPanel(ticket);
    return;
  }
  if (view.also.length) {
    await renderConnect(ticket);
    return;
  }
  const [found, names] = await Promise.all([
    loadPaths(view),
    graphql('query ExplorerEnds($from: String!, $to: String!) { from: entity(key: $from) { name } to: entity(key: $to) { name } }',
      { from: view.from, to: view.to }),
    renderPanel(ticket),
  ]);
  if (ticket !== generation) return;
  const fromName = names.from.name;
  const toName = names.to.name;
  pickers.from.set(names.from);
  pickers.to.set(names.to);
  // A path is only as strong as its weakest hop: one filtered-out hop hides the whole path.
  const keep = keepsFact(view);
  const paths = found.filter((path) => path.hops.every(keep));
  const hiddenPaths = found.length - paths.length;
  const entities = new Map();
  const relationships = new Map();
  for (const path of paths) {
    path.nodes.forEach((node) => entities.set(node.key, node));
    path.hops.forEach((hop) => relationships.set(hop.key, { ...hop, onPath: true }));
  }
  traced = { paths, fromName, toName };
  loaded = { entities: [...entities.values()], relationships: [...relationships.values()] };
  graph.draw(loaded.entities, loaded.relationships, { [view.from]: 'endpoint', [view.to]: 'endpoint' });
  renderInView(loaded.entities);
  renderPaths($('paths-list'), paths, fromName, toName, hiddenPaths);
  $('citations-text').value = paths.length ? citationsText(paths, `How ${fromName} is linked to ${toName}`) : '';
  $('copy-citations').disabled = paths.length === 0;
  $('paths').hidden = false;
  setStatus((paths.length
    ? `${paths.length} ${paths.length === 1 ? 'path' : 'paths'} of ${paths[0].length} ${paths[0].length === 1 ? 'step' : 'steps'} link ${fromName} and ${toName}.`
    : `No path links ${fromName} and ${toName}.`)
    + `${hiddenPaths ? ` ${hiddenPaths} more ${hiddenPaths === 1 ? 'path is' : 'paths are'} hidden by confidence or years.` : ''}`);
}

/** Three to five entities: the subgraph connect finds, drawn and listed hop by hop like a path. */
async function renderConnect(ticket) {
  const keys = [view.from, view.to, ...view.also];
  const [connection] = await Promise.all([loadConnection(keys), renderPanel(ticket)]);
  if (ticket !== generation) return;
  const [from, to, ...also] = connection.picked;
  pickers.from.set(from);
  pickers.to.set(to);
  also.forEach((entity, i) => pickers.also[i].set(entity));
  const hops = connection.hops.filter(keepsFact(view));
  const hidden = connection.hops.length - hops.length;
  const touched = new Set([...keys, ...hops.flatMap((hop) => [hop.fromKey, hop.toKey])]);
  loaded = { entities: connection.entities, relationships: connection.hops };
  const entities = connection.entities.filter((entity) => touched.has(entity.key));
  graph.draw(entities, hops.map((hop) => ({ ...hop, onPath: true })), Object.fromEntries(keys.map((key) => [key, 'endpoint'])));
  renderInView(entities);
  renderConnection($('paths-list'), connection, hops, hidden);
  const names = entityList(connection.picked.map((e) => e.name));
  $('citations-text').value = hops.length ? citationsText([{ hops }], `How ${names} are linked`) : '';
  $('copy-citations').disabled = hops.length === 0;
  $('paths').hidden = false;
  setStatus(`${hops.length} ${hops.length === 1 ? 'step links' : 'steps link'} ${names}.`
    + `${connection.unlinked.length ? ` No path of at most 4 steps reaches ${entityList(connection.unlinked)}.` : ''}`
    + `${hidden ? ` ${hidden} ${hidden === 1 ? 'step is' : 'steps are'} hidden by confidence or years.` : ''}`);
}

function syncControls() {
  const links = view.mode === 'links';
  $('mode-neighbourhood').setAttribute('aria-pressed', String(!links));
  $('mode-links').setAttribute('aria-pressed', String(links));
  $('links-form').hidden = !links;
  if (!links) $('paths').hidden = true;
  $('path-mode').value = view.paths;
  for (const [id, selected] of [['type-filter', view.types], ['kind-filter', view.kinds]]) {
    const boxes = [...$(id).querySelectorAll('input[type=checkbox]')];
    boxes.forEach((box) => { box.checked = selected.includes(box.value); });
    $(`${id}-count`).textContent = selected.length ? `(${selected.length})` : '(all)';
  }
  $('kind-filter').hidden = links;
  if (links) renderMore([]);
  alsoShown = Math.max(alsoShown, view.also.length);
  alsoPicked = [...view.also];
  pickers.also.forEach((_, i) => { $(`and-${i + 1}-field`).hidden = i >= alsoShown; });
  $('add-entity').disabled = alsoShown >= maxAlso;
  $('confidence-filter').value = view.confidence;
  $('since-filter').value = view.fromYear ?? '';
  $('until-filter').value = view.toYear ?? '';
  $('fact-filter-count').textContent = isFiltering(view) ? '(on)' : '(all)';
}

async function render() {
  const ticket = ++generation;
  syncControls();
  $('error').hidden = true;
  try {
    if (view.mode === 'links') await renderLinks(ticket);
    else await renderNeighbourhood(ticket);
  } catch (error) {
    if (ticket === generation) fail(error, render);
  }
}

// ---- controls ----------------------------------------------------------------------------------------------------

function filterOptions(id, entries, key) {
  const options = $(id).querySelector('.options');
  options.replaceChildren(...entries.map(({ value, label, extra }) => h('label', { class: 'option' },
    h('input', { type: 'checkbox', value, onchange: () => {
      const chosen = [...options.querySelectorAll('input:checked')].map((box) => box.value);
      update({ [key]: chosen });
    } }), extra ?? null, label)));
  options.append(h('button', { type: 'button', class: 'quiet', onclick: () => update({ [key]: [] }) }, 'Show all'));
}

function wireControls() {
  filterOptions('type-filter', [...catalog.types.values()].map((type) => ({
    value: type.name, label: `${type.forwardLabel} (${type.name})`,
  })), 'types');
  filterOptions('kind-filter', [...catalog.kinds.values()].map((kind) => ({
    value: kind.kind, label: '', extra: kindBadge(kind),
  })), 'kinds');
  const year = (input) => (input.value.trim() && Number.isInteger(Number(input.value)) ? Number(input.value) : null);
  const onFactFilter = () => update({ confidence: $('confidence-filter').value, fromYear: year($('since-filter')), toYear: year($('until-filter')) });
  for (const id of ['confidence-filter', 'since-filter', 'until-filter']) $(id).addEventListener('change', onFactFilter);
  $('fact-filter-clear').addEventListener('click', () => update({ confidence: '', fromYear: null, toYear: null }));
  $('legend').replaceChildren(...[...catalog.kinds.values()].map((kind) => h('li', {}, kindBadge(kind))),
    h('li', { class: 'legend-reported' }, h('span', { class: 'dash', 'aria-hidden': 'true' }), 'Reported, not confirmed'));

  const onError = (error) => fail(error, null);
  pickers.search = entityPicker({
    input: $('search-input'), list: $('search-suggestions'), catalog, onError,
    onPick: (entity) => update({ mode: 'neighbourhood', entity: entity.key, selected: entity.key, expanded: [], more: {} }),
  });
  pickers.from = entityPicker({ input: $('from-input'), list: $('from-suggestions'), catalog, onError, onPick: (e) => { view.from = e.key; } });
  pickers.to = entityPicker({ input: $('to-input'), list: $('to-suggestions'), catalog, onError, onPick: (e) => { view.to = e.key; } });

  const ordinals = ['third', 'fourth', 'fifth'];
  $('and-fields').replaceChildren(...ordinals.slice(0, maxAlso).map((ordinal, i) => h('div', { class: 'field', id: `and-${i + 1}-field`, hidden: true },
    h('label', { for: `and-${i + 1}-input` }, `And (${ordinal} entity)`),
    h('div', { class: 'picker' },
      h('input', { id: `and-${i + 1}-input`, type: 'search', autocomplete: 'off', spellcheck: 'false', role: 'combobox',
        'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `and-${i + 1}-suggestions` }),
      h('ul', { id: `and-${i + 1}-suggestions`, class: 'suggestions', role: 'listbox', 'aria-label': `Suggestions for the ${ordinal} entity`, hidden: true })))));
  pickers.also = ordinals.slice(0, maxAlso).map((_, i) => entityPicker({
    input: $(`and-${i + 1}-input`), list: $(`and-${i + 1}-suggestions`), catalog, onError, onPick: (e) => { alsoPicked[i] = e.key; },
  }));
  $('add-entity').addEventListener('click', () => {
    alsoShown = Math.min(maxAlso, alsoShown + 1);
    $(`and-${alsoShown}-field`).hidden = false;
    $('add-entity').disabled = alsoShown >= maxAlso;
    $(`and-${alsoShown}-input`).focus();
  });

  $('mode-neighbourhood').addEventListener('click', () => update({ mode: 'neighbourhood', entity: view.entity || view.from, selected: view.selected || view.from }));
  $('mode-links').addEventListener('click', () => update({ mode: 'links', from: view.from || view.entity, selected: view.selected || view.entity }));
  $('links-form').addEventListener('submit', (event) => {
    event.preventDefault();
    // An emptied "And" field drops its entity.
    const also = alsoPicked.filter((key, i) => key && i < alsoShown && $(`and-${i + 1}-input`).value.trim());
    update({ paths: $('path-mode').value, selected: view.from, also });
  });

  $('copy-citations').addEventListener('click', async () => {
    const text = $('citations-text').value;
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Citations copied to the clipboard.');
    } catch {
      $('citations-text').select();
      setStatus('The browser refused the clipboard: the citations are selected below, copy them with Ctrl+C.');
    }
  });
  $('copy-link').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setStatus('Link to this view copied.');
    } catch {
      setStatus(`Link to this view: ${location.href}`);
    }
  });
  $('download-png').addEventListener('click', async () => {
    const blob = await graph.png();
    saveBlob(blob, view.mode === 'links' ? `${view.from}-to-${view.to}.png` : `${view.entity || 'graph'}-neighbourhood.png`);
    setStatus('PNG downloaded.');
  });
  $('download-svg').addEventListener('click', () => {
    saveBlob(graph.svg(), view.mode === 'links' ? `${view.from}-to-${view.to}.svg` : `${view.entity || 'graph'}-neighbourhood.svg`);
    setStatus('SVG downloaded.');
  });
  for (const [id, format, label] of [['download-graphml', 'graphml', 'GraphML'], ['download-csv', 'csv', 'CSV (zip)'], ['download-json', 'json', 'JSON']]) {
    $(id).addEventListener('click', () => downloadExport(format, label));
  }
  window.addEventListener('resize', () => graph.resize());
}

/** The subgraph in view, in one of the service's export formats, through /export. */
async function downloadExport(format, label) {
  try {
    const file = view.mode === 'links'
      ? await exportFile('export/paths', { from: view.from, to: view.to, mode: view.paths, maxLength: 4, relationshipTypes: view.types, format })
      : await exportFile('export/neighborhood', { id: view.entity, depth: exportDepth(), relationshipTypes: view.types, kinds: view.kinds, format });
    saveBlob(file.blob, file.filename);
    setStatus(`${label} downloaded (${file.filename}).`);
  } catch (error) {
    fail(error, null);
  }
}

async function start() {
  try {
    catalog = await loadCatalog();
  } catch (error) {
    fail(error, start);
    return;
  }
  graph = createGraph($('graph'), { catalog, onTap: openEntity });
  wireControls();
  await render();
  document.body.dataset.ready = 'true';
}

wireCredentials();
start();
