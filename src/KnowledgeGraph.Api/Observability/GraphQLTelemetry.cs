using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KnowledgeGraph.Api.Observability;

/// <summary>The app's own traces and metrics for GraphQL requests (source and meter <see cref="Name"/>).</summary>
public sealed class GraphQLTelemetry : IDisposable
{
    public const string Name = "KnowledgeGraph.Api.GraphQL";

    private readonly Meter meter;
    private readonly Counter<long> requests;
    private readonly Histogram<double> duration;

    public GraphQLTelemetry(IMeterFactory meterFactory)
    {
        meter = meterFactory.Create(Name);
        requests = meter.CreateCounter<long>("knowledgegraph.graphql.requests", unit: "{request}",
            description: "GraphQL operations executed, by operation type and outcome.");
        duration = meter.CreateHistogram<double>("knowledgegraph.graphql.duration", unit: "s",
            description: "Time to execute a GraphQL operation.");
    }

    public static ActivitySource ActivitySource { get; } = new(Name);

    public Activity? StartExecution(string? operationName) =>
        ActivitySource.StartActivity(operationName is null ? "graphql.execute" : $"graphql.execute {operationName}", ActivityKind.Internal);

    public void Record(string operationType, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "graphql.operation.type", operationType }, { "outcome", outcome } };
        requests.Add(1, tags);
        duration.Record(elapsed.TotalSeconds, tags);
    }

    public void Dispose() => meter.Dispose();
}
