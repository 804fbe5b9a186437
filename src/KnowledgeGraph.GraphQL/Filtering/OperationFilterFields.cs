using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>The operator fields the operation filter inputs share, declared once with their descriptions.</summary>
internal static class OperationFilterFields
{
    /// <summary><c>and</c>/<c>or</c> inside an operation input: lists of further conditions on the same field.</summary>
    public static void AddLogic<TSelf>(InputObjectGraphType input)
        where TSelf : InputObjectGraphType
    {
        input.Field<ListGraphType<NonNullGraphType<TSelf>>>("and").Description("Every one of these conditions on the field must hold; an empty list always holds.");
        input.Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description("At least one of these conditions on the field must hold; an empty list never holds.");
    }

    /// <summary><c>eq neq in nin</c>: <c>eq: null</c> asks for a missing value, <c>neq: null</c> for a present one.</summary>
    public static void AddEquality<TScalar>(InputObjectGraphType input)
        where TScalar : ScalarGraphType
    {
        input.Field<TScalar>("eq").Description("Equal to; eq: null matches a missing value.");
        input.Field<TScalar>("neq").Description("Not equal to (true when the value is missing); neq: null matches a present value.");
        input.Field<ListGraphType<NonNullGraphType<TScalar>>>("in").Description("Equal to one of; an empty list matches nothing.");
        input.Field<ListGraphType<NonNullGraphType<TScalar>>>("nin").Description("Equal to none of (true when the value is missing); an empty list matches everything.");
    }

    /// <summary>The operators of Hot Chocolate's comparable inputs (Int, Long, Float).</summary>
    public static void AddComparable<TSelf, TScalar>(InputObjectGraphType input)
        where TSelf : InputObjectGraphType
        where TScalar : ScalarGraphType
    {
        AddLogic<TSelf>(input);
        AddEquality<TScalar>(input);
        input.Field<TScalar>("gt").Description("Greater than.");
        input.Field<TScalar>("ngt").Description("Not greater than (true when the value is missing).");
        input.Field<TScalar>("gte").Description("Greater than or equal to.");
        input.Field<TScalar>("ngte").Description("Not greater than or equal to (true when the value is missing).");
        input.Field<TScalar>("lt").Description("Less than.");
        input.Field<TScalar>("nlt").Description("Not less than (true when the value is missing).");
        input.Field<TScalar>("lte").Description("Less than or equal to.");
        input.Field<TScalar>("nlte").Description("Not less than or equal to (true when the value is missing).");
    }
}
