using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Schema;

/// <summary>The root query: empty by itself, filled by every registered <see cref="IQueryFieldContributor"/>.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFieldContributor> contributors)
    {
        Name = "Query";
        Description = "Reads of the Kazakhstan–China knowledge graph: entities, their relationships and the sources behind every fact.";
        foreach (var contributor in contributors)
        {
            contributor.AddFields(this);
        }
    }
}
