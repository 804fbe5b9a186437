CALL () { MATCH (n:Entity:Project) WHERE (toLower(n.name) CONTAINS $p0 AND (n[$p1] >= $p2 OR (n[$p3] IS NULL OR NOT (n[$p3] = $p4))) AND (n[$p5] IS NULL OR NOT (n[$p5] IN $p6)) AND (n.description IS NULL OR NOT (toLower(n.description) CONTAINS $p7)) AND toLower(n.key) STARTS WITH $p8) RETURN count(n) AS total }
CALL () { MATCH (n:Entity:Project) WHERE (toLower(n.name) CONTAINS $p0 AND (n[$p1] >= $p2 OR (n[$p3] IS NULL OR NOT (n[$p3] = $p4))) AND (n[$p5] IS NULL OR NOT (n[$p5] IN $p6)) AND (n.description IS NULL OR NOT (toLower(n.description) CONTAINS $p7)) AND toLower(n.key) STARTS WITH $p8) AND ((n[$p9] < $p10 OR n[$p9] IS NULL) OR (n[$p9] = $p10 AND n.nameSortKey > $p11) OR (n[$p9] = $p10 AND n.nameSortKey = $p11 AND n.key > $p12))
WITH n ORDER BY n[$p9] IS NULL ASC, n[$p9] DESC, n.nameSortKey ASC, n.key ASC LIMIT $take
RETURN collect(n) AS items }
RETURN total AS total, items AS items, null AS ahead, EXISTS { MATCH (n:Entity:Project) WHERE (toLower(n.name) CONTAINS $p0 AND (n[$p1] >= $p2 OR (n[$p3] IS NULL OR NOT (n[$p3] = $p4))) AND (n[$p5] IS NULL OR NOT (n[$p5] IN $p6)) AND (n.description IS NULL OR NOT (toLower(n.description) CONTAINS $p7)) AND toLower(n.key) STARTS WITH $p8) AND (n[$p9] > $p13 OR (n[$p9] = $p13 AND n.nameSortKey < $p14) OR (n[$p9] = $p13 AND n.nameSortKey = $p14 AND n.key <= $p15)) } AS behind
// parameters
// $p0 = "khor"
// $p1 = "startYear"
// $p10 = 2015
// $p11 = "0000061"
// $p12 = "khorgos-gateway"
// $p13 = 2015
// $p14 = "0000061"
// $p15 = "khorgos-gateway"
// $p2 = 2015
// $p3 = "status"
// $p4 = "Cancelled"
// $p5 = "sector"
// $p6 = ["Energy","Digital"]
// $p7 = "pipeline"
// $p8 = "khorgos"
// $p9 = "startYear"
// $take = 6
