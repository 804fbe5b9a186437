using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Http.Pipeline;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.WebSockets;

/// <summary>
/// Executes one <c>subscribe</c> payload through the same <see cref="GraphQLRequestPipeline"/> as GraphQL over HTTP
/// (persisted queries, document length and tokens, depth, expanded size, cost, then the validation rules) and, for
/// queries and mutations, under <c>GraphQL:Limits:ExecutionTimeoutSeconds</c>; a subscription's checks run under it
/// too, and the subscription then runs until it is completed or the socket closes. A result with
/// <see cref="ExecutionResult.Executed"/> false is a request error, to be sent as an <c>error</c> message.
/// </summary>
public sealed class SocketOperationExecutor(
    IDocumentExecuter executer,
    GraphQLRequestPipeline pipeline,
    GraphQLExecutionOptions executionOptions,
    ClientKeys clientKeys,
    IOptions<GraphQLLimitSettings> limits,
    ILogger<SocketOperationExecutor> logger)
{
    public async Task<ExecutionResult> ExecuteAsync(string id, GraphQLRequest request, HttpContext context, CancellationToken cancellationToken)
    {
        var settings = limits.Value;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.ExecutionTimeout);
        try
        {
            var (prepared, refusal) = await pipeline.PrepareAsync(
                new GraphQLHttpRequest(request.Query, request.OperationName, request.Variables, request.Extensions),
                context.User, clientKeys.Of(context), queriesOnly: false, deadline.Token);
            if (refusal is not null)
            {
                return Rejected(refusal.Code, refusal.Message);
            }

            var isSubscription = prepared!.Operation?.Operation == OperationType.Subscription;
            WebSocketLog.OperationStarted(logger, id, prepared.OperationType);
            return await executer.ExecuteAsync(executionOptions.For(
                prepared, context.RequestServices, context.User, isSubscription ? cancellationToken : deadline.Token));
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Rejected(EdgeErrorCodes.Timeout, settings.TimeoutMessage);
        }
    }

    /// <summary>A request error: not executed, one error with <c>extensions.code</c>.</summary>
    public static ExecutionResult Rejected(string code, string message) => new()
    {
        Executed = false,
        Errors = [new ExecutionError(message) { Code = code }],
    };
}
