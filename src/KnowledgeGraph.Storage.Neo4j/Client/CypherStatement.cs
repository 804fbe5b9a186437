namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>One Cypher statement and its parameters. Statements are built from constants; every value is a parameter.</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherStatement(string text)
        : this(text, new Dictionary<string, object?>())
    {
    }

    public override string ToString() => Text;
}
