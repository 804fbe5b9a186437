using System.IO.Compression;
using KnowledgeGraph.Exchange.Csv;
using KnowledgeGraph.Exchange.Snapshots;

namespace KnowledgeGraph.Exchange.Writers;

/// <summary>sources.csv, entities.csv and relationships.csv in one zip: CSV as one stream (the command line writes a directory instead).</summary>
public sealed class CsvZipExportWriter : IExportWriter
{
    public ExportFormat Format => ExportFormat.Csv;

    public string Name => "csv";

    public string MediaType => "application/zip";

    public string Extension => ".zip";

    public async Task<ExportCounts> WriteAsync(IGraphSnapshot snapshot, Stream output, CancellationToken cancellationToken)
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
