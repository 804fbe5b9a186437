using KnowledgeGraph.GraphQL.Batching;

namespace KnowledgeGraph.GraphQL.Tests;

public sealed class BatchLoaderTests
{
    private readonly List<string[]> _fetches = [];

    [Fact]
    public async Task Keys_loaded_before_the_first_result_is_awaited_are_fetched_in_one_call()
    {
        var loader = CreateLoader();
        var results = new[] { loader.Load("a"), loader.Load("b"), loader.Load("a"), loader.Load("missing") };

        var values = await Task.WhenAll(results.Select(r => r.GetResultAsync()));

        Assert.Equal<IEnumerable<string?>>(["A", "B", "A", null], values);
        Assert.Single(_fetches);
        Assert.Equal(["a", "b", "missing"], _fetches[0]);
    }

    [Fact]
    public async Task Keys_loaded_after_a_batch_started_go_into_the_next_batch_and_known_keys_are_not_fetched_again()
    {
        var loader = CreateLoader();
        await loader.Load("a").GetResultAsync();

        var again = loader.Load("a");
        var next = loader.Load("c");
        var values = await Task.WhenAll(again.GetResultAsync(), next.GetResultAsync());

        Assert.Equal<IEnumerable<string?>>(["A", "C"], values);
        Assert.Equal([["a"], ["c"]], _fetches);
    }

    [Fact]
    public async Task LoadMany_keeps_the_order_of_the_keys_and_leaves_out_missing_ones()
    {
        var loader = CreateLoader();

        var values = await loader.LoadMany(["c", "missing", "a"]).GetResultAsync();

        Assert.Equal(["C", "A"], values);
        Assert.Single(_fetches);
    }

    [Fact]
    public async Task A_failed_fetch_fails_every_result_of_its_batch()
    {
        var loader = new BatchLoader<string, string>((_, _) => Task.FromException<IReadOnlyDictionary<string, string>>(new TimeoutException("down")));
        var first = loader.Load("a");
        var second = loader.Load("b");

        await Assert.ThrowsAsync<TimeoutException>(() => first.GetResultAsync());
        await Assert.ThrowsAsync<TimeoutException>(() => second.GetResultAsync());
    }

    private BatchLoader<string, string> CreateLoader() => new((keys, _) =>
    {
        lock (_fetches)
        {
            _fetches.Add([.. keys]);
        }

        IReadOnlyDictionary<string, string> found = keys.Where(k => k != "missing").ToDictionary(k => k, k => k.ToUpperInvariant());
        return Task.FromResult(found);
    });
}
