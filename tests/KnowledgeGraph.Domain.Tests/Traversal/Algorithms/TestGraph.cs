using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Traversal.Algorithms;

namespace KnowledgeGraph.Domain.Tests.Traversal.Algorithms;

/// <summary>A small hand-made graph for the algorithm tests; relationships default to type LINK, entities to Company.</summary>
internal sealed class TestGraph
{
    private readonly AdjacencyIndexBuilder _builder = new();

    public TestGraph Entities(params string[] keys) => Entities(EntityKind.Company, keys);

    public TestGraph Entities(EntityKind kind, params string[] keys)
    {
        foreach (var key in keys)
        {
            _builder.AddEntity(key, kind);
        }

        return this;
    }

    public TestGraph Link(string key, string from, string to, string type = "LINK")
    {
        _builder.AddRelationship(key, type, from, to);
        return this;
    }

    public RecordingAdjacencySource Build() => new(_builder.Build());
}
