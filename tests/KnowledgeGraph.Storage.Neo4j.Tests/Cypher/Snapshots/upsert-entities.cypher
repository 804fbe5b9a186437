UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n = row
REMOVE n:Project:Region:Company:Initiative:TrainingProgram:Person:Organization
SET n:Project
// parameters
// $rows = [{"key":"khorgos","kind":"Project","name":"khorgos","aliases":[],"aliasText":"","sourceKeys":["test-source"],"version":1,"nameSortKey":"dahk`hl","startYear":2015}]
