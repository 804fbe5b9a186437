namespace KnowledgeGraph.Domain.Querying;

/// <summary>What each <see cref="FilterOperator"/> is, so that every store classifies them the same way.</summary>
public static class FilterOperators
{
    /// <summary>The positive operator a negated one complements, or null when <paramref name="op"/> is not a negation.</summary>
    public static FilterOperator? Complemented(FilterOperator op) => op switch
    {
        FilterOperator.Neq => FilterOperator.Eq,
        FilterOperator.NotIn => FilterOperator.In,
        FilterOperator.NotContains => FilterOperator.Contains,
        FilterOperator.NotStartsWith => FilterOperator.StartsWith,
        FilterOperator.NotEndsWith => FilterOperator.EndsWith,
        FilterOperator.NotGt => FilterOperator.Gt,
        FilterOperator.NotGte => FilterOperator.Gte,
        FilterOperator.NotLt => FilterOperator.Lt,
        FilterOperator.NotLte => FilterOperator.Lte,
        _ => null,
    };

    /// <summary>Operators that compare text and ignore case.</summary>
    public static bool IsTextMatch(FilterOperator op) => op is FilterOperator.Contains or FilterOperator.StartsWith or FilterOperator.EndsWith;

    /// <summary>Operators that order values, for integers and numbers only.</summary>
    public static bool IsOrdering(FilterOperator op) => op is FilterOperator.Gt or FilterOperator.Gte or FilterOperator.Lt or FilterOperator.Lte;

    /// <summary>How many values an operator takes: any number for the list operators, none for the null checks, else one.</summary>
    public static bool AcceptsValueCount(FilterOperator op, int count) => op switch
    {
        FilterOperator.In or FilterOperator.NotIn => true,
        FilterOperator.IsNull or FilterOperator.IsNotNull => count == 0,
        _ => count == 1,
    };

    /// <summary>The symbol of an ordering operator, the same in SQL and Cypher.</summary>
    public static string ComparisonSymbol(FilterOperator op) => op switch
    {
        FilterOperator.Gt => ">",
        FilterOperator.Gte => ">=",
        FilterOperator.Lt => "<",
        FilterOperator.Lte => "<=",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not an ordering operator."),
    };
}
