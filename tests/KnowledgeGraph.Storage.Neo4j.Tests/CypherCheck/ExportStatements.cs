using KnowledgeGraph.Exchange.Cypher;
using KnowledgeGraph.Exchange.Snapshots;
using KnowledgeGraph.Seeding;

namespace KnowledgeGraph.Storage.Neo4j.Tests.CypherCheck;

/// <summary>
/// The repository's seed graph exported through <see cref="CypherScriptWriter"/>, cut into its statements as
/// cypher-shell runs them: one a line, <c>//</c> comments and <c>:begin</c>/<c>:commit</c> left out. Each keeps its
/// line number and, for the check's "exactly one statement" rule, its closing <c>;</c>.
/// </summary>
public static class ExportStatements
{
    public const string Builder = nameof(CypherScriptWriter);

    public static async Task<IReadOnlyList<CheckedStatement>> OfSeedAsync(string seedDirectory)
    {
        var seed = SeedReader.ReadDirectory(seedDirectory);
        if (seed.ReadErrors.Count > 0)
        {
            throw new InvalidOperationException($"The seed in {seedDirectory} does not read: {seed.ReadErrors[0].Message}");
        }

        var snapshot = new RecordSnapshot(seed.Sources.Select(s => s.Value), seed.Entities.Select(e => e.Value), seed.Relationships.Select(r => r.Value));
        await using var script = new StringWriter();
        await CypherScriptWriter.WriteAsync(snapshot, script);

        var lines = script.ToString().Split('\n');
        var statements = new List<CheckedStatement>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal) && !line.StartsWith(':'))
            {
                statements.Add(new CheckedStatement($"{Builder} (seed export, line {i + 1})", line, []));
            }
        }

        return statements;
    }
}
