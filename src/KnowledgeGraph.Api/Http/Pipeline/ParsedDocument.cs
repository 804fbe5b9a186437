using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Http.Pipeline;

/// <summary>
/// A document that passed the text, parse and shape checks, kept so that the same text sent again skips them: its
/// syntax tree (shared read-only by concurrent executions, as GraphQL.NET's own document cache does) and fingerprint,
/// and the cost of each operation that takes no variables (the cost of one that does depends on them). Its shape is
/// not kept: it depends on the text alone, and passed.
/// </summary>
public sealed class ParsedDocument(GraphQLDocument document, string fingerprint)
{
    public GraphQLDocument Document { get; } = document;

    public string Fingerprint { get; } = fingerprint;

    /// <summary>Costs of variable-free operations by operation name ("" for an anonymous one).</summary>
    public ConcurrentDictionary<string, double> FixedCosts { get; } = new(StringComparer.Ordinal);
}
