using Xunit;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Conformance;

/// <summary>Tests against the one real database clear it first, so they must not run side by side.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Neo4jCollection
{
    public const string Name = "Neo4j database";
}
