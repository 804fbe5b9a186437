using KnowledgeGraph.Api.Http.Caching;

namespace KnowledgeGraph.Api.Tests.Hostile;

public sealed class CacheBudgetTests
{
    [Fact]
    public void A_client_over_its_share_loses_its_own_oldest_entries_and_no_one_elses()
    {
        var budget = new CacheBudget(maxEntries: 100, maxBytes: 1_000_000, maxClientShare: 0.1);
        budget.Admit("honest-1", "honest", 10);
        budget.Admit("honest-2", "honest", 10);

        var evicted = Enumerable.Range(0, 50).SelectMany(i => budget.Admit($"flood-{i}", "flooder", 10)).ToList();

        Assert.Equal(40, evicted.Count);
        Assert.All(evicted, key => Assert.StartsWith("flood-", key, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"flood-{i}"), evicted);
        Assert.Equal(12, budget.Count);
    }

    [Fact]
    public void The_total_stays_within_entries_and_bytes_evicting_the_least_recently_used()
    {
        var budget = new CacheBudget(maxEntries: 4, maxBytes: 1_000, maxClientShare: 1);
        budget.Admit("a", "c1", 100);
        budget.Admit("b", "c2", 100);
        budget.Admit("c", "c3", 100);
        budget.Admit("d", "c4", 100);
        budget.Admit("a", "c1", 100); // used again: now the most recent

        var evicted = budget.Admit("e", "c5", 100);
        var bytesEvicted = budget.Admit("big", "c6", 800);

        Assert.Equal(["b"], evicted);
        Assert.Equal(["c", "d"], bytesEvicted);
        Assert.Equal(3, budget.Count);
        Assert.Equal(1_000, budget.Bytes);
    }

    [Fact]
    public void An_entry_larger_than_a_clients_share_is_not_kept()
    {
        var budget = new CacheBudget(maxEntries: 100, maxBytes: 10_000, maxClientShare: 0.1);

        var evicted = budget.Admit("huge", "c", 1_001);

        Assert.Equal(["huge"], evicted);
        Assert.Equal(0, budget.Count);
    }
}
