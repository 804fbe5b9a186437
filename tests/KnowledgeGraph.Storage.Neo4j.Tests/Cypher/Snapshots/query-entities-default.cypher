MATCH (n:Entity)
WHERE true
WITH n ORDER BY n.name, n.key
WITH collect(n) AS matched
RETURN size(matched) AS total, matched[$skip..$end] AS items
// parameters
// $end = 50
// $skip = 0
