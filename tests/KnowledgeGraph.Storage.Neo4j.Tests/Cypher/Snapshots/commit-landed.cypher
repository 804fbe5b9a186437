MATCH (m:GraphMeta {id: $id})
SET m.version = m.version
WITH m
OPTIONAL MATCH (c:Change {sequence: $sequence})
RETURN coalesce(c.writeId = $writeId, false) AS landed
// parameters
// $id = "graph"
// $sequence = 41
// $writeId = "5d41402abc4b2a76b9719d911017c592"
