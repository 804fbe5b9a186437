using KnowledgeGraph.Domain.Errors;

namespace KnowledgeGraph.Api.Export;

/// <summary>
/// Maps the domain exceptions of an export request to JSON problems (RFC 9457) carrying the same <c>code</c> as the
/// GraphQL traversal errors: VALIDATION_FAILED (with <c>details</c> per argument) and LIMIT_EXCEEDED (with the limit)
/// → 400, NOT_FOUND → 404, STORE_UNAVAILABLE → 503. Anything else is left to the host's error handling.
/// </summary>
internal static class ExportProblems
{
    public static async Task<IResult> HandleAsync(Func<Task<IResult>> export)
    {
        try
        {
            return await export();
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
