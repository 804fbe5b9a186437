using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>
/// The printed schema (SDL) must equal the committed snapshot <c>Snapshots/schema.graphql</c>, so every change to the
/// API shows in review. On a difference the test writes the new SDL to <c>Snapshots/schema.received.graphql</c>; copy it
/// over the snapshot when the change is intended.
/// </summary>
public sealed class SchemaSnapshotTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    [Fact]
    public void Printed_schema_matches_the_committed_snapshot()
    {
        var printed = Normalise(fixture.Host.Schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }));
        var snapshotPath = Path.Combine(SnapshotDirectory(), "schema.graphql");
        var receivedPath = Path.Combine(SnapshotDirectory(), "schema.received.graphql");
        var expected = File.Exists(snapshotPath) ? Normalise(File.ReadAllText(snapshotPath)) : string.Empty;

        if (printed == expected)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, printed);
        Assert.Fail($"The schema differs from {snapshotPath}; the new SDL is in {receivedPath}.{Environment.NewLine}{FirstDifference(expected, printed)}");
    }

    private static string Normalise(string sdl) => sdl.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                return $"First difference at line {i + 1}:{Environment.NewLine}- {e}{Environment.NewLine}+ {a}";
            }
        }

        return "The files differ only in line endings.";
    }

    private static string SnapshotDirectory([CallerFilePath] string testFile = "") =>
        Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
}
