using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Http.Limits;
using KnowledgeGraph.Api.Http.Pipeline;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// How both transports (HTTP and WebSocket) describe an execution, kept in one place so that they cannot drift apart:
/// the schema, every validation rule (GraphQL's and the configured limits), the caller and the services to use.
/// </summary>
public sealed class GraphQLExecutionOptions(ISchema schema, ValidationRuleFactory validationRules)
{
    /// <summary>Options to execute <paramref name="prepared"/> for <paramref name="user"/> with <paramref name="services"/>.</summary>
    public ExecutionOptions For(PreparedRequest prepared, IServiceProvider services, ClaimsPrincipal user, CancellationToken cancellationToken) => new()
    {
        Schema = schema,
        Query = prepared.Request.Query,
        Document = prepared.Document,
        OperationName = prepared.Request.OperationName,
        Variables = prepared.Request.Variables,
        Extensions = prepared.Request.Extensions,
        RequestServices = services,
        User = user,
        CancellationToken = cancellationToken,
        ValidationRules = validationRules.Rules,
    };
}
