using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Traversal.Algorithms;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Traversal.Algorithms;

public sealed class AdjacencyIndexUpdateTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Random_change_sets_applied_one_after_another_answer_as_a_fresh_rebuild(int seed)
    {
        var model = new RandomGraphModel(seed);
        model.Populate(entities: 30, relationships: 90);
        var index = model.Rebuild();

        for (var step = 0; step < 60; step++)
        {
            var before = index;
            var keysBefore = model.EverySeenEntityKey.ToList();
            var expectedBefore = await DescribeAsync(before, keysBefore);
            var changes = model.Change(operations: 1 + (step % 6));

            index = index.Apply(changes);

            var keys = model.EverySeenEntityKey.ToList();
            Assert.Equal(await DescribeAsync(model.Rebuild(), keys), await DescribeAsync(index, keys));
            Assert.Equal(expectedBefore, await DescribeAsync(before, keysBefore));
        }

        var allKeys = model.EverySeenEntityKey.ToList();
        Assert.Equal(await DescribeAsync(model.Rebuild(), allKeys), await DescribeAsync(index.Compact(), allKeys));
        Assert.Equal(0, index.Compact().OverlaySize);
    }

    [Fact]
    public async Task A_relationship_replaced_with_another_type_and_end_moves_and_is_found_by_its_new_type()
    {
        var index = new AdjacencyIndexBuilder()
            .AddEntity("a", EntityKind.Company).AddEntity("b", EntityKind.Region).AddEntity("c", EntityKind.Person)
            .AddRelationship("r1", "OWNS", "a", "b")
            .Build();

        var updated = index.Apply(new AdjacencyChanges().SetRelationship("r1", "FUNDS", "a", "c"));

        var typed = await updated.GetAdjacentAsync(["a", "b"], new AdjacencyFilter(Types: new HashSet<string> { "FUNDS" }), 10, default);
        Assert.Equal([new AdjacentEdge("r1", "c", true)], typed["a"]);
        Assert.False(typed.ContainsKey("b"));
        Assert.Equal(1, updated.RelationshipCount);
    }

    [Fact]
    public async Task A_removed_entity_takes_its_relationships_and_a_kind_change_is_seen_by_the_kind_filter()
    {
        var index = new AdjacencyIndexBuilder()
            .AddEntity("a", EntityKind.Company).AddEntity("b", EntityKind.Region).AddEntity("c", EntityKind.Person)
            .AddRelationship("r1", "OWNS", "a", "b")
            .AddRelationship("r2", "OWNS", "c", "a")
            .Build();

        var updated = index.Apply(new AdjacencyChanges().RemoveEntity("b").SetEntity("c", EntityKind.Region));

        var regions = await updated.GetAdjacentAsync(["a"], new AdjacencyFilter(NeighbourKinds: new HashSet<EntityKind> { EntityKind.Region }), 10, default);
        Assert.Equal([new AdjacentEdge("r2", "c", false)], regions["a"]);
        Assert.False(updated.Contains("b"));
        Assert.Equal((2, 1), (updated.EntityCount, updated.RelationshipCount));
        Assert.True(index.Contains("b"));
    }

    [Fact]
    public void Applying_no_changes_returns_the_same_version()
    {
        var index = new AdjacencyIndexBuilder().AddEntity("a", EntityKind.Company).Build();

        Assert.Same(index, index.Apply(new AdjacencyChanges()));
    }

    /// <summary>Everything a traversal can ask of an index, as text: counts, membership and each filtered adjacency list.</summary>
    private static async Task<string> DescribeAsync(AdjacencyIndex index, IEnumerable<string> entityKeys)
    {
        var keys = entityKeys.Append("nobody").ToList();
        var lines = new List<string> { $"entities {index.EntityCount}, relationships {index.RelationshipCount}" };
        lines.AddRange(keys.Select(k => $"{k}: {index.Contains(k)}"));
        var filterNumber = 0;
        foreach (var filter in RandomGraphModel.Filters)
        {
            var adjacent = await index.GetAdjacentAsync(keys, filter, int.MaxValue, default);
            lines.AddRange(adjacent.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a =>
                $"{filterNumber} {a.Key}: {string.Join(" ", a.Value.Select(e => $"{e.RelationshipKey}{(e.Outgoing ? ">" : "<")}{e.NeighbourKey}"))}"));
            filterNumber++;
        }

        return string.Join("\n", lines);
    }
}
