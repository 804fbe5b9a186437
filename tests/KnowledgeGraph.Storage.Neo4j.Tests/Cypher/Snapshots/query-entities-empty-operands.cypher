CALL () { MATCH (n:Entity) WHERE (true OR false) RETURN count(n) AS total }
CALL () { MATCH (n:Entity) WHERE (true OR false)
WITH n ORDER BY n.nameSortKey ASC, n.key ASC LIMIT $take
RETURN collect(n) AS items }
RETURN total AS total, items AS items, null AS ahead, null AS behind
// parameters
// $take = 2
