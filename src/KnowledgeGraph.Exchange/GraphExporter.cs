using System.IO.Compression;
using KnowledgeGraph.Exchange.Csv;
using KnowledgeGraph.Exchange.Cypher;
using KnowledgeGraph.Exchange.GraphML;
using KnowledgeGraph.Exchange.Snapshots;
using KnowledgeGraph.Seeding;

namespace KnowledgeGraph.Exchange;

/// <summary>
/// Writes a snapshot in any <see cref="ExportFormat"/> to one stream: JSON, GraphML and Cypher as themselves, CSV as a
/// zip holding sources.csv, entities.csv and relationships.csv. Text is UTF-8 without a byte-order mark.
/// </summary>
public static class GraphExporter
{
    public static async Task<ExportCounts> WriteAsync(
        IGraphSnapshot snapshot, ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ExportFormat.Json:
                var written = await SeedWriter.WriteAsync(
                    snapshot.ReadSourcesAsync(cancellationToken),
                    snapshot.ReadEntitiesAsync(cancellationToken),
                    snapshot.ReadRelationshipsAsync(cancellationToken),
                    output,
                    cancellationToken).ConfigureAwait(false);
                return new ExportCounts(written.SourceCount, written.EntityCount, written.RelationshipCount);
            case ExportFormat.Csv:
                return await WriteZipAsync(snapshot, output, cancellationToken).ConfigureAwait(false);
            case ExportFormat.GraphML:
                return await GraphMLWriter.WriteAsync(snapshot, output, cancellationToken).ConfigureAwait(false);
            default:
                await using (var writer = new StreamWriter(output, CsvRecordWriter.Utf8, 64 * 1024, leaveOpen: true))
                {
                    return await CypherScriptWriter.WriteAsync(snapshot, writer, cancellationToken).ConfigureAwait(false);
                }
        }
    }

    /// <summary>The three CSV files in one zip, for a download.</summary>
    public static async Task<ExportCounts> WriteZipAsync(IGraphSnapshot snapshot, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        int sources, entities, relationships;
        await using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            sources = await WriteEntryAsync(zip, CsvLayout.SourcesFile, w => CsvGraphWriter.WriteSourcesAsync(snapshot.ReadSourcesAsync(cancellationToken), w, cancellationToken)).ConfigureAwait(false);
            entities = await WriteEntryAsync(zip, CsvLayout.EntitiesFile, w => CsvGraphWriter.WriteEntitiesAsync(snapshot.ReadEntitiesAsync(cancellationToken), w, cancellationToken)).ConfigureAwait(false);
            relationships = await WriteEntryAsync(zip, CsvLayout.RelationshipsFile, w => CsvGraphWriter.WriteRelationshipsAsync(snapshot.ReadRelationshipsAsync(cancellationToken), w, cancellationToken)).ConfigureAwait(false);
        }

        return new ExportCounts(sources, entities, relationships);
    }

    private static async Task<int> WriteEntryAsync(ZipArchive zip, string name, Func<TextWriter, Task<int>> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = entry.Open();
        await using var writer = new StreamWriter(stream, CsvRecordWriter.Utf8, 64 * 1024);
        return await write(writer).ConfigureAwait(false);
    }
}
