using GraphQL.Introspection;
using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Schema;

/// <summary>
/// GraphQL.NET's default introspection filter, except that <c>__Directive.isRepeatable</c> is listed among the fields
/// of <c>__Directive</c>: with repeatable directives switched on it is part of the current specification and can be
/// queried, so the type describing it must not hide it.
/// </summary>
public sealed class CurrentIntrospectionFilter : DefaultSchemaFilter
{
    public override Task<bool> AllowField(IGraphType parent, IFieldType field) =>
        parent is __Directive && field.Name == "isRepeatable" ? Allowed : base.AllowField(parent, field);
}
