CALL () { MATCH (n:Entity:Project) WHERE true RETURN count(n) AS total }
CALL () { MATCH (n:Entity:Project) WHERE true AND ((n[$p1] > $p3 OR n[$p1] IS NULL) OR (n[$p1] = $p3 AND n[$p2] IS NULL AND n.key > $p4)) AND (n[$p1] IS NOT NULL OR (n[$p1] IS NULL AND n[$p2] > $p5) OR (n[$p1] IS NULL AND n[$p2] = $p5 AND n.key < $p6))
WITH n ORDER BY n[$p1] IS NULL DESC, n[$p1] DESC, n[$p2] IS NULL DESC, n[$p2] ASC, n.key DESC LIMIT $take
RETURN collect(n) AS items }
RETURN total AS total, items AS items, CASE WHEN size(items) < $take THEN EXISTS { MATCH (n:Entity:Project) WHERE true AND (n[$p1] IS NOT NULL OR (n[$p1] IS NULL AND n[$p2] > $p5) OR (n[$p1] IS NULL AND n[$p2] = $p5 AND n.key < $p6)) AND (n[$p1] < $p7 OR (n[$p1] = $p7 AND n[$p2] IS NOT NULL) OR (n[$p1] = $p7 AND n[$p2] IS NULL AND n.key <= $p8)) } END AS ahead, EXISTS { MATCH (n:Entity:Project) WHERE true AND ((n[$p1] IS NULL AND (n[$p2] < $p9 OR n[$p2] IS NULL)) OR (n[$p1] IS NULL AND n[$p2] = $p9 AND n.key >= $p10)) } AS behind
// parameters
// $p0 = "sector"
// $p1 = "sectorSortKey"
// $p10 = "khorgos-gateway"
// $p2 = "lengthKm"
// $p3 = "0000061"
// $p4 = "aktau"
// $p5 = 12.5
// $p6 = "khorgos-gateway"
// $p7 = "0000061"
// $p8 = "aktau"
// $p9 = 12.5
// $take = 6
