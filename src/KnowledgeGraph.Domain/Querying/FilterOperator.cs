namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// Comparison operators, named after Hot Chocolate's filter conventions.
/// <see cref="Contains"/>, <see cref="NotContains"/>, <see cref="StartsWith"/> compare text case-insensitively
/// (invariant lower-casing); <see cref="Eq"/>, <see cref="Neq"/> and <see cref="In"/> compare exactly.
/// Ordering operators apply to integers and numbers only.
/// </summary>
public enum FilterOperator
{
    Eq,
    Neq,
    In,
    NotIn,
    Contains,
    NotContains,
    StartsWith,
    Gt,
    Gte,
    Lt,
    Lte,
}
