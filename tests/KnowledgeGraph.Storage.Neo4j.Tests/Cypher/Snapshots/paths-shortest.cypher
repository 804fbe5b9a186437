MATCH p = ALL SHORTEST (a:Entity {key: $from})-[]-{1,5}(b:Entity {key: $to})
RETURN p ORDER BY [n IN nodes(p) | n.key], [r IN relationships(p) | r.key]
LIMIT 1
// parameters
// $first = 3
// $from = "khorgos"
// $to = "beijing"
