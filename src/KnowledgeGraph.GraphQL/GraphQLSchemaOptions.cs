namespace KnowledgeGraph.GraphQL;

/// <summary>Options of the GraphQL schema, bound from the <c>GraphQL</c> configuration section.</summary>
public sealed class GraphQLSchemaOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>Page size of a connection when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest <c>first</c>/<c>last</c> a connection (or <c>search</c>) accepts; above it the request fails with LIMIT_EXCEEDED.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Whether internal errors carry the exception's message and stack trace; meant for Development only.</summary>
    public bool ExposeExceptionDetails { get; set; }
}
