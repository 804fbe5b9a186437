namespace KnowledgeGraph.Exchange;

/// <summary>The formats a graph or a part of it can be exported to.</summary>
public enum ExportFormat
{
    /// <summary>The seed format (seed/README.md); import reads it back exactly.</summary>
    Json,

    /// <summary>sources.csv, entities.csv and relationships.csv: a directory, or a zip of the three over HTTP.</summary>
    Csv,

    /// <summary>One directed GraphML graph, for Gephi and yEd.</summary>
    GraphML,

    /// <summary>A cypher-shell script that recreates the records in Neo4j.</summary>
    Cypher,
}
