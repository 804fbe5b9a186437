MATCH p = SHORTEST 1 (a:Entity {key: $from})-[]-{1,5}(b:Entity {key: $to})
RETURN p
LIMIT $first
// parameters
// $first = 3
// $from = "khorgos"
// $to = "beijing"
