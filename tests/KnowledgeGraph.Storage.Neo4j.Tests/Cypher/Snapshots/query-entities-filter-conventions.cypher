CALL () { MATCH (n:Entity) WHERE (n.kind IN $p0 AND n.key = $p1 AND n.description IS NULL AND (n.name IS NULL OR NOT (toLower(n.name) ENDS WITH $p2)) AND (n[$p3] IS NULL OR NOT (n[$p3] > $p4)) AND any(alias IN coalesce(n.aliases, []) WHERE coalesce(toLower(alias) STARTS WITH $p5, false)) AND all(sourceKey IN coalesce(n.sourceKeys, []) WHERE EXISTS { MATCH (source:Source {key: sourceKey}) WHERE coalesce(source.publisher IS NOT NULL, false) }) AND none(alias IN coalesce(n.aliases, []) WHERE coalesce(true, false))) RETURN count(n) AS total }
CALL () { MATCH (n:Entity) WHERE (n.kind IN $p0 AND n.key = $p1 AND n.description IS NULL AND (n.name IS NULL OR NOT (toLower(n.name) ENDS WITH $p2)) AND (n[$p3] IS NULL OR NOT (n[$p3] > $p4)) AND any(alias IN coalesce(n.aliases, []) WHERE coalesce(toLower(alias) STARTS WITH $p5, false)) AND all(sourceKey IN coalesce(n.sourceKeys, []) WHERE EXISTS { MATCH (source:Source {key: sourceKey}) WHERE coalesce(source.publisher IS NOT NULL, false) }) AND none(alias IN coalesce(n.aliases, []) WHERE coalesce(true, false)))
WITH n ORDER BY n.nameSortKey ASC, n.key ASC LIMIT $take
RETURN collect(n) AS items }
RETURN total AS total, items AS items, null AS ahead, null AS behind
// parameters
// $p0 = ["Project","Region"]
// $p1 = "khorgos-gateway"
// $p2 = "port"
// $p3 = "startYear"
// $p4 = 2015
// $p5 = "қор"
// $take = 11
