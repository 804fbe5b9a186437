using KnowledgeGraph.Exchange.Tests.Infrastructure;
using KnowledgeGraph.Exchange.Writers;

namespace KnowledgeGraph.Exchange.Tests;

/// <summary>The export formats come from their registered writers, one each, so none falls through to another.</summary>
public sealed class ExportFormatsTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_format_has_one_writer_whose_name_parses_back_to_it()
    {
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            var writer = ExportFormats.WriterOf(format);

            Assert.Equal(format, writer.Format);
            Assert.True(ExportFormats.TryParse(writer.Name.ToUpperInvariant(), out var parsed));
            Assert.Equal(format, parsed);
            Assert.StartsWith(".", writer.Extension, StringComparison.Ordinal);
        }

        Assert.Equal(["json", "csv", "graphml", "cypher"], ExportFormats.Names);
        Assert.False(ExportFormats.TryParse("xlsx", out _));
    }

    [Theory]
    [InlineData(ExportFormat.Json, typeof(JsonExportWriter), "{")]
    [InlineData(ExportFormat.Csv, typeof(CsvZipExportWriter), "PK")]
    [InlineData(ExportFormat.GraphML, typeof(GraphMLExportWriter), "<?xml")]
    [InlineData(ExportFormat.Cypher, typeof(CypherExportWriter), "// Knowledge graph export")]
    public async Task Each_format_is_written_by_its_own_writer(ExportFormat format, Type writerType, string start)
    {
        var store = await SeededStore.OpenAsync(_folder);

        var bytes = await SeededStore.ExportAsync(new Snapshots.StoreSnapshot(store), format);

        Assert.IsType(writerType, ExportFormats.WriterOf(format));
        Assert.StartsWith(start, System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void The_exchange_does_not_depend_on_the_neo4j_adapter()
    {
        var references = typeof(GraphExporter).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain("KnowledgeGraph.Storage.Neo4j", references);
        Assert.Contains("KnowledgeGraph.Storage.Common", references);
    }
}
