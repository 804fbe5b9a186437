using System.Diagnostics;
using GraphQL;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Http.ResponseCaching;
using KnowledgeGraph.Api.Observability;
using KnowledgeGraph.GraphQL.Authorization;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.Middleware;

/// <summary>
/// Last link: executes the prepared document under the request's deadline and answers with the status GraphQL over
/// HTTP prescribes for the negotiated media type. The whole-response cache is consulted only for a caller the access
/// policy lets read: a cached answer must never reach a caller that would have been refused.
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
    ClientKeys clientKeys,
    ILogger<ExecutionMiddleware> logger)
{
    private const string PrivateCacheControl = "private, no-cache";

    public async Task InvokeAsync(HttpContext context)
    {
        _ = next;
        var feature = GraphQLHttpFeature.Of(context);
        var prepared = feature.Prepared!;
        var request = prepared.Request;
        var operationType = prepared.OperationType;

        using var activity = telemetry.StartExecution(request.OperationName);
        activity?.SetTag("graphql.operation.type", operationType);
        activity?.SetTag("graphql.operation.name", request.OperationName);
        activity?.SetTag("graphql.document.length", request.Query!.Length);
        activity?.SetTag("graphql.document.cost", prepared.Cost);
        var started = Stopwatch.GetTimestamp();

        var cacheKey = prepared.Operation is { Operation: OperationType.Query } && access.Check(OperationType.Query, context.User) is null
            ? await responseCache.KeyAsync(prepared, feature.ResponseMediaType, feature.Deadline)
            : null;
        ExecutionResult? result = null;
        byte[]? body = null;
        try
        {
            if (cacheKey is null)
            {
                result = await executer.ExecuteAsync(executionOptions.For(prepared, context.RequestServices, context.User, feature.Deadline));
            }
            else
            {
                (body, result) = await responseCache.GetOrExecuteAsync(cacheKey, prepared, context.User, clientKeys.Of(context), feature.Deadline);
            }
        }
        catch (Exception ex) when (ex is ResponseFillTimeoutException
            || (ex is OperationCanceledException && feature.Deadline.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested))
        {
            TransportLog.ExecutionTimedOut(logger, request.OperationName, limits.Value.ExecutionTimeout.TotalSeconds);
            telemetry.Record(operationType, "timeout", Stopwatch.GetElapsedTime(started));
            activity?.SetStatus(ActivityStatusCode.Error, "timeout");
            await writer.WriteTimeoutAsync(context, limits.Value);
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
}
