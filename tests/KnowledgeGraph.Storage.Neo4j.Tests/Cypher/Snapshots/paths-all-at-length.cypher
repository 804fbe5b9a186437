MATCH p = (a:Entity {key: $from})-[:PART_OF]-{4}(b:Entity {key: $to})
WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
RETURN p ORDER BY [i IN range(0, length(p) - 1) | [nodes(p)[i + 1].key, relationships(p)[i].key]]
LIMIT $first
// parameters
// $first = 2
// $from = "khorgos"
// $to = "beijing"
