UNWIND $anchorKeys AS anchorKey
MATCH (a:Entity {key: anchorKey})
CALL (a) {
  MATCH (a)-[r]->(b:Entity)
  RETURN r, b, 'Outgoing' AS direction
}
WITH anchorKey, r, b, direction
RETURN anchorKey, r, startNode(r).key AS fromKey, endNode(r).key AS toKey, direction, b AS neighbour
ORDER BY anchorKey, type(r), b.name, r.key
// parameters
// $anchorKeys = ["khorgos"]
