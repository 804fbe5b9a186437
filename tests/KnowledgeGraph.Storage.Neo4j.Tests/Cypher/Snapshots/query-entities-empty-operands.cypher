CALL () { MATCH (n:Entity) WHERE (true OR false) RETURN count(n) AS total }
CALL () { MATCH (n:Entity) WHERE (true OR false)
WITH n ORDER BY n.nameSortKey ASC, n.key ASC LIMIT $take
RETURN collect(n) AS items }
RETURN total, null AS bounded, items
// parameters
// $take = 1
