namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// Comparison operators, named after Hot Chocolate's filter conventions.
/// <see cref="Contains"/>, <see cref="StartsWith"/>, <see cref="EndsWith"/> and their negations compare text
/// case-insensitively (invariant lower-casing); <see cref="Eq"/>, <see cref="Neq"/>, <see cref="In"/> and
/// <see cref="NotIn"/> compare exactly. Ordering operators apply to integers and numbers only.
/// Every negated operator is the exact complement of its positive one, so a value that is missing (a property the
/// entity lacks, a null description) matches the negation: <c>ngt: 5</c> holds wherever <c>gt: 5</c> does not.
/// <see cref="IsNull"/> and <see cref="IsNotNull"/> (GraphQL's <c>eq: null</c> and <c>neq: null</c>) take no value.
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
    NotStartsWith,
    EndsWith,
    NotEndsWith,
    NotGt,
    NotGte,
    NotLt,
    NotLte,
    IsNull,
    IsNotNull,
}
