// The drawing: cytoscape (canvas, so hundreds of nodes stay fast, and a PNG export built in) laid out by fcose;
// svg-export.js writes the same drawing as SVG, which stays sharp in print and can be edited.
// Nodes are entities (kind by colour and shape), edges relationships (Reported ones dashed). A tap opens the entity.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { toSvg } from './svg-export.js';

cytoscape.use(fcose);

export function createGraph(container, { catalog, onTap }) {
  const cy = cytoscape({
    container,
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(colour)',
          shape: 'data(shape)',
          label: 'data(label)',
          'font-size': 11,
          'text-wrap': 'wrap',
          'text-max-width': 120,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          color: '#1b1b1b',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
          'text-background-padding': 1,
          'border-width': 1,
          'border-color': '#333333',
          width: 26,
          height: 26,
        },
      },
      { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#000000', width: 34, height: 34, 'font-weight': 'bold' } },
      { selector: 'node.endpoint', style: { 'border-width': 4, 'border-color': '#000000', width: 34, height: 34, 'font-weight': 'bold' } },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#6b6b6b',
          'target-arrow-color': '#6b6b6b',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': 9,
          color: '#444444',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
        },
      },
      { selector: 'edge.reported', style: { 'line-style': 'dashed', 'line-color': '#b35c00', 'target-arrow-color': '#b35c00' } },
      { selector: 'edge.on-path', style: { width: 3 } },
    ],
  });

  cy.on('tap', 'node', (event) => onTap(event.target.id()));

  return {
    /** Replaces the drawing with these entities and relationships; `marks` adds classes to nodes by key. */
    draw(entities, relationships, marks = {}) {
      cy.elements().remove();
      cy.add(entities.map((entity) => {
        const kind = catalog.kind(entity.kind);
        return {
          group: 'nodes',
          data: { id: entity.key, label: entity.name, colour: kind.colour, shape: kind.shape },
          classes: marks[entity.key] ?? '',
        };
      }));
      cy.add(relationships.filter((r) => cy.getElementById(r.fromKey).nonempty() && cy.getElementById(r.toKey).nonempty())
        .map((relationship) => ({
          group: 'edges',
          data: { id: relationship.key, source: relationship.fromKey, target: relationship.toKey, label: relationship.label },
          classes: [relationship.confidence === 'REPORTED' ? 'reported' : '', relationship.onPath ? 'on-path' : ''].join(' ').trim(),
        })));
      cy.layout({ name: cy.nodes().length > 1 ? 'fcose' : 'grid', animate: false, randomize: true, nodeRepulsion: 9000, idealEdgeLength: 110, padding: 30 }).run();
      cy.fit(undefined, 30);
    },
    counts: () => ({ nodes: cy.nodes().length, edges: cy.edges().length }),
    png: () => cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }),
    svg: () => new Blob([toSvg(cy)], { type: 'image/svg+xml' }),
    resize: () => { cy.resize(); cy.fit(undefined, 30); },
  };
}
