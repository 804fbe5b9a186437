MATCH (n:Entity) WHERE n.key IN $keys
DETACH DELETE n
// parameters
// $keys = ["khorgos","kz"]
