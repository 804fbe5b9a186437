using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Exchange.Cypher;
using KnowledgeGraph.Exchange.Snapshots;
using KnowledgeGraph.Exchange.Tests.Infrastructure;
using KnowledgeGraph.Storage.Common;

namespace KnowledgeGraph.Exchange.Tests.Cypher;

/// <summary>The cypher-shell script: one statement per line, batched in transactions, in the Neo4j store's layout.</summary>
public sealed partial class CypherScriptWriterTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_seed_script_merges_every_record_once_in_transactions_of_at_most_the_batch_size()
    {
        var store = await SeededStore.OpenAsync(_folder);
        var statistics = await store.GetStatisticsAsync();

        var lines = await ScriptLinesAsync(new StoreSnapshot(store));

        Assert.Equal(statistics.SourceCount, lines.Count(l => l.StartsWith("MERGE (s:Source {key: ", StringComparison.Ordinal)));
        Assert.Equal(statistics.EntityCount, lines.Count(l => l.StartsWith("MERGE (n:Entity {key: ", StringComparison.Ordinal)));
        Assert.Equal(statistics.RelationshipCount, lines.Count(l => l.StartsWith("MATCH (a:Entity {key: ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("CREATE CONSTRAINT entity_key IF NOT EXISTS", StringComparison.Ordinal));
        Assert.StartsWith("MERGE (m:GraphMeta {id: 'graph'})", lines[^2]);
        Assert.Equal(":commit", lines[^1]);

        var open = 0;
        foreach (var line in lines)
        {
            if (line == ":begin")
            {
                Assert.Equal(0, open);
                open = 1;
            }
            else if (line == ":commit")
            {
                Assert.InRange(open - 1, 1, CypherScriptWriter.BatchSize);
                open = 0;
            }
            else if (open > 0)
            {
                open++;
            }
        }

        Assert.Equal(0, open);
    }

    [Fact]
    public async Task Every_statement_is_one_line_ending_with_its_only_semicolon_outside_string_literals()
    {
        var store = await SeededStore.OpenAsync(_folder);

        var statements = (await ScriptLinesAsync(new StoreSnapshot(store)))
            .Where(l => !l.StartsWith("//", StringComparison.Ordinal) && !l.StartsWith(':'))
            .ToList();

        Assert.All(statements, s =>
        {
            var outsideLiterals = Literal().Replace(s, "''");
            Assert.EndsWith(";", outsideLiterals);
            Assert.Equal(1, outsideLiterals.Count(c => c == ';'));
        });
    }

    [Fact]
    public void An_entity_is_merged_with_the_neo4j_store_labels_and_property_names()
    {
        var entity = new Entity
        {
            Key = "khorgos",
            Kind = EntityKind.Project,
            Name = "Khorgos 'Eastern Gate'",
            Aliases = ["a", "b"],
            SourceKeys = ["s"],
            Properties = new Dictionary<string, PropertyValue> { ["lengthKm"] = PropertyValue.FromNumber(12) },
        };

        var statement = CypherScriptWriter.EntityStatement(entity);

        Assert.Equal(
            "MERGE (n:Entity {key: 'khorgos'}) WITH n, coalesce(n.version, 0) + 1 AS version " +
            "SET n = {key: 'khorgos', kind: 'Project', name: 'Khorgos \\'Eastern Gate\\'', aliases: ['a', 'b'], aliasText: 'a\\nb', sourceKeys: ['s'], " +
            $"nameSortKey: '{Collation.Key(entity.Name)}', lengthKm: 12.0}}, " +
            "n.version = version REMOVE n:Project:Region:Company:Initiative:TrainingProgram:Person:Organization SET n:Project;",
            statement);
    }

    [Fact]
    public void Citations_are_written_as_the_store_writes_them_one_json_string()
    {
        var entity = new Entity
        {
            Key = "khorgos",
            Kind = EntityKind.Project,
            Name = "Khorgos",
            SourceKeys = ["s"],
            Citations = [new Citation { SourceKey = "s", Quote = "It's the “gate”.", About = "name" }],
        };

        var statement = CypherScriptWriter.EntityStatement(entity);

        Assert.Contains("citations: " + CypherLiteral.String(CitationJson.Write(entity.Citations)), statement, StringComparison.Ordinal);
        Assert.Contains(@"It\'s the", statement, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relationship_is_merged_by_key_between_its_ends_with_its_registry_type()
    {
        var relationship = new Relationship
        {
            Key = "p-c",
            Type = RelationshipTypes.OperatedBy,
            FromKey = "p",
            ToKey = "c",
            SinceYear = 2016,
            Amount = 2.5,
            Currency = "USD",
            SourceKeys = ["s"],
        };

        Assert.Equal(
            "MATCH (a:Entity {key: 'p'}), (b:Entity {key: 'c'}) MERGE (a)-[r:OPERATED_BY {key: 'p-c'}]->(b) " +
            "SET r = {key: 'p-c', confidence: 'Confirmed', sourceKeys: ['s'], sinceYear: 2016, amount: 2.5, currency: 'USD'};",
            CypherScriptWriter.RelationshipStatement(relationship));
        Assert.Throws<InvalidOperationException>(() => CypherScriptWriter.RelationshipStatement(relationship with { Type = "X]->() DETACH DELETE (a" }));
    }

    private static async Task<List<string>> ScriptLinesAsync(IGraphSnapshot snapshot)
    {
        var text = Encoding.UTF8.GetString(await SeededStore.ExportAsync(snapshot, ExportFormat.Cypher));
        Assert.EndsWith("\n", text);
        return text[..^1].Split('\n').ToList();
    }

    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'")]
    private static partial Regex Literal();
}
