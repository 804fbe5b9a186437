using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.Middleware;

/// <summary>
/// Outermost link of the chain: turns failures raised below it (oversized body, malformed HTTP, unexpected
/// exceptions) into GraphQL error results; exception details only when configured.
/// </summary>
public sealed class EdgeErrorMiddleware(
    RequestDelegate next,
    GraphQLResponseWriter writer,
    IOptions<GraphQLSettings> settings,
    IOptions<GraphQLLimitSettings> limits,
    ILogger<EdgeErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            if (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                await writer.WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, EdgeErrorCodes.PayloadTooLarge,
                    $"The request body exceeds {GraphQLLimitSettings.Section}:MaxRequestBodyBytes ({limits.Value.MaxRequestBodyBytes} bytes).");
                return;
            }

            await writer.WriteErrorAsync(context, StatusCodes.Status400BadRequest, EdgeErrorCodes.BadRequest, exception.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            TransportLog.RequestFailed(logger, exception);
            var message = settings.Value.ExposeExceptionDetails ? exception.ToString() : "An unexpected error occurred.";
            await writer.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, EdgeErrorCodes.InternalError, message);
        }
    }
}
