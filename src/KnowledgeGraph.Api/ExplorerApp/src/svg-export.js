// The drawing as SVG, written from cytoscape's model (positions, sizes, styles) rather than its canvas, so it stays
// sharp in print and can be edited: each entity as its kind's shape with its name below, each relationship as a line
// with an arrow and its label, Reported ones dashed. Written here because the SVG plug-ins on npm are GPL-licensed.
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

// Regular shapes by corner count and starting angle; the star alternates outer and inner corners.
const polygons = { diamond: [4, -90], hexagon: [6, 0], triangle: [3, -90], pentagon: [5, -90], vee: [3, 90] };

function shapeOf(node) {
  const { x, y } = node.position();
  const width = node.width();
  const height = node.height();
  const fill = node.style('background-color');
  const stroke = `stroke="${escape(node.style('border-color'))}" stroke-width="${parseFloat(node.style('border-width')) || 1}"`;
  const shape = node.style('shape');
  if (shape === 'ellipse') {
    return `<ellipse cx="${x}" cy="${y}" rx="${width / 2}" ry="${height / 2}" fill="${escape(fill)}" ${stroke}/>`;
  }

  if (shape.includes('rectangle')) {
    const radius = shape.startsWith('round') ? Math.min(width, height) / 4 : 0;
    return `<rect x="${x - width / 2}" y="${y - height / 2}" width="${width}" height="${height}" rx="${radius}" fill="${escape(fill)}" ${stroke}/>`;
  }

  const [corners, start] = shape === 'star' ? [10, -90] : polygons[shape] ?? [8, 0];
  const points = Array.from({ length: corners }, (_, i) => {
    const angle = ((start + (360 / corners) * i) * Math.PI) / 180;
    const scale = shape === 'star' && i % 2 === 1 ? 0.45 : 1;
    return `${(x + (Math.cos(angle) * width * scale) / 2).toFixed(2)},${(y + (Math.sin(angle) * height * scale) / 2).toFixed(2)}`;
  });
  return `<polygon points="${points.join(' ')}" fill="${escape(fill)}" ${stroke}/>`;
}

// Names wrap at about the width cytoscape wraps them at.
function lines(label, perLine = 20) {
  const words = String(label).split(/\s+/);
  const result = [''];
  for (const word of words) {
    const last = result.length - 1;
    if (result[last] && (result[last] + ' ' + word).length > perLine) result.push(word);
    else result[last] = result[last] ? `${result[last]} ${word}` : word;
  }
  return result;
}

function labelOf(node) {
  const { x, y } = node.position();
  const top = y + node.height() / 2 + 12;
  const weight = node.style('font-weight') === 'bold' ? ' font-weight="bold"' : '';
  const spans = lines(node.data('label')).map((line, i) => `<tspan x="${x}" y="${top + i * 13}">${escape(line)}</tspan>`);
  return `<text text-anchor="middle" font-size="11"${weight} fill="#1b1b1b">${spans.join('')}</text>`;
}

function edgeOf(edge) {
  const from = edge.source().position();
  const to = edge.target().position();
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  // Start and end at the nodes' rims, so the arrow head shows.
  const trim = (node) => Math.max(node.width(), node.height()) / 2 + 2;
  const ux = (to.x - from.x) / length;
  const uy = (to.y - from.y) / length;
  const x1 = from.x + ux * trim(edge.source());
  const y1 = from.y + uy * trim(edge.source());
  const x2 = to.x - ux * trim(edge.target());
  const y2 = to.y - uy * trim(edge.target());
  const colour = escape(edge.style('line-color'));
  const dashed = edge.style('line-style') === 'dashed' ? ' stroke-dasharray="6 4"' : '';
  const marker = edge.hasClass('reported') ? 'arrow-reported' : 'arrow';
  const midX = (x1 + x2) / 2;
  const midY = (y1 + y2) / 2;
  return `<line x1="${x1.toFixed(2)}" y1="${y1.toFixed(2)}" x2="${x2.toFixed(2)}" y2="${y2.toFixed(2)}" stroke="${colour}" ` +
    `stroke-width="${parseFloat(edge.style('width')) || 1.5}"${dashed} marker-end="url(#${marker})"/>` +
    `<text x="${midX.toFixed(2)}" y="${(midY - 3).toFixed(2)}" text-anchor="middle" font-size="9" fill="#444444">${escape(edge.data('label') ?? '')}</text>`;
}

/** The whole drawing (not only what is in view) as an SVG document. */
export function toSvg(cy, { padding = 30, background = '#ffffff' } = {}) {
  const box = cy.elements().boundingBox({ includeLabels: true });
  const x = (Number.isFinite(box.x1) ? box.x1 : 0) - padding;
  const y = (Number.isFinite(box.y1) ? box.y1 : 0) - padding;
  const width = (Number.isFinite(box.w) ? box.w : 0) + 2 * padding;
  const height = (Number.isFinite(box.h) ? box.h : 0) + 2 * padding;
  const arrow = (id, colour) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">` +
    `<path d="M 0 0 L 10 5 L 0 10 z" fill="${colour}"/></marker>`;
  return '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width.toFixed(0)}" height="${height.toFixed(0)}" viewBox="${x.toFixed(2)} ${y.toFixed(2)} ${width.toFixed(2)} ${height.toFixed(2)}" font-family="sans-serif">\n` +
    `<defs>${arrow('arrow', '#6b6b6b')}${arrow('arrow-reported', '#b35c00')}</defs>\n` +
    `<rect x="${x.toFixed(2)}" y="${y.toFixed(2)}" width="${width.toFixed(2)}" height="${height.toFixed(2)}" fill="${background}"/>\n` +
    cy.edges().map(edgeOf).join('\n') + '\n' +
    cy.nodes().map((node) => shapeOf(node) + labelOf(node)).join('\n') + '\n</svg>\n';
}
