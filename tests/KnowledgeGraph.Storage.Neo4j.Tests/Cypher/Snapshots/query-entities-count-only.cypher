CALL () { MATCH (n:Entity) WHERE true RETURN count(n) AS total }
RETURN total AS total, [] AS items, null AS ahead, null AS behind
// parameters
// $p0 = "0000061"
// $p1 = "khorgos-gateway"
