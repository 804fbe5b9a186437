CALL () { MATCH (n:Entity) WHERE true RETURN count(n) AS total }
CALL () { MATCH (n:Entity) WHERE true
WITH n ORDER BY n.nameSortKey ASC, n.key ASC LIMIT $take
RETURN collect(n) AS items }
RETURN total AS total, items AS items, null AS ahead, null AS behind
// parameters
// $take = 51
