using KnowledgeGraph.Exchange.Importing;

namespace KnowledgeGraph.Exchange.Tests.Importing;

/// <summary>Parts read on another thread: all of them, in order, never more than the given number ahead, failures passed on.</summary>
public sealed class ReadAheadTests
{
    [Fact]
    public async Task Every_part_arrives_in_order_and_reading_stays_at_most_the_given_number_ahead()
    {
        var produced = 0;
        var seen = new List<int>();

        await foreach (var part in ReadAhead.PartsAsync(CountingAsync(20, () => Interlocked.Increment(ref produced)), ahead: 2))
        {
            // Give the reader time to run as far ahead as it may.
            await Task.Delay(5);
            Assert.InRange(Volatile.Read(ref produced) - seen.Count, 1, 2 + 2);
            seen.Add(part);
        }

        Assert.Equal(Enumerable.Range(0, 20), seen);
    }

    [Fact]
    public async Task A_failure_of_the_reading_surfaces_at_the_callers_next_part()
    {
        var seen = new List<int>();

        var failure = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var part in ReadAhead.PartsAsync(FailingAfterAsync(3), ahead: 2))
            {
                seen.Add(part);
            }
        });

        Assert.Equal([0, 1, 2], seen);
        Assert.Equal("part 3 is unreadable", failure.Message);
    }

    private static async IAsyncEnumerable<int> CountingAsync(int count, Action produced)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            produced();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> FailingAfterAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return i;
        }

        throw new InvalidDataException($"part {count} is unreadable");
    }
}
