using GraphQL.Types;
using KnowledgeGraph.GraphQL.Schema;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>The fields of the <c>Error</c> interface, declared once for it and each error type.</summary>
public static class ErrorFields
{
    public static void Add<TError>(ComplexGraphType<TError> type)
        where TError : UserError
    {
        type.Field<NonNullGraphType<StringGraphType>>("message")
            .Description("What went wrong and how to fix it, for people.")
            .ResolveOn(type, context => context.Source.Message);
        type.Field<NonNullGraphType<StringGraphType>>("code")
            .Description("A stable machine-readable reason, e.g. RELATIONSHIP_NOT_ALLOWED, CONFLICT, NOT_FOUND.")
            .ResolveOn(type, context => context.Source.Code);
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("path")
            .Description("Where in the mutation's arguments the problem is, e.g. [\"input\", \"entities\", \"3\", \"project\", \"startYear\"].")
            .ResolveOn(type, context => context.Source.Path);
    }
}
