UNWIND $keys AS key
CALL (key) { MATCH (c:Change {subjectKey: key}) WHERE c.subjectKind = $kind RETURN c ORDER BY c.sequence DESC LIMIT $take }
RETURN c
// parameters
// $keys = ["khorgos","aktau"]
// $kind = "Entity"
// $take = 3
