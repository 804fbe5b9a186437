using GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Authorization;

/// <summary>
/// Applies <see cref="OperationAccessPolicy"/> to the operation about to run, on every transport (HTTP and WebSocket
/// alike, since both go through the executer): a refused operation fails validation, so no resolver runs and nothing
/// changes.
/// </summary>
public sealed class OperationAccessRule(OperationAccessPolicy policy) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is { } operation && policy.Check(operation.Operation, context.User) is { } denial)
        {
            context.ReportError(new AccessValidationError(denial));
        }

        return new((INodeVisitor?)null);
    }
}
