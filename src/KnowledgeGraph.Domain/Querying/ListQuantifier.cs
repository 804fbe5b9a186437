namespace KnowledgeGraph.Domain.Querying;

/// <summary>How a <see cref="ListFilter"/>'s element condition applies to the list (Hot Chocolate's <c>all</c>, <c>none</c>, <c>some</c>).</summary>
public enum ListQuantifier
{
    /// <summary>Every element matches; an empty list matches.</summary>
    All,

    /// <summary>No element matches; an empty list matches.</summary>
    None,

    /// <summary>At least one element matches; an empty list does not.</summary>
    Some,
}
