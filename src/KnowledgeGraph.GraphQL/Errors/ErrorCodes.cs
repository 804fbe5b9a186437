namespace KnowledgeGraph.GraphQL.Errors;

/// <summary>Codes of errors raised by the schema itself rather than by a domain exception.</summary>
public static class ErrorCodes
{
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
