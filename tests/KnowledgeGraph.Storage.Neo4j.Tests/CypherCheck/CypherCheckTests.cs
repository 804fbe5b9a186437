using System.Reflection;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeGraph.Storage.Neo4j.Tests.CypherCheck;

/// <summary>
/// Every statement the Neo4j store, its traversal and the Cypher exporter produce, checked by Neo4j's own Cypher
/// front-end (tests/cypher-check) as Cypher 5 against the schema of our registries; and the check itself shown to
/// fail on broken statements.
/// </summary>
public sealed class CypherCheckTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_statement_of_the_builders_the_store_and_the_seed_export_passes_neo4js_cypher_front_end()
    {
        var builders = BuilderStatements.All().ToList();
        var store = await StoreStatements.RecordAsync();
        var export = await ExportStatements.OfSeedAsync(CypherFrontEnd.SeedDirectory);
        var statements = Distinct(builders.Concat(store).Concat(export));

        var run = await CypherFrontEnd.CheckAsync(statements, AllowedWarning.All);

        Print($"{builders.Count} from the builders, {store.Count} sent by the store and the traversal, {export.Count} in the seed export: {statements.Count} distinct");
        Report(run);
        Assert.True(run.Result is not null, $"The check wrote no result.\n{run.Output}\n{run.Error}");
        Assert.True(run.Result.SelfTest.Passed, "The check's self-test failed, so it checked nothing:\n" + run.Output);
        Assert.Equal(statements.Count, run.Result.Checked);
        Assert.True(run.Result.Failed == 0, $"{run.Result.Failed} of {run.Result.Checked} statements fail Neo4j's Cypher front-end:\n{run.DescribeFailures()}");
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task A_broken_statement_fails_the_check_by_its_builder_name_with_the_diagnostic()
    {
        var create = Builder("WriteCypher.CreateRelationships(LOCATED_IN)");
        var read = Builder("EntityCypher.GetByKeys");
        var exported = (await ExportStatements.OfSeedAsync(CypherFrontEnd.SeedDirectory)).First(s => s.Text.StartsWith("MATCH (a:Entity", StringComparison.Ordinal));
        var statements = new[]
        {
            create,
            exported,
            create with { Builder = "Broken.TwoTypesInCreate", Text = create.Text.Replace("[r:LOCATED_IN]", "[r:LOCATED_IN|PART_OF]", StringComparison.Ordinal) },
            read with { Builder = "Broken.ParameterNotSupplied", Parameters = [] },
            read with { Builder = "Broken.MisspeltLabel", Text = read.Text.Replace("(n:Entity)", "(n:Entitty)", StringComparison.Ordinal) },

            // The same text as an export statement, so the same shape: its warning is judged for its own builder.
            exported with { Builder = "Broken.CartesianProductOutsideTheExport" },

            // A quote left unescaped in a value: the literal ends early, so the statement does not share the export's shape.
            exported with { Builder = "Broken.UnescapedQuote", Text = exported.Text.Replace("{key: '", "{key: 'it's ", StringComparison.Ordinal) },
        };

        var run = await CypherFrontEnd.CheckAsync(statements, AllowedWarning.All);
        Directory.Delete(run.Folder, recursive: true);

        Assert.Equal(1, run.ExitCode);
        Assert.True(run.Result!.SelfTest.Passed);
        Assert.Superset(
            new HashSet<string> { "MATCH (n) RETURN m", "RETURN toLower(1)", "CREATE (a)-[:R|S]->(b)", "CALL db.index.fulltext.queryNodes('i', 'q') YIELD nod RETURN nod" },
            run.Result.SelfTest.Cases.Where(c => c.Ok && c.Expect.StartsWith("bad", StringComparison.Ordinal)).Select(c => c.Text).ToHashSet());
        Assert.Equal(
            ["Broken.CartesianProductOutsideTheExport", "Broken.MisspeltLabel", "Broken.ParameterNotSupplied", "Broken.TwoTypesInCreate", "Broken.UnescapedQuote"],
            run.Failures.Select(f => f.Builder).Order(StringComparer.Ordinal));
        var message = run.DescribeFailures();
        Assert.Contains("FAIL Broken.TwoTypesInCreate", message);
        Assert.Contains("A single relationship type must be specified for CREATE", message);
        Assert.Contains("Parameter $keys is not defined", message);
        Assert.Contains("Label Entitty is not present in the database", message);
        Assert.Contains("cartesian product", message);
        Assert.Contains("FAIL Broken.UnescapedQuote", message);
        Assert.DoesNotContain("FAIL WriteCypher", message);
        Assert.DoesNotContain("FAIL CypherScriptWriter", message);
    }

    [Fact]
    public void Every_statement_builder_is_in_the_check()
    {
        var builders = typeof(WriteCypher).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(WriteCypher).Namespace)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => ReturnsStatements(m.ReturnType)).Select(m => $"{t.Name}.{m.Name}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var checkedBuilders = BuilderStatements.All().Select(s => s.Builder.Split('(')[0]).ToHashSet(StringComparer.Ordinal);

        var missing = builders.Where(b => !checkedBuilders.Contains(b)).ToList();

        Assert.NotEmpty(builders);
        Assert.True(missing.Count == 0, "Not in BuilderStatements, so not checked: " + string.Join(", ", missing));
    }

    private static bool ReturnsStatements(Type type) =>
        type == typeof(CypherStatement) || typeof(IEnumerable<CypherStatement>).IsAssignableFrom(type);

    private static CheckedStatement Builder(string name) => BuilderStatements.All().Single(s => s.Builder == name);

    /// <summary>Statements of the same text and parameters are checked once, under the first name with a count of the others.</summary>
    private static List<CheckedStatement> Distinct(IEnumerable<CheckedStatement> statements) =>
        statements.GroupBy(s => (s.Text, string.Join(',', s.Parameters)))
            .Select(g => g.Count() == 1 ? g.First() : g.First() with { Builder = $"{g.First().Builder} (and {g.Count() - 1} more)" })
            .ToList();

    /// <summary>
    /// To the test's output and to the console: xunit shows a passing test's output only at detailed verbosity, and the
    /// README's test command runs at normal, where the console is shown.
    /// </summary>
    private void Print(string line)
    {
        output.WriteLine(line);
        Console.WriteLine("[cypher check] " + line);
    }

    /// <summary>Prints the self-test, the totals and every warning; allowed ones grouped by builder kind and reason.</summary>
    private void Report(CypherCheckRun run)
    {
        if (run.Result is not { } result)
        {
            return;
        }

        foreach (var test in result.SelfTest.Cases)
        {
            Print($"self-test {(test.Ok ? "ok " : "BAD")} {test.Expect,-13} {test.Text} -> {(test.Got.Length == 0 ? "(nothing)" : test.Got)}");
        }

        Print($"{result.Package}, {result.CypherVersion}: {result.Checked} checked ({result.Analysed} analysed in full, the others by shape), {result.Failed} failed");
        var warnings = result.Statements.SelectMany(s => s.Warnings.Select(w => (Statement: s, Warning: w))).ToList();
        foreach (var group in warnings.Where(w => w.Warning.AllowedBecause is not null).GroupBy(w => w.Warning.AllowedBecause))
        {
            var builders = group.Select(w => w.Statement.Builder.Split(' ', '(')[0]).Distinct(StringComparer.Ordinal);
            Print($"allowed warning, {group.Count()} times on {string.Join(", ", builders)}: \"{group.First().Warning.Message}\" (first: {group.First().Statement.Builder}); allowed because {group.Key}");
        }

        foreach (var (statement, warning) in warnings.Where(w => w.Warning.AllowedBecause is null))
        {
            Print($"warning, NOT allowed: {statement.Builder}: {warning}");
        }
    }
}
