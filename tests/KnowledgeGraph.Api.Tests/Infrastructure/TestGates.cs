using System.Collections.Concurrent;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>
/// Named gates the test schema's <c>gate(name:)</c> field waits at, so that a test can hold an execution in flight,
/// know that it started and how many times, and release it: concurrency made deterministic without timing.
/// </summary>
public static class TestGates
{
    private static readonly ConcurrentDictionary<string, Gate> Gates = new(StringComparer.Ordinal);

    public static Gate Get(string name) => Gates.GetOrAdd(name, _ => new Gate());

    public sealed class Gate
    {
        private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int entries;

        /// <summary>How many executions reached the gate.</summary>
        public int Entries => Volatile.Read(ref entries);

        /// <summary>Completes when the first execution reaches the gate.</summary>
        public Task Entered => entered.Task;

        public void Release() => released.TrySetResult();

        public async Task PassAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref entries);
            entered.TrySetResult();
            await released.Task.WaitAsync(cancellationToken);
        }
    }
}
