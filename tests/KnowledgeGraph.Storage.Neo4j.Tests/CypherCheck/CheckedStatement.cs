using KnowledgeGraph.Storage.Neo4j.Client;

namespace KnowledgeGraph.Storage.Neo4j.Tests.CypherCheck;

/// <summary>
/// One statement for the Cypher check: where it came from (builder and variation, e.g.
/// <c>WriteCypher.UpsertEntities(Region)</c>), its text, and the names of the parameters it is sent with (a
/// <c>$name</c> the text uses but the builder does not supply is an error).
/// </summary>
public sealed record CheckedStatement(string Builder, string Text, IReadOnlyList<string> Parameters)
{
    public static CheckedStatement Of(string builder, CypherStatement statement) =>
        new(builder, statement.Text, statement.Parameters.Keys.Order(StringComparer.Ordinal).ToList());
}
