using KnowledgeGraph.Api.Http.Pipeline;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.Middleware;

/// <summary>
/// Runs the request through <see cref="GraphQLRequestPipeline"/> (persisted query, size, depth, expanded size,
/// cost) and starts the request's deadline, which the checks and the execution after them share; a refusal is
/// answered here with the status GraphQL over HTTP prescribes.
/// </summary>
public sealed class PreparationMiddleware(
    RequestDelegate next,
    GraphQLRequestPipeline pipeline,
    GraphQLResponseWriter writer,
    ClientKeys clientKeys,
    IOptions<GraphQLLimitSettings> limits,
    ILogger<PreparationMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var feature = GraphQLHttpFeature.Of(context);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(limits.Value.ExecutionTimeout);
        feature.Deadline = deadline.Token;

        (PreparedRequest? Prepared, RequestRefusal? Refusal) outcome;
        try
        {
            outcome = await pipeline.PrepareAsync(
                feature.Request!, context.User, clientKeys.Of(context), HttpMethods.IsGet(context.Request.Method), deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            await writer.WriteTimeoutAsync(context, limits.Value);
            return;
        }

        if (outcome.Refusal is { } refusal)
        {
            TransportLog.RequestRejected(logger, StatusFor(context, refusal), refusal.Code, refusal.Message);
            if (refusal.Kind == RefusalKind.MethodNotAllowed)
            {
                context.Response.Headers.Allow = "POST";
            }

            await writer.WriteErrorAsync(context, StatusFor(context, refusal), refusal.Code, refusal.Message);
            return;
        }

        feature.Prepared = outcome.Prepared;
        await next(context);
    }

    private static int StatusFor(HttpContext context, RequestRefusal refusal) => refusal.Kind switch
    {
        RefusalKind.BadRequest => StatusCodes.Status400BadRequest,
        RefusalKind.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
        _ => GraphQLResponseWriter.RequestErrorStatus(context),
    };
}
