using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Schema;

/// <summary>
/// Adds fields to the root <c>Query</c> type. Every feature registers one in DI; the root query applies them all, in
/// registration order, so that no single class holds the whole query surface.
/// </summary>
public interface IQueryFieldContributor
{
    void AddFields(ObjectGraphType query);
}
