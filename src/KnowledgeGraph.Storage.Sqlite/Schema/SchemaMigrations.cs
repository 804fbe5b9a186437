using KnowledgeGraph.Storage.Sqlite.History;

namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// The ordered history of the schema. The file's <c>PRAGMA user_version</c> records the last step applied.
/// Steps are never edited once released: a change is a new step appended at the end.
/// </summary>
public static class SchemaMigrations
{
    public static readonly IReadOnlyList<SchemaMigration> All =
    [
        new(1, "Sources, entities, relationships, source citations, graph version, full-text index", """
            CREATE TABLE sources (
                key          TEXT NOT NULL PRIMARY KEY,
                title        TEXT NOT NULL,
                publisher    TEXT,
                url          TEXT,
                published_on TEXT,
                accessed_on  TEXT
            ) WITHOUT ROWID;

            CREATE TABLE entities (
                id                 INTEGER PRIMARY KEY,
                key                TEXT NOT NULL UNIQUE,
                kind               TEXT NOT NULL,
                name               TEXT NOT NULL,
                name_folded        TEXT NOT NULL,
                aliases            TEXT NOT NULL DEFAULT '[]',
                description        TEXT,
                description_folded TEXT,
                properties         TEXT NOT NULL DEFAULT '{}',
                properties_folded  TEXT NOT NULL DEFAULT '{}',
                source_keys        TEXT NOT NULL DEFAULT '[]',
                version            INTEGER NOT NULL
            );
            CREATE INDEX ix_entities_kind_name ON entities (kind, name, key);
            CREATE INDEX ix_entities_name ON entities (name, key);
            CREATE INDEX ix_entities_kind_name_folded ON entities (kind, name_folded);

            CREATE TABLE entity_sources (
                entity_key TEXT NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
                source_key TEXT NOT NULL REFERENCES sources (key),
                PRIMARY KEY (entity_key, source_key)
            ) WITHOUT ROWID;
            CREATE INDEX ix_entity_sources_source ON entity_sources (source_key);

            CREATE TABLE relationships (
                key         TEXT NOT NULL PRIMARY KEY,
                type        TEXT NOT NULL,
                from_key    TEXT NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
                to_key      TEXT NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
                role        TEXT,
                since_year  INTEGER,
                until_year  INTEGER,
                amount      REAL,
                currency    TEXT,
                note        TEXT,
                confidence  TEXT NOT NULL,
                source_keys TEXT NOT NULL DEFAULT '[]'
            );
            CREATE INDEX ix_relationships_from_type ON relationships (from_key, type);
            CREATE INDEX ix_relationships_to_type ON relationships (to_key, type);
            CREATE INDEX ix_relationships_type ON relationships (type);

            CREATE TABLE relationship_sources (
                relationship_key TEXT NOT NULL REFERENCES relationships (key) ON DELETE CASCADE,
                source_key       TEXT NOT NULL REFERENCES sources (key),
                PRIMARY KEY (relationship_key, source_key)
            ) WITHOUT ROWID;
            CREATE INDEX ix_relationship_sources_source ON relationship_sources (source_key);

            CREATE TABLE graph_meta (
                id            INTEGER PRIMARY KEY CHECK (id = 1),
                graph_version INTEGER NOT NULL
            );
            INSERT INTO graph_meta (id, graph_version) VALUES (1, 0);

            CREATE VIRTUAL TABLE entity_search USING fts5 (
                name, aliases, description,
                tokenize = 'unicode61 remove_diacritics 2',
                prefix = '2 3'
            );

            CREATE TRIGGER tr_entities_search_insert AFTER INSERT ON entities BEGIN
                INSERT INTO entity_search (rowid, name, aliases, description)
                VALUES (new.id, new.name, (SELECT group_concat(value, ' ') FROM json_each(new.aliases)), new.description);
            END;

            CREATE TRIGGER tr_entities_search_update AFTER UPDATE OF name, aliases, description ON entities BEGIN
                DELETE FROM entity_search WHERE rowid = old.id;
                INSERT INTO entity_search (rowid, name, aliases, description)
                VALUES (new.id, new.name, (SELECT group_concat(value, ' ') FROM json_each(new.aliases)), new.description);
            END;

            CREATE TRIGGER tr_entities_search_delete AFTER DELETE ON entities BEGIN
                DELETE FROM entity_search WHERE rowid = old.id;
            END;
            """),
        new(2, "Index folded names for case-insensitive prefix matching across kinds", """
            CREATE INDEX ix_entities_name_folded ON entities (name_folded);
            """),
        new(3, "Change log: one row per recorded change, kept after its subject is deleted", """
            CREATE TABLE change_log (
                sequence       INTEGER PRIMARY KEY,
                subject_kind   TEXT NOT NULL,
                subject_key    TEXT NOT NULL,
                entity_kind    TEXT,
                operation      TEXT NOT NULL,
                author         TEXT,
                comment        TEXT,
                at             TEXT NOT NULL,
                graph_version  INTEGER NOT NULL,
                version        INTEGER,
                changed_fields TEXT NOT NULL DEFAULT '[]',
                before         TEXT,
                after          TEXT
            );
            CREATE INDEX ix_change_log_subject ON change_log (subject_key, subject_kind, sequence);
            """),
        new(4, "Collation keys of names, descriptions and text properties, so that every store sorts text alike", """
            ALTER TABLE entities ADD COLUMN name_sort TEXT NOT NULL DEFAULT '';
            ALTER TABLE entities ADD COLUMN description_sort TEXT;
            ALTER TABLE entities ADD COLUMN properties_sort TEXT NOT NULL DEFAULT '{}';
            CREATE INDEX ix_entities_name_sort ON entities (name_sort, key);
            CREATE INDEX ix_entities_kind_name_sort ON entities (kind, name_sort, key);
            """, SortKeyBackfill.RunAsync),
        new(5, "Statement-level citations of entities and relationships", """
            ALTER TABLE entities ADD COLUMN citations TEXT NOT NULL DEFAULT '[]';
            ALTER TABLE relationships ADD COLUMN citations TEXT NOT NULL DEFAULT '[]';
            """),
        new(6, "Compact history: who, why and when once per change set; creations keep no copy of the created state", """
            CREATE TABLE change_sets (
                graph_version INTEGER PRIMARY KEY,
                author        TEXT,
                comment       TEXT,
                at            TEXT NOT NULL
            );
            INSERT INTO change_sets (graph_version, author, comment, at)
                SELECT graph_version, author, comment, MIN(at) FROM change_log GROUP BY graph_version;

            CREATE TABLE change_log_compact (
                sequence       INTEGER PRIMARY KEY,
                subject_kind   TEXT NOT NULL,
                subject_key    TEXT NOT NULL,
                entity_kind    TEXT,
                operation      TEXT NOT NULL,
                graph_version  INTEGER NOT NULL,
                version        INTEGER,
                changed_fields TEXT,
                before         TEXT,
                after          TEXT
            );
            INSERT INTO change_log_compact (sequence, subject_kind, subject_key, entity_kind, operation, graph_version,
                                            version, changed_fields, before, after)
                SELECT sequence, subject_kind, subject_key, entity_kind, operation, graph_version,
                       version, changed_fields, before, after
                FROM change_log;
            DROP TABLE change_log;
            ALTER TABLE change_log_compact RENAME TO change_log;
            CREATE INDEX ix_change_log_subject ON change_log (subject_key, sequence);
            """, CreatedStates.CompactAsync),
        new(7, "Bulk creations: an import into an empty store is one change record, its creations numbered by row id", """
            ALTER TABLE change_sets ADD COLUMN bulk_first_sequence INTEGER;
            ALTER TABLE change_sets ADD COLUMN bulk_entities INTEGER;
            ALTER TABLE change_sets ADD COLUMN bulk_relationships INTEGER;
            CREATE INDEX ix_change_sets_bulk ON change_sets (graph_version) WHERE bulk_first_sequence IS NOT NULL;
            """),
        new(8, "Collation keys spelled compactly (key encoding 2): every stored key recomputed", "", SortKeyBackfill.RunAsync),
        new(9, "Relationship citations counted per source instead of a row per relationship and source", """
            CREATE TABLE relationship_citations (
                source_key    TEXT NOT NULL PRIMARY KEY REFERENCES sources (key),
                relationships INTEGER NOT NULL CHECK (relationships > 0)
            ) WITHOUT ROWID;
            INSERT INTO relationship_citations (source_key, relationships)
                SELECT source_key, COUNT(*) FROM relationship_sources GROUP BY source_key ORDER BY source_key;
            DROP TABLE relationship_sources;
            """),
        new(10, "Relationships counted per type instead of an index on the type alone", """
            CREATE TABLE relationship_type_counts (
                type          TEXT NOT NULL PRIMARY KEY,
                relationships INTEGER NOT NULL CHECK (relationships > 0)
            ) WITHOUT ROWID;
            INSERT INTO relationship_type_counts (type, relationships)
                SELECT type, COUNT(*) FROM relationships GROUP BY type ORDER BY type;
            DROP INDEX ix_relationships_type;
            """),
    ];

    /// <summary>The schema version this build creates and understands.</summary>
    public static int LatestVersion => All[^1].Version;
}
