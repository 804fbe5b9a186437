UNWIND $rows AS row
CREATE (c:Change)
SET c = row, c.writeId = $writeId
// parameters
// $rows = [{"sequence":41,"subjectKind":"Entity","subjectKey":"khorgos","operation":"Updated","at":"2026-03-14T13:30:05.0000000Z","graphVersion":9,"changedFields":["name","lengthKm"],"entityKind":"Project","author":"aigerim","comment":"renamed","version":2,"before":"{\"key\":\"khorgos\",\"kind\":\"Project\",\"name\":\"Khorgos\",\"aliases\":[],\"description\":null,\"properties\":{},\"sourceKeys\":[\"test-source\"],\"version\":1}","after":"{\"key\":\"khorgos\",\"kind\":\"Project\",\"name\":\"Khorgos Gateway\",\"aliases\":[],\"description\":null,\"properties\":{\"lengthKm\":12.0},\"sourceKeys\":[\"test-source\"],\"version\":2}"}]
// $writeId = "5d41402abc4b2a76b9719d911017c592"
