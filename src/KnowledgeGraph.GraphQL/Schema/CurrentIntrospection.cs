using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Schema;

/// <summary>
/// What GraphQL.NET 8's introspection types lack against the current specification and graphql-js's
/// <c>getIntrospectionQuery</c> with every option on: <c>__Type.specifiedByURL</c>, and <c>includeDeprecated</c> on
/// <c>__Directive.args</c>. Added to the introspection types just before the schema initialises them;
/// <c>isRepeatable</c> and input-value deprecation are GraphQL.NET's own, switched on by <see cref="KnowledgeGraphSchema"/>.
/// </summary>
public static class CurrentIntrospection
{
    private const string IncludeDeprecated = "includeDeprecated";

    public static void Extend(IGraphType type)
    {
        switch (type)
        {
            case __Type typeType when typeType.GetField("specifiedByURL") is null:
                typeType.Field<StringGraphType>("specifiedByURL")
                    .Description("The address of the document that specifies a custom scalar's format; null for other types.")
                    .Resolve(context => SpecifiedBy(context.Source));
                break;
            case __Directive directiveType when directiveType.GetField("args") is { } args && args.Arguments?.Find(IncludeDeprecated) is null:
                args.Arguments ??= new QueryArguments();
                args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = IncludeDeprecated, DefaultValue = false });
                args.Resolver = new FuncFieldResolver<Directive, IEnumerable<QueryArgument>>(context =>
                {
                    IEnumerable<QueryArgument> all = context.Source.Arguments ?? [];
                    return context.GetArgument<bool>(IncludeDeprecated) ? all : all.Where(a => string.IsNullOrWhiteSpace(a.DeprecationReason));
                });
                break;
        }
    }

    /// <summary>The URL of the <c>@specifiedBy</c> directive applied to <paramref name="type"/>, if it is a scalar with one.</summary>
    public static string? SpecifiedBy(IGraphType type) =>
        type is ScalarGraphType scalar
            ? scalar.FindAppliedDirective(SpecifiedByDirective.DirectiveName)?.FindArgument("url")?.Value as string
            : null;
}
