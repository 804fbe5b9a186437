using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>The operators shared by the Int and Float operation filter inputs.</summary>
internal static class NumericOperationFields
{
    public static void Add<TScalar>(InputObjectGraphType input)
        where TScalar : ScalarGraphType
    {
        input.Field<TScalar>("eq").Description("Equal to.");
        input.Field<TScalar>("neq").Description("Not equal to.");
        input.Field<ListGraphType<NonNullGraphType<TScalar>>>("in").Description("Equal to one of.");
        input.Field<ListGraphType<NonNullGraphType<TScalar>>>("nin").Description("Equal to none of.");
        input.Field<TScalar>("gt").Description("Greater than.");
        input.Field<TScalar>("gte").Description("Greater than or equal to.");
        input.Field<TScalar>("lt").Description("Less than.");
        input.Field<TScalar>("lte").Description("Less than or equal to.");
    }
}
