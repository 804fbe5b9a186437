using System.Text.Json;

namespace KnowledgeGraph.Benchmarks.Peer;

/// <summary>
/// The figures the peer kit's <c>compare_traversals.mjs</c> prints as JSON, for the same pairs on both sides: the
/// project's uncached shortest path and depth-2 neighbourhood over HTTP, Kuzu's shortest path and 2-hop count
/// in-process, how many pairs each side found a path for, the client's <c>{ __typename }</c> floor, and the
/// project's cached answers.
/// </summary>
public sealed record KitComparison(
    int Pairs,
    Percentiles Floor,
    Percentiles ProjectShortestPath,
    int ProjectFound,
    Percentiles ProjectNeighborhood,
    Percentiles ProjectCachedShortestPath,
    Percentiles KuzuShortestPath,
    int KuzuFound,
    Percentiles KuzuTwoHop,
    double KuzuImportMs)
{
    public static KitComparison Parse(string output)
    {
        var start = output.IndexOf('{', StringComparison.Ordinal);
        if (start < 0)
        {
            throw new FormatException("compare_traversals.mjs printed no JSON object.");
        }

        try
        {
            using var document = JsonDocument.Parse(output[start..]);
            var root = document.RootElement;
            var project = root.GetProperty("project");
            var kuzu = root.GetProperty("kuzu");
            return new KitComparison(
                root.GetProperty("pairs").GetInt32(),
                Read(root.GetProperty("typenameFloor")),
                Read(project.GetProperty("shortestPath")),
                project.GetProperty("shortestPath").GetProperty("found").GetInt32(),
                Read(project.GetProperty("neighborhood2")),
                Read(root.GetProperty("projectCached").GetProperty("shortestPath")),
                Read(kuzu.GetProperty("shortestPath")),
                kuzu.GetProperty("shortestPath").GetProperty("found").GetInt32(),
                Read(kuzu.GetProperty("twoHopCount")),
                kuzu.GetProperty("importMs").GetDouble());
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"compare_traversals.mjs's output is not the JSON this mode reads: {exception.Message}", exception);
        }
    }

    private static Percentiles Read(JsonElement element) =>
        new(element.GetProperty("p50").GetDouble(), element.GetProperty("p99").GetDouble());
}
