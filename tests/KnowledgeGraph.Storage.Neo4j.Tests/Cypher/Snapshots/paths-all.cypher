MATCH SHORTEST 3 (p = (a:Entity {key: $from})-[]-{1,5}(b:Entity {key: $to})
  WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]))
RETURN p ORDER BY length(p), [i IN range(0, length(p) - 1) | [nodes(p)[i + 1].key, relationships(p)[i].key]]
// parameters
// $first = 3
// $from = "khorgos"
// $to = "beijing"
