using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Authorization;

/// <summary>A schema with a query, a mutation that counts its runs and a subscription: for the access rule alone.</summary>
public sealed class CountingMutationSchema : global::GraphQL.Types.Schema
{
    public CountingMutationSchema(MutationCounter counter)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("hello").Resolve(_ => "world");
        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field<IntGraphType>("increment").Resolve(_ => counter.Increment());
        Mutation = mutation;

        var subscription = new ObjectGraphType { Name = "Subscription" };
        subscription.Field<IntGraphType>("ticks").ResolveStream(_ => new Ticks());
        Subscription = subscription;
    }

    private sealed class Ticks : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer)
        {
            observer.OnNext(1);
            observer.OnCompleted();
            return new Unsubscriber();
        }

        private sealed class Unsubscriber : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}

public sealed class MutationCounter
{
    private int count;

    public int Count => count;

    public int Increment() => Interlocked.Increment(ref count);
}
