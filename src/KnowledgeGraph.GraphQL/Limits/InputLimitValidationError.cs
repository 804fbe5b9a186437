using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.GraphQL.Errors;
using LimitExceededException = KnowledgeGraph.Domain.Errors.LimitExceededException;

namespace KnowledgeGraph.GraphQL.Limits;

/// <summary>
/// An argument holding a list or filter over its limit, reported during validation so that nothing runs. It reads like
/// the limits resolvers enforce (LIMIT_EXCEEDED with <c>limit</c>, <c>maximum</c> and <c>requested</c>); the message names the setting.
/// </summary>
public sealed class InputLimitValidationError : ValidationError
{
    public InputLimitValidationError(ValidationContext context, ASTNode node, InputListExcess excess)
        : base(context.Document.Source, null, $"{excess.Path} holds {excess.Count} {excess.Unit}; {excess.Setting} allows {excess.Maximum}.", node)
    {
        DomainErrors.Describe(this, new LimitExceededException(excess.Path, excess.Maximum, excess.Count));
    }
}
