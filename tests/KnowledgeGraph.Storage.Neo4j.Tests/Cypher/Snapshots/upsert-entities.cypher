UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n = row
REMOVE n:Project:Region:Company:Initiative:TrainingProgram:Person:Organization
SET n:Project
// parameters
// $rows = [{"key":"khorgos","kind":"Project","name":"khorgos","aliases":[],"aliasText":"","sourceKeys":["test-source"],"version":1,"nameSortKey":"18001ac18001a018001bc18001c8180019c18001bc18001cc","startYear":2015}]
