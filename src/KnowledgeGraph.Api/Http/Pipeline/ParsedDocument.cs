using System.Collections.Concurrent;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Http.Limits;

namespace KnowledgeGraph.Api.Http.Pipeline;

/// <summary>
/// A document that passed the text, parse and shape checks, kept so that the same text sent again skips them: its
/// syntax tree (shared read-only by concurrent executions, as GraphQL.NET's own document cache does), fingerprint and
/// shape, and the cost of each operation that takes no variables (the cost of one that does depends on them).
/// </summary>
public sealed class ParsedDocument(GraphQLDocument document, string fingerprint, DocumentShape shape)
{
    public GraphQLDocument Document { get; } = document;

    public string Fingerprint { get; } = fingerprint;

    public DocumentShape Shape { get; } = shape;

    /// <summary>Costs of variable-free operations by operation name ("" for an anonymous one).</summary>
    public ConcurrentDictionary<string, double> FixedCosts { get; } = new(StringComparer.Ordinal);
}
