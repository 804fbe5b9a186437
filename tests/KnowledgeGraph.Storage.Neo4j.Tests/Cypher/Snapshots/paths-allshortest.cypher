MATCH p = ALL SHORTEST (a:Entity {key: $from})-[]-{1,5}(b:Entity {key: $to})
RETURN p ORDER BY [i IN range(0, length(p) - 1) | [nodes(p)[i + 1].key, relationships(p)[i].key]]
LIMIT $first
// parameters
// $first = 3
// $from = "khorgos"
// $to = "beijing"
