MATCH (n:Entity) WHERE n.key IN $keys
MATCH (n)-[r]-(:Entity)
WITH DISTINCT r
RETURN r, startNode(r).key AS fromKey, endNode(r).key AS toKey ORDER BY r.key
// parameters
// $keys = ["khorgos","kz"]
