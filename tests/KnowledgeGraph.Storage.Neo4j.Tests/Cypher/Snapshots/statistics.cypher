OPTIONAL MATCH (m:GraphMeta {id: $id})
CALL () { MATCH (n:Entity) WITH n.kind AS kind, count(*) AS c RETURN collect([kind, c]) AS kinds }
CALL () { MATCH (:Entity)-[r]->(:Entity) WITH type(r) AS type, count(*) AS c RETURN collect([type, c]) AS types }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
RETURN kinds, types, sources, coalesce(m.version, 0) AS version
// parameters
// $id = "graph"
