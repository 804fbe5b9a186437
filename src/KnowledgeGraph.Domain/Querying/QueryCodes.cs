namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// The <see cref="Errors.ValidationError.Code"/>s every store reports for a query it cannot run (an
/// <see cref="EntityQuery"/>'s filter or sort), so that a client sees the same code whichever store answers.
/// </summary>
public static class QueryCodes
{
    /// <summary>A filter or sort on a field the kind does not declare.</summary>
    public const string UnknownField = "UNKNOWN_FIELD";

    /// <summary>An operator that does not apply to the field's type (a text comparison on a number).</summary>
    public const string InvalidOperator = "INVALID_OPERATOR";

    /// <summary>An operator the store does not know.</summary>
    public const string UnknownOperator = "UNKNOWN_OPERATOR";

    /// <summary>An operator given no value to compare with.</summary>
    public const string MissingValue = "MISSING_VALUE";
}
