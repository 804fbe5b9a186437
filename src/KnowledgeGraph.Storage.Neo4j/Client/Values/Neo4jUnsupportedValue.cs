namespace KnowledgeGraph.Storage.Neo4j.Client.Values;

/// <summary>A value the server could not express in JSON; <see cref="Description"/> is the server's explanation.</summary>
public sealed record Neo4jUnsupportedValue(string Description);
