MATCH (n:Entity:Project)
WHERE (toLower(n.name) CONTAINS $p0 AND (n[$p1] >= $p2 OR (n[$p3] IS NULL OR NOT (n[$p3] = $p4))) AND (n[$p5] IS NULL OR NOT (n[$p5] IN $p6)) AND (n.description IS NULL OR NOT (toLower(n.description) CONTAINS $p7)) AND toLower(n.key) STARTS WITH $p8)
WITH n ORDER BY n[$p9] IS NULL, n[$p9] DESC, n.name IS NULL, n.name, n.key
WITH collect(n) AS matched
RETURN size(matched) AS total, matched[$skip..$end] AS items
// parameters
// $end = 15
// $p0 = "khor"
// $p1 = "startYear"
// $p2 = 2015
// $p3 = "status"
// $p4 = "Cancelled"
// $p5 = "sector"
// $p6 = ["Energy","Digital"]
// $p7 = "pipeline"
// $p8 = "khorgos"
// $p9 = "startYear"
// $skip = 10
