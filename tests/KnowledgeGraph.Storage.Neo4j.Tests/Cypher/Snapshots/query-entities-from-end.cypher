CALL () { MATCH (n:Entity:Project) WHERE true RETURN count(n) AS total }
CALL () { MATCH (n:Entity:Project) WHERE true AND (n[$p1] IS NOT NULL OR (n[$p1] IS NULL AND n[$p2] > $p5) OR (n[$p1] IS NULL AND n[$p2] = $p5 AND n.key < $p6)) RETURN count(n) AS bounded }
CALL () { MATCH (n:Entity:Project) WHERE true AND ((n[$p1] > $p3 OR n[$p1] IS NULL) OR (n[$p1] = $p3 AND n[$p2] IS NULL AND n.key > $p4)) AND (n[$p1] IS NOT NULL OR (n[$p1] IS NULL AND n[$p2] > $p5) OR (n[$p1] IS NULL AND n[$p2] = $p5 AND n.key < $p6))
WITH n ORDER BY n[$p1] IS NULL DESC, n[$p1] DESC, n[$p2] IS NULL DESC, n[$p2] ASC, n.key DESC LIMIT $take
RETURN collect(n) AS items }
RETURN total, bounded AS bounded, items
// parameters
// $p0 = "sector"
// $p1 = "sectorSortKey"
// $p2 = "lengthKm"
// $p3 = "0000061"
// $p4 = "aktau"
// $p5 = 12.5
// $p6 = "khorgos-gateway"
// $take = 5
