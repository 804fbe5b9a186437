using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Http.Limits;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// How both transports (HTTP and WebSocket) describe an execution, kept in one place so that they cannot drift apart:
/// the schema, every validation rule (GraphQL's and the configured limits), the caller and the request's services.
/// </summary>
public sealed class GraphQLExecutionOptions(ISchema schema, ValidationRuleFactory validationRules)
{
    public ExecutionOptions For(
        HttpContext context, string? query, GraphQLDocument? document, string? operationName, Inputs? variables, Inputs? extensions,
        CancellationToken cancellationToken) => new()
        {
            Schema = schema,
            Query = query,
            Document = document,
            OperationName = operationName,
            Variables = variables,
            Extensions = extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = cancellationToken,
            ValidationRules = validationRules.Rules,
        };
}
