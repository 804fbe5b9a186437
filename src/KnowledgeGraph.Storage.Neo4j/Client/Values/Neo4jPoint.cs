namespace KnowledgeGraph.Storage.Neo4j.Client.Values;

/// <summary>A spatial point in the coordinate reference system <see cref="Srid"/>; <see cref="Z"/> only for 3D points.</summary>
public sealed record Neo4jPoint(int Srid, double X, double Y, double? Z = null);
