using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Limits;

/// <summary>
/// Refuses an operation when any argument holds a list longer than <see cref="GraphQLSchemaOptions.MaxListLength"/> or
/// a filter larger than <see cref="GraphQLSchemaOptions.MaxFilterValues"/>, whether written in the document or sent in
/// variables. It runs after the arguments are coerced and before anything executes, on every transport, so no store
/// is asked anything for a refused request; every list argument and list input field of the schema is covered,
/// including ones added later. Each field of the document is visited once, fragments included.
/// </summary>
public sealed class InputListLimitRule : ValidationRuleBase
{
    private readonly INodeVisitor _visitor;

    public InputListLimitRule(IOptions<GraphQLSchemaOptions> options)
    {
        var measure = new InputListMeasure(options.Value);
        _visitor = new MatchingNodeVisitor<GraphQLField>((field, context) =>
        {
            if (context.HasErrors || context.ArgumentValues is null || !context.ArgumentValues.TryGetValue(field, out var values) ||
                context.TypeInfo.GetFieldDef()?.Arguments is not { } arguments)
            {
                return;
            }

            foreach (var argument in arguments)
            {
                if (values.TryGetValue(argument.Name, out var value) &&
                    measure.FindExcess(argument.ResolvedType!, value.Value, argument.Name) is { } excess)
                {
                    context.ReportError(new InputLimitValidationError(context, field, excess));
                    return;
                }
            }
        });
    }

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        new(context.ArgumentValues is { Count: > 0 } ? _visitor : null);
}
