using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Domain.Traversal.Algorithms;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Traversal.Algorithms;

public sealed class PathSearchTests
{
    // s -> a <- t ; s -> b -> t twice (parallel) ; s -> c -> d -> t (type LONG) ; s self loop ; z isolated
    private static RecordingAdjacencySource Graph() => new TestGraph()
        .Entities("s", "a", "b", "c", "d", "t", "z")
        .Link("r-s-a", "s", "a")
        .Link("r-t-a", "t", "a")
        .Link("r-s-b", "s", "b")
        .Link("r-b-t", "b", "t")
        .Link("r-b-t-2", "b", "t")
        .Link("r-s-c", "s", "c", "LONG")
        .Link("r-c-d", "c", "d", "LONG")
        .Link("r-d-t", "d", "t", "LONG")
        .Link("r-s-s", "s", "s")
        .Build();

    private static Task<IReadOnlyList<KeyPath>> Find(
        PathMode mode, int maxLength = 4, int first = 10, IReadOnlySet<string>? types = null, string from = "s", string to = "t") =>
        PathFinder.FindAsync(Graph(), new PathSpec
        {
            FromKey = from,
            ToKey = to,
            Mode = mode,
            MaxLength = maxLength,
            First = first,
            RelationshipTypes = types,
        });

    private static string Describe(KeyPath path) =>
        string.Join(" ", path.NodeKeys.Zip(path.Hops.Select(h => h.Forward ? $"-{h.RelationshipKey}->" : $"<-{h.RelationshipKey}-").Append(""))
            .Select(pair => $"{pair.First} {pair.Second}")).Trim();

    [Fact]
    public async Task Shortest_returns_the_first_shortest_path_with_the_direction_of_every_hop()
    {
        var paths = await Find(PathMode.Shortest);

        var path = Assert.Single(paths);
        Assert.Equal(["s", "a", "t"], path.NodeKeys);
        Assert.Equal([new KeyHop("r-s-a", true), new KeyHop("r-t-a", false)], path.Hops);
    }

    [Fact]
    public async Task AllShortest_returns_every_shortest_path_once_with_parallel_relationships_as_distinct_paths()
    {
        var paths = await Find(PathMode.AllShortest);

        Assert.Equal(
            ["s -r-s-a-> a <-r-t-a- t", "s -r-s-b-> b -r-b-t-> t", "s -r-s-b-> b -r-b-t-2-> t"],
            paths.Select(Describe));
    }

    [Fact]
    public async Task AllShortest_returns_at_most_first_paths()
    {
        var paths = await Find(PathMode.AllShortest, first: 2);

        Assert.Equal(["s -r-s-a-> a <-r-t-a- t", "s -r-s-b-> b -r-b-t-> t"], paths.Select(Describe));
    }

    [Fact]
    public async Task Shortest_follows_only_the_requested_relationship_types()
    {
        var paths = await Find(PathMode.Shortest, types: new HashSet<string> { "LONG" });

        Assert.Equal(["s -r-s-c-> c -r-c-d-> d -r-d-t-> t"], paths.Select(Describe));
    }

    [Theory]
    [InlineData(PathMode.Shortest)]
    [InlineData(PathMode.AllShortest)]
    [InlineData(PathMode.All)]
    public async Task Every_mode_returns_nothing_when_no_path_fits_in_the_maximum_length(PathMode mode)
    {
        var tooShort = await Find(mode, maxLength: 1);
        var disconnected = await Find(mode, to: "z");
        var typedTooShort = await Find(mode, maxLength: 2, types: new HashSet<string> { "LONG" });

        Assert.Empty(tooShort);
        Assert.Empty(disconnected);
        Assert.Empty(typedTooShort);
    }

    [Theory]
    [InlineData(PathMode.Shortest)]
    [InlineData(PathMode.AllShortest)]
    [InlineData(PathMode.All)]
    public async Task Every_mode_returns_a_zero_length_path_from_an_entity_to_itself(PathMode mode)
    {
        var paths = await Find(mode, from: "s", to: "s");

        var path = Assert.Single(paths);
        Assert.Equal(["s"], path.NodeKeys);
        Assert.Empty(path.Hops);
    }

    [Fact]
    public async Task All_returns_simple_paths_shortest_first_up_to_the_maximum_length()
    {
        var paths = await Find(PathMode.All, maxLength: 6);

        Assert.Equal(
            [
                "s -r-s-a-> a <-r-t-a- t",
                "s -r-s-b-> b -r-b-t-> t",
                "s -r-s-b-> b -r-b-t-2-> t",
                "s -r-s-c-> c -r-c-d-> d -r-d-t-> t",
            ],
            paths.Select(Describe));
        Assert.All(paths, p => Assert.Equal(p.NodeKeys.Count, p.NodeKeys.Distinct().Count()));
    }

    [Fact]
    public async Task All_stops_at_first_paths_and_at_the_maximum_length()
    {
        var firstTwo = await Find(PathMode.All, first: 2);
        var upToTwo = await Find(PathMode.All, maxLength: 2);

        Assert.Equal(["s -r-s-a-> a <-r-t-a- t", "s -r-s-b-> b -r-b-t-> t"], firstTwo.Select(Describe));
        Assert.Equal(3, upToTwo.Count);
    }

    [Fact]
    public async Task Shortest_expands_the_smaller_frontier_so_a_hub_is_not_walked_past()
    {
        var graph = new TestGraph().Entities("hub", "x", "y", "t");
        graph.Link("r-hub-x", "hub", "x").Link("r-x-y", "x", "y").Link("r-y-t", "y", "t");
        for (var i = 0; i < 20; i++)
        {
            graph.Entities($"leaf-{i:00}").Link($"r-leaf-{i:00}", $"leaf-{i:00}", "hub");
        }

        var source = graph.Build();

        var paths = await PathFinder.FindAsync(source, new PathSpec { FromKey = "hub", ToKey = "t", MaxLength = 4 });

        Assert.Equal(["hub", "x", "y", "t"], Assert.Single(paths).NodeKeys);
        Assert.DoesNotContain(source.KeysAsked, k => k.StartsWith("leaf-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Path_searches_honour_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        foreach (var mode in Enum.GetValues<PathMode>())
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PathFinder.FindAsync(
                Graph(), new PathSpec { FromKey = "s", ToKey = "t", Mode = mode }, cancelled.Token));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task AllShortest_agrees_with_the_shortest_of_all_simple_paths_on_random_multigraphs(int seed)
    {
        var random = new Random(seed);
        var graph = new TestGraph();
        var keys = Enumerable.Range(0, 12).Select(i => $"n{i:00}").ToArray();
        graph.Entities(keys);
        for (var r = 0; r < 24; r++)
        {
            graph.Link($"r{r:00}", keys[random.Next(keys.Length)], keys[random.Next(keys.Length)]);
        }

        var source = graph.Build();
        foreach (var to in keys.Skip(1))
        {
            var spec = new PathSpec { FromKey = keys[0], ToKey = to, MaxLength = 5, First = 10_000 };
            var all = await PathFinder.FindAsync(source, spec with { Mode = PathMode.All });
            var shortest = await PathFinder.FindAsync(source, spec with { Mode = PathMode.AllShortest });

            var expected = all.Where(p => p.Length == all.Min(q => q.Length)).Select(Describe).ToList();
            Assert.Equal(expected, shortest.Select(Describe));
        }
    }
}
