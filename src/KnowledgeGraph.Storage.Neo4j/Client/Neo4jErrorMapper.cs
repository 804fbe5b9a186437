using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>Turns a Neo4j error into the exception the rest of the application understands.</summary>
public static class Neo4jErrorMapper
{
    public const string ConstraintViolationCode = ValidationCodes.ConstraintViolation;

    /// <summary>Neo4j's code for a request it could not take; the client also uses it for an answer that makes no sense.</summary>
    public const string InvalidRequestCode = "Neo.ClientError.Request.Invalid";

    /// <summary>Neo4j's code for a malformed request; the client also uses it for an answer it cannot read.</summary>
    public const string InvalidFormatCode = "Neo.ClientError.Request.InvalidFormat";

    /// <summary>
    /// A constraint violation becomes a <see cref="ValidationException"/> (a duplicate key lost a race, for
    /// instance); authentication and database errors get a hint about configuration; every other error keeps its
    /// Neo4j code in a <see cref="Neo4jClientException"/>. Transient errors are not mapped here: they are retried.
    /// </summary>
    public static Exception Map(Neo4jServerError error) => error.Code switch
    {
        "Neo.ClientError.Schema.ConstraintValidationFailed" =>
            new ValidationException("store", ConstraintViolationCode, $"The change breaks a uniqueness rule of the graph: {error.Message}"),
        "Neo.ClientError.Security.Unauthorized" or "Neo.ClientError.Security.AuthenticationRateLimit" =>
            new Neo4jClientException(error.Code, $"{error.Message} Check {Neo4jOptions.SectionName}:Username/Password or BearerToken."),
        "Neo.ClientError.Database.DatabaseNotFound" =>
            new Neo4jClientException(error.Code, $"{error.Message} Check {Neo4jOptions.SectionName}:Database."),
        _ => new Neo4jClientException(error.Code, error.Message),
    };
}
