using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>Turns a parsed <c>XxxFilterInput</c> value into the store's <see cref="EntityFilter"/> tree.</summary>
public static class FilterTranslator
{
    /// <summary>The filter for a <c>where</c> argument, or null when none was given.</summary>
    public static EntityFilter? Translate(object? where, EntityKind? kind, string path = "where") =>
        where is null ? null : ObjectFilterTranslator.Translate(EntityFilterFields.Of(kind), where, path);
}
