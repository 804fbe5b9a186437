using KnowledgeGraph.Configuration;

namespace KnowledgeGraph.GraphQL;

/// <summary>Options of the GraphQL schema, bound from the <c>GraphQL</c> configuration section.</summary>
public sealed class GraphQLSchemaOptions : ISettings
{
    public const string SectionName = "GraphQL";

    /// <summary>Page size of a connection when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest <c>first</c>/<c>last</c> a connection (or <c>search</c>) accepts; above it the request fails with LIMIT_EXCEEDED.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>
    /// The most items a list argument or list input field may hold (<c>nodes(ids:)</c>, <c>sources(keys:)</c>, kinds,
    /// relationship types, <c>order</c>, <c>aliases</c>, <c>sourceIds</c>…); above it the request fails with LIMIT_EXCEEDED
    /// before anything runs. As large as <see cref="MaxPageSize"/> by default, so that a client can refetch a whole page by id.
    /// </summary>
    public int MaxListLength { get; set; } = 100;

    /// <summary>
    /// The size of one <c>where</c> filter: every value it compares with (each item of an <c>in</c>/<c>nin</c> list counts)
    /// and every <c>and</c>/<c>or</c> branch, at any depth; above it the request fails with LIMIT_EXCEEDED before anything runs.
    /// </summary>
    public int MaxFilterValues { get; set; } = 500;

    /// <summary>Whether internal errors carry the exception's message and stack trace; meant for Development only.</summary>
    public bool ExposeExceptionDetails { get; set; }

    public IEnumerable<string> Validate(string section)
    {
        if (MaxPageSize < 1)
        {
            yield return $"{section}:{nameof(MaxPageSize)} must be at least 1 (was {MaxPageSize}).";
        }

        if (DefaultPageSize < 1 || DefaultPageSize > MaxPageSize)
        {
            yield return $"{section}:{nameof(DefaultPageSize)} must be between 1 and {section}:{nameof(MaxPageSize)} (was {DefaultPageSize}).";
        }

        if (MaxListLength < 1)
        {
            yield return $"{section}:{nameof(MaxListLength)} must be at least 1 (was {MaxListLength}).";
        }

        if (MaxFilterValues < 1)
        {
            yield return $"{section}:{nameof(MaxFilterValues)} must be at least 1 (was {MaxFilterValues}).";
        }
    }
}
