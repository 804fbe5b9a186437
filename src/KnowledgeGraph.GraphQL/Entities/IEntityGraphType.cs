using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.GraphQL.Entities;

/// <summary>
/// Implemented by the graph types that stand for entities (one per kind and the <c>Entity</c> interface), so that
/// generic connection, edge, filter and sort types can name themselves after them (<c>ProjectConnection</c>,
/// <c>ProjectFilterInput</c>…) and know which kind's properties to offer. <see cref="KindGraphTypes"/> finds the kinds'
/// types by this interface: a new kind's type file is all the schema needs besides the kind's registry entry.
/// </summary>
public interface IEntityGraphType
{
    /// <summary>The GraphQL type name, e.g. <c>Project</c>, or <c>Entity</c> for the interface.</summary>
    static abstract string GraphTypeName { get; }

    /// <summary>The kind the type stands for; null for the interface over all kinds.</summary>
    static abstract EntityKind? Kind { get; }

    /// <summary>The kind's root connection field, e.g. <c>people</c>; null for the interface.</summary>
    static abstract string? ConnectionField { get; }
}
