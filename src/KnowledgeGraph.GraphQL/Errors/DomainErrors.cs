using GraphQL;
using KnowledgeGraph.Domain.Errors;

namespace KnowledgeGraph.GraphQL.Errors;

/// <summary>
/// The one place a <see cref="DomainException"/> becomes a GraphQL error: the message as is, <c>extensions.code</c> from
/// <see cref="DomainException.Code"/>, and the exception's facts as further extensions.
/// </summary>
public static class DomainErrors
{
    public static ExecutionError ToExecutionError(DomainException exception) => Describe(new ExecutionError(exception.Message), exception);

    /// <summary>
    /// Gives <paramref name="error"/> the code and facts of <paramref name="exception"/>, for errors raised outside a
    /// resolver (a validation rule) that must read like the ones resolvers raise.
    /// </summary>
    public static TError Describe<TError>(TError error, DomainException exception)
        where TError : ExecutionError
    {
        error.Code = exception.Code;
        var extensions = error.Extensions ??= new Dictionary<string, object?>();
        switch (exception)
        {
            case EntityNotFoundException notFound:
                extensions["key"] = notFound.Key;
                break;
            case ValidationException validation:
                extensions["details"] = validation.Errors
                    .Select(e => new Dictionary<string, object?> { ["path"] = e.Path, ["code"] = e.Code, ["message"] = e.Message })
                    .ToList();
                break;
            case ConcurrencyConflictException conflict:
                extensions["key"] = conflict.Key;
                extensions["expectedVersion"] = conflict.ExpectedVersion;
                extensions["actualVersion"] = conflict.ActualVersion;
                break;
            case LimitExceededException limit:
                extensions["limit"] = limit.Limit;
                extensions["maximum"] = limit.Maximum;
                extensions["requested"] = limit.Requested;
                break;
        }

        return error;
    }

    /// <summary>The first domain exception in <paramref name="exception"/>'s chain (inner and aggregated exceptions), if any.</summary>
    public static DomainException? Find(Exception? exception)
    {
        while (exception is not null)
        {
            if (exception is DomainException domain)
            {
                return domain;
            }

            if (exception is AggregateException { InnerExceptions.Count: > 0 } aggregate)
            {
                return aggregate.InnerExceptions.Select(Find).FirstOrDefault(d => d is not null);
            }

            exception = exception.InnerException;
        }

        return null;
    }
}
