using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Resolves a field named in a filter or sort to a Cypher expression. Common fields are fixed properties; a kind
/// property must be declared in <see cref="EntityKinds"/> (for the queried kind, or for any kind when the query
/// spans all kinds) and is read as <c>n[$param]</c>, so its name never becomes Cypher text.
/// </summary>
public static class FieldResolver
{
    public static (string Expression, PropertyType Type) Resolve(string field, EntityKind? kind, string node, CypherParameters parameters, string path)
    {
        switch (field)
        {
            case EntityFields.Key:
                return ($"{node}.key", PropertyType.Text);
            case EntityFields.Name:
                return ($"{node}.name", PropertyType.Text);
            case EntityFields.Description:
                return ($"{node}.description", PropertyType.Text);
        }

        var definition = kind is { } k
            ? EntityKinds.Get(k).Find(field)
            : EntityKinds.All.Select(d => d.Find(field)).FirstOrDefault(d => d is not null);
        if (definition is null)
        {
            var scope = kind is { } named ? named.ToString() : "any kind";
            throw new ValidationException(path, QueryCodes.UnknownField, $"'{field}' is not a field of {scope}.");
        }

        return ($"{node}[{parameters.Add(definition.Name)}]", definition.Type);
    }
}
