using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Schema;

/// <summary>The root mutation: empty by itself, filled by every registered <see cref="IMutationFieldContributor"/>.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFieldContributor> contributors)
    {
        Name = "Mutation";
        Description = "Curation of the knowledge graph: create, change and delete entities, relationships and sources. "
            + "Every mutation takes one `input` and answers with a payload holding the changed object and `errors` "
            + "(null on success; on any error nothing is written).";
        foreach (var contributor in contributors)
        {
            contributor.AddFields(this);
        }
    }
}
