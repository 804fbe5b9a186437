using KnowledgeGraph.Api.Configuration;

namespace KnowledgeGraph.Api.Http;

/// <summary>Section <c>GraphQL:Limits</c>: protective limits; a request over one gets an error naming the key.</summary>
public sealed class GraphQLLimitSettings : ISettings
{
    public const string Section = "GraphQL:Limits";

    /// <summary>Deepest field nesting allowed (<c>GraphQL:Limits:MaxDepth</c>).</summary>
    public int MaxDepth { get; set; } = 20;

    /// <summary>Highest complexity score allowed by the GraphQL.NET complexity analyzer (<c>GraphQL:Limits:MaxComplexity</c>).</summary>
    public int MaxComplexity { get; set; } = 5000;

    /// <summary>Most aliased fields in one document (<c>GraphQL:Limits:MaxAliases</c>).</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most lexical tokens in one document (<c>GraphQL:Limits:MaxTokens</c>).</summary>
    public int MaxTokens { get; set; } = 5000;

    /// <summary>Longest document in characters (<c>GraphQL:Limits:MaxDocumentLength</c>).</summary>
    public int MaxDocumentLength { get; set; } = 20_000;

    /// <summary>Largest request body in bytes (<c>GraphQL:Limits:MaxRequestBodyBytes</c>).</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Longest execution in seconds (<c>GraphQL:Limits:ExecutionTimeoutSeconds</c>).</summary>
    public double ExecutionTimeoutSeconds { get; set; } = 10;

    public TimeSpan ExecutionTimeout => TimeSpan.FromSeconds(ExecutionTimeoutSeconds);

    public IEnumerable<string> Validate(string section)
    {
        if (MaxDepth < 1) yield return $"{section}:MaxDepth must be at least 1 (was {MaxDepth}).";
        if (MaxComplexity < 1) yield return $"{section}:MaxComplexity must be at least 1 (was {MaxComplexity}).";
        if (MaxAliases < 0) yield return $"{section}:MaxAliases must not be negative (was {MaxAliases}).";
        if (MaxTokens < 1) yield return $"{section}:MaxTokens must be at least 1 (was {MaxTokens}).";
        if (MaxDocumentLength < 1) yield return $"{section}:MaxDocumentLength must be at least 1 (was {MaxDocumentLength}).";
        if (MaxRequestBodyBytes < 1) yield return $"{section}:MaxRequestBodyBytes must be at least 1 (was {MaxRequestBodyBytes}).";
        if (ExecutionTimeoutSeconds <= 0) yield return $"{section}:ExecutionTimeoutSeconds must be positive (was {ExecutionTimeoutSeconds}).";
    }
}
