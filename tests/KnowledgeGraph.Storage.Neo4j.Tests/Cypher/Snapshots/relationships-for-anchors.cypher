UNWIND $anchorKeys AS anchorKey
MATCH (a:Entity {key: anchorKey})
CALL (a) {
  MATCH (a)-[r:LOCATED_IN|OPERATED_BY]->(b:Entity)
  RETURN r, b, 'Outgoing' AS direction
  UNION ALL
  MATCH (a)<-[r:LOCATED_IN|OPERATED_BY]-(b:Entity) WHERE b <> a
  RETURN r, b, 'Incoming' AS direction
}
WITH anchorKey, r, b, direction
WHERE r.role = $role AND b.kind IN $kinds
RETURN anchorKey, r, startNode(r).key AS fromKey, endNode(r).key AS toKey, direction, b AS neighbour
ORDER BY anchorKey, type(r), b.name, r.key
// parameters
// $anchorKeys = ["khorgos","aktau"]
// $kinds = ["Company","Region"]
// $role = "operator"
