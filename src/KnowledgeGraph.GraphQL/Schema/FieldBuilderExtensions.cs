using GraphQL;
using GraphQL.Builders;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Schema;

public static class FieldBuilderExtensions
{
    /// <summary>
    /// Sets the field's resolver when <paramref name="owner"/> is an object type. Helpers that declare a field once for
    /// an interface and its object types use it: interface fields must not have resolvers.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> ResolveOn<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, IComplexGraphType owner, Func<IResolveFieldContext<TSource>, object?> resolve)
    {
        if (owner is IObjectGraphType)
        {
            field.FieldType.Resolver = new FuncFieldResolver<TSource, object>(resolve);
        }

        return field;
    }
}
