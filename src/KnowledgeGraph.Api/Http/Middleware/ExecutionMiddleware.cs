using System.Diagnostics;
using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using KnowledgeGraph.Api.Http.Limits;
using KnowledgeGraph.Api.Http.ResponseCaching;
using KnowledgeGraph.Api.Observability;
using KnowledgeGraph.GraphQL.Authorization;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.Middleware;

/// <summary>
/// Last link: refuses mutations over GET (405, <c>Allow: POST</c>), executes the document with the configured
/// validation rules and <c>GraphQL:Limits:ExecutionTimeoutSeconds</c>, and answers with the status GraphQL over HTTP
/// prescribes for the negotiated media type. The whole-response cache is consulted only for a caller the access policy
/// lets read: a cached answer must never reach a caller that would have been refused.
/// </summary>
public sealed class ExecutionMiddleware(
    RequestDelegate next,
    IDocumentExecuter executer,
    GraphQLExecutionOptions executionOptions,
    GraphQLResponseWriter writer,
    GraphQLResponseCache responseCache,
    GraphQLTelemetry telemetry,
    IOptions<GraphQLLimitSettings> limits,
    IOptions<PersistedQuerySettings> persistedQueries,
    OperationAccessPolicy access,
    ILogger<ExecutionMiddleware> logger)
{
    private const string PrivateCacheControl = "private, no-cache";

    public async Task InvokeAsync(HttpContext context)
    {
        _ = next;
        var request = GraphQLHttpFeature.Of(context).Request!;
        var document = GraphQLDocuments.TryParse(request.Query!);
        var operation = document is null ? null : GraphQLDocuments.SelectOperation(document, request.OperationName);
        var operationType = operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";

        if (operation is { Operation: not OperationType.Query } && HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.Headers.Allow = "POST";
            await writer.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, EdgeErrorCodes.MethodNotAllowed,
                $"A {operationType} cannot be sent with GET; use POST.");
            return;
        }

        using var activity = telemetry.StartExecution(request.OperationName);
        activity?.SetTag("graphql.operation.type", operationType);
        activity?.SetTag("graphql.operation.name", request.OperationName);
        activity?.SetTag("graphql.document.length", request.Query!.Length);

        var timeout = limits.Value.ExecutionTimeout;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeoutSource.CancelAfter(timeout);
        var started = Stopwatch.GetTimestamp();

        var cacheKey = operation is { Operation: OperationType.Query } && access.Check(OperationType.Query, context.User) is null
            ? await responseCache.KeyAsync(request, GraphQLHttpFeature.Of(context).ResponseMediaType, context.RequestAborted)
            : null;
        ExecutionResult? result = null;
        byte[]? body = null;
        try
        {
            if (cacheKey is null)
            {
                result = await ExecuteAsync(context, request, document, timeoutSource.Token);
            }
            else
            {
                try
                {
                    body = await responseCache.GetOrExecuteAsync(cacheKey, async _ =>
                    {
                        var executed = await ExecuteAsync(context, request, document, timeoutSource.Token);
                        return executed.Executed && (executed.Errors?.Count ?? 0) == 0
                            ? writer.Serialize(executed)
                            : throw new UncacheableResponseException(executed);
                    }, context.RequestAborted);
                }
                catch (UncacheableResponseException uncacheable)
                {
                    result = uncacheable.Result;
                }
            }
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            TransportLog.ExecutionTimedOut(logger, request.OperationName, timeout.TotalSeconds);
            telemetry.Record(operationType, "timeout", Stopwatch.GetElapsedTime(started));
            activity?.SetStatus(ActivityStatusCode.Error, "timeout");
            var status = GraphQLHttpFeature.Of(context).UsesGraphQLResponseMediaType
                ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status200OK;
            await writer.WriteErrorAsync(context, status, EdgeErrorCodes.Timeout,
                $"Execution took longer than {GraphQLLimitSettings.Section}:ExecutionTimeoutSeconds ({timeout.TotalSeconds} s) and was cancelled.");
            return;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        // Answers that depend on who asks must not be kept by shared HTTP caches.
        var cacheControl = access.PublicReads ? persistedQueries.Value.GetCacheControl : PrivateCacheControl;
        if (body is not null)
        {
            telemetry.Record(operationType, "ok", elapsed);
            TransportLog.Executed(logger, operationType, request.OperationName, elapsed.TotalMilliseconds, 0);
            if (HttpMethods.IsGet(context.Request.Method))
            {
                await writer.WriteCacheableAsync(context, body, cacheControl);
                return;
            }

            await writer.WriteAsync(context, body, StatusCodes.Status200OK);
            return;
        }

        var errorCount = result!.Errors?.Count ?? 0;
        var outcome = !result.Executed ? "rejected" : errorCount > 0 ? "partial" : "ok";
        telemetry.Record(operationType, outcome, elapsed);
        activity?.SetTag("graphql.errors", errorCount);
        if (outcome != "ok")
        {
            activity?.SetStatus(ActivityStatusCode.Error, outcome);
        }

        TransportLog.Executed(logger, operationType, request.OperationName, elapsed.TotalMilliseconds, errorCount);
        if (HttpMethods.IsGet(context.Request.Method) && result.Executed && errorCount == 0)
        {
            await writer.WriteCacheableAsync(context, result, cacheControl);
            return;
        }

        var statusCode = result.Executed
            ? StatusCodes.Status200OK
            : AccessErrorStatus.For(context, result) ?? GraphQLResponseWriter.RequestErrorStatus(context);
        await writer.WriteAsync(context, result, statusCode);
    }

    private Task<ExecutionResult> ExecuteAsync(
        HttpContext context, GraphQLHttpRequest request, GraphQLDocument? document, CancellationToken cancellationToken) =>
        executer.ExecuteAsync(executionOptions.For(
            context, request.Query, document, request.OperationName, request.Variables, request.Extensions, cancellationToken));
}
