MATCH (n:Entity)
WHERE (true OR false)
WITH n ORDER BY n.name, n.key
WITH collect(n) AS matched
RETURN size(matched) AS total, matched[$skip..$end] AS items
// parameters
// $end = 1
// $skip = 0
