UNWIND $rows AS row
MATCH (a:Entity {key: row.fromKey})
MATCH (b:Entity {key: row.toKey})
CREATE (a)-[r:LOCATED_IN]->(b)
SET r = row.properties
// parameters
// $rows = [{"key":"r1","fromKey":"khorgos","toKey":"kz","properties":{"key":"r1","confidence":"Confirmed","sourceKeys":["test-source"]}}]
