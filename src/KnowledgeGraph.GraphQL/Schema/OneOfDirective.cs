using GraphQL.Types;
using GraphQLParser.AST;

namespace KnowledgeGraph.GraphQL.Schema;

/// <summary>
/// <c>@oneOf</c>, declared so that introspection lists it: GraphQL.NET enforces one-of inputs (<c>isOneOf</c>) without
/// naming the directive in <c>__schema.directives</c>, and tools that rebuild the schema from introspection need it there.
/// </summary>
public sealed class OneOfDirective : Directive
{
    public OneOfDirective()
        : base("oneOf", DirectiveLocation.InputObject)
    {
        Description = "Marks an input object as one-of: exactly one of its fields must be given, and not as null.";
    }

    /// <summary>Listed though its location is a type-system one (GraphQL.NET lists only executable directives by default).</summary>
    public override bool? Introspectable => true;
}
