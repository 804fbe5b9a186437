using KnowledgeGraph.Configuration;

namespace KnowledgeGraph.Api.Http;

/// <summary>Section <c>GraphQL:Limits</c>: protective limits; a request over one gets an error naming the key.</summary>
public sealed class GraphQLLimitSettings : ISettings
{
    public const string Section = "GraphQL:Limits";

    /// <summary>Deepest field nesting allowed (<c>GraphQL:Limits:MaxDepth</c>).</summary>
    public int MaxDepth { get; set; } = 20;

    /// <summary>
    /// Highest cost allowed (<c>GraphQL:Limits:MaxComplexity</c>): the field values an operation would produce, lists
    /// counted at the size asked for (see <see cref="Limits.QueryCost"/>). The default leaves room above the fullest
    /// introspection IDEs send (graphql-js 17's query with every option on; README quotes its cost and a test keeps the
    /// default at least 1.25 times it), so the figure lives in one checked place instead of here.
    /// </summary>
    public int MaxComplexity { get; set; } = 30_000;

    /// <summary>
    /// Most field selections in one document once every fragment spread is expanded, summed over its operations and
    /// fragments (<c>GraphQL:Limits:MaxExpandedSelections</c>); checked before validation, which would walk them all.
    /// </summary>
    public int MaxExpandedSelections { get; set; } = 2_000;

    /// <summary>
    /// How many items the cost assumes a list returns when the request cannot say (a list without <c>first</c>,
    /// <c>last</c>, <c>limit</c> or ids, e.g. <c>sources</c>) (<c>GraphQL:Limits:AssumedListSize</c>).
    /// </summary>
    public int AssumedListSize { get; set; } = 10;

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

    /// <summary>What a client is told when its request ran out of time, on every transport and endpoint.</summary>
    public string TimeoutMessage =>
        $"The request took longer than {Section}:ExecutionTimeoutSeconds ({ExecutionTimeoutSeconds} s) and was cancelled.";

    public IEnumerable<string> Validate(string section)
    {
        if (MaxDepth < 1) yield return $"{section}:MaxDepth must be at least 1 (was {MaxDepth}).";
        if (MaxComplexity < 1) yield return $"{section}:MaxComplexity must be at least 1 (was {MaxComplexity}).";
        if (MaxExpandedSelections < 1) yield return $"{section}:MaxExpandedSelections must be at least 1 (was {MaxExpandedSelections}).";
        if (AssumedListSize < 1) yield return $"{section}:AssumedListSize must be at least 1 (was {AssumedListSize}).";
        if (MaxAliases < 0) yield return $"{section}:MaxAliases must not be negative (was {MaxAliases}).";
        if (MaxTokens < 1) yield return $"{section}:MaxTokens must be at least 1 (was {MaxTokens}).";
        if (MaxDocumentLength < 1) yield return $"{section}:MaxDocumentLength must be at least 1 (was {MaxDocumentLength}).";
        if (MaxRequestBodyBytes < 1) yield return $"{section}:MaxRequestBodyBytes must be at least 1 (was {MaxRequestBodyBytes}).";
        if (ExecutionTimeoutSeconds <= 0) yield return $"{section}:ExecutionTimeoutSeconds must be positive (was {ExecutionTimeoutSeconds}).";
    }
}
