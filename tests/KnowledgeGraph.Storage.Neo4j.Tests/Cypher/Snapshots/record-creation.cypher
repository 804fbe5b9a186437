UNWIND $rows AS row
CREATE (c:Change)
SET c = row, c.writeId = $writeId
// parameters
// $rows = [{"sequence":41,"subjectKind":"Entity","subjectKey":"khorgos","operation":"Created","at":"2026-03-14T13:30:05.0000000Z","graphVersion":9,"entityKind":"Project","author":"importer","comment":"bulk load","version":1}]
// $writeId = "5d41402abc4b2a76b9719d911017c592"
