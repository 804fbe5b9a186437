using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Domain.Errors;

namespace KnowledgeGraph.Api.Export;

/// <summary>
/// Maps the domain exceptions of an export request to JSON problems (RFC 9457) carrying the same <c>code</c> as the
/// GraphQL traversal errors: VALIDATION_FAILED (with <c>details</c> per argument) and LIMIT_EXCEEDED (with the limit)
/// → 400, NOT_FOUND → 404, STORE_UNAVAILABLE → 503, and an export past <c>GraphQL:Limits:ExecutionTimeoutSeconds</c>
/// → 503 TIMEOUT. Anything else is left to the host's error handling.
/// </summary>
internal static class ExportProblems
{
    /// <summary>
    /// Runs <paramref name="export"/> under a token that fires when the client goes away or the execution timeout
    /// passes; the export hands it to every store read, the traversal and the writer, so no work outlives the answer.
    /// </summary>
    public static async Task<IResult> HandleAsync(HttpContext context, GraphQLLimitSettings limits, Func<CancellationToken, Task<IResult>> export)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(limits.ExecutionTimeout);
        try
        {
            return await export(deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            ExportLog.TimedOut(context.RequestServices.GetRequiredService<ILogger<ExportLog>>(), context.Request.Path, limits.ExecutionTimeoutSeconds);
            return Results.Problem(
                detail: $"The export took longer than {GraphQLLimitSettings.Section}:ExecutionTimeoutSeconds ({limits.ExecutionTimeoutSeconds} s) and was cancelled.",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Export timed out",
                extensions: new Dictionary<string, object?>
                {
                    ["code"] = EdgeErrorCodes.Timeout,
                    ["limit"] = $"{GraphQLLimitSettings.Section}:ExecutionTimeoutSeconds",
                });
        }
        catch (ValidationException exception)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid export arguments", exception, new Dictionary<string, object?>
            {
                ["details"] = exception.Errors.Select(e => new { path = e.Path, code = e.Code, message = e.Message }).ToList(),
            });
        }
        catch (LimitExceededException exception)
        {
            return Problem(StatusCodes.Status400BadRequest, "Limit exceeded", exception, new Dictionary<string, object?>
            {
                ["limit"] = exception.Limit,
                ["maximum"] = exception.Maximum,
            });
        }
        catch (EntityNotFoundException exception)
        {
            return Problem(StatusCodes.Status404NotFound, "Entity not found", exception, new Dictionary<string, object?> { ["key"] = exception.Key });
        }
        catch (StoreUnavailableException exception)
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, "Store unavailable", exception, []);
        }
    }

    private static IResult Problem(int status, string title, DomainException exception, Dictionary<string, object?> extensions)
    {
        extensions["code"] = exception.Code;
        return Results.Problem(detail: exception.Message, statusCode: status, title: title, extensions: extensions);
    }
}
