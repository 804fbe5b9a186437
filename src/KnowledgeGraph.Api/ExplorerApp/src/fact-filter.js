// The confidence and year-range filter: which relationships the drawing, the list under it and the paths keep.
// A fact's years are an interval (sinceYear..untilYear, either end open); it is kept when that interval meets the
// chosen range. A fact without years is kept: the filter narrows by what the sources date, it does not hide the undated.
import { distancesFrom } from './reach.js';

export function isFiltering(view) {
  return Boolean(view.confidence) || view.fromYear !== null || view.toYear !== null;
}

export function keepsFact(view) {
  return (relationship) => {
    if (view.confidence && relationship.confidence !== view.confidence) return false;
    if (view.fromYear !== null && relationship.untilYear != null && relationship.untilYear < view.fromYear) return false;
    if (view.toYear !== null && relationship.sinceYear != null && relationship.sinceYear > view.toYear) return false;
    return true;
  };
}

/**
 * The subgraph with only the kept relationships and the entities they still reach from the centres, so that an
 * entity joined only by a filtered-out fact leaves the drawing too.
 */
export function filterSubgraph(subgraph, view, centres) {
  const relationships = subgraph.relationships.filter(keepsFact(view));
  const reached = distancesFrom(relationships, centres);
  return {
    ...subgraph,
    entities: subgraph.entities.filter((e) => reached.has(e.key)),
    relationships: relationships.filter((r) => reached.has(r.fromKey) && reached.has(r.toKey)),
  };
}
