using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Which operation of a parsed document a request runs, decided before execution (GET mutations, cost, response
/// caching) the way the executer will decide it.
/// </summary>
public static class GraphQLDocuments
{
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
