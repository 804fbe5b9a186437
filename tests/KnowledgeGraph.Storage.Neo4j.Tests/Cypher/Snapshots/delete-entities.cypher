UNWIND $keys AS key
MATCH (n:Entity {key: key})
OPTIONAL MATCH (n)-[r]-(:Entity)
WITH n, collect(CASE WHEN r IS NULL THEN null ELSE {relationship: r, fromKey: startNode(r).key, toKey: endNode(r).key} END) AS relationships
DETACH DELETE n
RETURN relationships
// parameters
// $keys = ["khorgos"]
