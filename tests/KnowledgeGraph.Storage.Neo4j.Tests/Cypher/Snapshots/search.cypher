CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WHERE node:Entity AND node.kind IN $kinds
RETURN node, score ORDER BY score DESC, node.key LIMIT $limit
// parameters
// $index = "entity_text"
// $kinds = ["Project","Region"]
// $limit = 5
// $query = "(name:khorgos^4 OR name:khorgos*^2 OR aliasText:khorgos^2 OR khorgos OR khorgos*) AND (name:gateway^4 OR name:gateway*^2 OR aliasText:gateway^2 OR gateway OR gateway*) AND (name:霍^4 OR name:霍*^2 OR aliasText:霍^2 OR 霍 OR 霍*) AND (name:尔^4 OR name:尔*^2 OR aliasText:尔^2 OR 尔 OR 尔*)"
