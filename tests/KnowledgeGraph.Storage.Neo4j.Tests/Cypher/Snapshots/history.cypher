MATCH (c:Change {subjectKey: $key})
WHERE $kind IS NULL OR c.subjectKind = $kind
WITH c ORDER BY c.sequence DESC
WITH collect(c) AS changes
WITH size(changes) AS total, [c IN changes WHERE $before IS NULL OR c.sequence < $before] AS remaining
RETURN total, remaining[0..$take] AS items, size(remaining) > $take AS hasMore
// parameters
// $before = 40
// $key = "khorgos"
// $kind = "Entity"
// $take = 10
