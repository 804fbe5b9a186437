using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Http.Limits;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.WebSockets;

/// <summary>
/// Executes one <c>subscribe</c> payload under the same limits as GraphQL over HTTP: document length and tokens,
/// the validation rules (depth, complexity, aliases, introspection switch) and, for queries and mutations,
/// <c>GraphQL:Limits:ExecutionTimeoutSeconds</c>. A subscription runs until it is completed or the socket closes.
/// A result with <see cref="ExecutionResult.Executed"/> false is a request error, to be sent as an <c>error</c> message.
/// </summary>
public sealed class SocketOperationExecutor(
    IDocumentExecuter executer,
    GraphQLExecutionOptions executionOptions,
    IOptions<GraphQLLimitSettings> limits,
    ILogger<SocketOperationExecutor> logger)
{
    public async Task<ExecutionResult> ExecuteAsync(string id, GraphQLRequest request, HttpContext context, CancellationToken cancellationToken)
    {
        var settings = limits.Value;
        var query = request.Query;
        if (string.IsNullOrWhiteSpace(query))
        {
            return Rejected(EdgeErrorCodes.BadRequest, "The subscribe payload has no query.");
        }

        if (DocumentSizeLimits.Refusal(query, settings) is { } refusal)
        {
            return Rejected(EdgeErrorCodes.LimitExceeded, refusal);
        }

        var document = GraphQLDocuments.TryParse(query);
        var operation = document is null ? null : GraphQLDocuments.SelectOperation(document, request.OperationName);
        var isSubscription = operation?.Operation == OperationType.Subscription;
        WebSocketLog.OperationStarted(logger, id, operation?.Operation.ToString().ToLowerInvariant() ?? "unknown");

        using var timeout = isSubscription ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout?.CancelAfter(settings.ExecutionTimeout);
        try
        {
            return await executer.ExecuteAsync(executionOptions.For(
                context, query, document, request.OperationName, request.Variables, request.Extensions, timeout?.Token ?? cancellationToken));
        }
        catch (OperationCanceledException) when (timeout is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
        {
            return Rejected(EdgeErrorCodes.Timeout,
                $"Execution took longer than {GraphQLLimitSettings.Section}:ExecutionTimeoutSeconds ({settings.ExecutionTimeout.TotalSeconds} s) and was cancelled.");
        }
    }

    /// <summary>A request error: not executed, one error with <c>extensions.code</c>.</summary>
    public static ExecutionResult Rejected(string code, string message) => new()
    {
        Executed = false,
        Errors = [new ExecutionError(message) { Code = code }],
    };
}
