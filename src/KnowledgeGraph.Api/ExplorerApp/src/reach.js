// How far each entity lies from a set of starting entities, following relationships either way.
export function distancesFrom(relationships, starts) {
  const distance = new Map(starts.map((key) => [key, 0]));
  const queue = [...starts];
  while (queue.length) {
    const key = queue.shift();
    for (const r of relationships) {
      const other = r.fromKey === key ? r.toKey : r.toKey === key ? r.fromKey : null;
      if (other && !distance.has(other)) {
        distance.set(other, distance.get(key) + 1);
        queue.push(other);
      }
    }
  }
  return distance;
}
