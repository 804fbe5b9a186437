using System.Text.Json;

namespace KnowledgeGraph.Benchmarks.Peer;

/// <summary>
/// What <c>bench/peer/kuzu-copy.mjs</c> prints: the time of Kuzu's two <c>COPY</c> statements (nodes, then edges) and
/// the size of the database folder once closed.
/// </summary>
public sealed record KuzuCopyResult(double CopyMs, long Bytes)
{
    /// <summary>Reads the last line of the script's output, a JSON object with <c>copyMs</c> and <c>bytes</c>.</summary>
    public static KuzuCopyResult Parse(string output)
    {
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault()
            ?? throw new FormatException("kuzu-copy.mjs printed nothing.");
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            return new KuzuCopyResult(root.GetProperty("copyMs").GetDouble(), root.GetProperty("bytes").GetInt64());
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"kuzu-copy.mjs's last line is not its {{ copyMs, bytes }} result: '{line}'.", exception);
        }
    }
}
