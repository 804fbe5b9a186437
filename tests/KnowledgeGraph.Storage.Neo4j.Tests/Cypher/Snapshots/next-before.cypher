UNWIND $rows AS row
CALL (row) { MATCH (n:Change {subjectKey: row.key}) WHERE n.subjectKind = row.kind AND n.sequence > row.sequence RETURN n.before AS before ORDER BY n.sequence LIMIT 1 }
RETURN row.sequence AS sequence, before
// parameters
// $rows = [{"kind":"Entity","key":"khorgos","sequence":41}]
