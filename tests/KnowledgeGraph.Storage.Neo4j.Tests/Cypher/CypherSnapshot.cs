using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.Client;
using Xunit;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Cypher;

/// <summary>
/// Compares a statement (text and parameters) with its snapshot in <c>Cypher/Snapshots/&lt;name&gt;.cypher</c>, so
/// any change to the Cypher the store issues shows in review. Run with <c>UPDATE_CYPHER_SNAPSHOTS=1</c> to rewrite
/// the snapshots after an intended change.
/// </summary>
public static class CypherSnapshot
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Match(string name, CypherStatement? statement, [CallerFilePath] string callerFile = "")
    {
        Assert.NotNull(statement);
        var rendered = Render(statement);
        var path = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots", name + ".cypher");
        if (Environment.GetEnvironmentVariable("UPDATE_CYPHER_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, rendered);
            return;
        }

        var expectedPath = File.Exists(path) ? path : Path.Combine(AppContext.BaseDirectory, "Cypher", "Snapshots", name + ".cypher");
        Assert.True(File.Exists(expectedPath), $"No snapshot {name}.cypher; run the tests with UPDATE_CYPHER_SNAPSHOTS=1 to create it.");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), rendered);
    }

    private static string Render(CypherStatement statement)
    {
        var builder = new StringBuilder(statement.Text).Append('\n').Append("// parameters\n");
        foreach (var (key, value) in statement.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append("// $").Append(key).Append(" = ").Append(JsonSerializer.Serialize(value, JsonOptions)).Append('\n');
        }

        return builder.ToString();
    }
}
