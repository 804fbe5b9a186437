using GraphQL.Builders;
using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>The one <c>input: XxxInput!</c> argument every mutation takes (Hot Chocolate's mutation conventions).</summary>
public static class MutationInputArgument
{
    public const string Name = "input";

    public static FieldBuilder<TSource, TReturn> InputArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, IInputObjectGraphType input) =>
        field.Argument(new NonNullGraphType(input), Name, argument =>
            argument.Description = "The mutation's input; its optional comment is kept with the change in its history.");
}
