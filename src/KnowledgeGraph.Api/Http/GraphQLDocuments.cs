using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Reads a request's document far enough for the transports to decide before execution (GET mutations, timeouts,
/// response caching). Syntax errors are left to the executer, which reports them as request errors.
/// </summary>
public static class GraphQLDocuments
{
    public static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLParserException)
        {
            return null;
        }
    }

    /// <summary>The operation the request names, or its only one; null when that is ambiguous or missing.</summary>
    public static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operationName is null)
        {
            return operations.Count == 1 ? operations[0] : null;
        }

        return operations.FirstOrDefault(o => o.Name is not null && o.Name.StringValue == operationName);
    }
}
