using GraphQL.Types;
using GraphQLParser.AST;

namespace KnowledgeGraph.GraphQL.Schema;

/// <summary>
/// <c>@specifiedBy(url:)</c>, the built-in directive of the GraphQL specification that points a custom scalar at the
/// document defining its format; introspection reports the URL as <c>__Type.specifiedByURL</c>.
/// </summary>
public sealed class SpecifiedByDirective : Directive
{
    public const string DirectiveName = "specifiedBy";

    public SpecifiedByDirective()
        : base(DirectiveName, DirectiveLocation.Scalar)
    {
        Description = "Points a custom scalar at the document that specifies its format.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = "url",
            Description = "The address of the specification.",
        });
    }

    /// <summary>Listed though its location is a type-system one (GraphQL.NET lists only executable directives by default).</summary>
    public override bool? Introspectable => true;
}
