CALL () { MATCH (n:Entity) WHERE true AND (n.nameSortKey >= $p0 AND (n.nameSortKey > $p0 OR (n.nameSortKey = $p0 AND n.key > $p1))) AND (n.nameSortKey <= $p2 AND (n.nameSortKey < $p2 OR (n.nameSortKey = $p2 AND n.key < $p3)))
WITH n ORDER BY n.nameSortKey ASC, n.key ASC LIMIT $take
RETURN collect(n) AS items }
RETURN null AS total, items AS items, CASE WHEN size(items) < $take THEN EXISTS { MATCH (n:Entity) WHERE true AND (n.nameSortKey >= $p0 AND (n.nameSortKey > $p0 OR (n.nameSortKey = $p0 AND n.key > $p1))) AND (n.nameSortKey >= $p4 AND (n.nameSortKey > $p4 OR (n.nameSortKey = $p4 AND n.key >= $p5))) } END AS ahead, null AS behind
// parameters
// $p0 = "0000061"
// $p1 = "khorgos-gateway"
// $p2 = "0000061"
// $p3 = "khorgos-gateway"
// $p4 = "0000061"
// $p5 = "khorgos-gateway"
// $take = 3
