UNWIND $frontier AS key
MATCH (a:Entity {key: key})
CALL (a) {
  MATCH (a)-[r:LOCATED_IN|PART_OF]->(b:Entity)
  WHERE $kinds IS NULL OR b.kind IN $kinds OR b.key = $root
  WITH DISTINCT r, b
  RETURN r, b ORDER BY type(r), b.name, r.key LIMIT $perNode
}
RETURN key, r, startNode(r).key AS fromKey, endNode(r).key AS toKey, b AS neighbour
// parameters
// $frontier = ["khorgos","aktau"]
// $kinds = null
// $perNode = 51
// $root = "khorgos"
