using KnowledgeGraph.Exchange.Snapshots;

namespace KnowledgeGraph.Exchange;

/// <summary>
/// Writes a snapshot in any <see cref="ExportFormat"/> to one stream, through the format's registered writer
/// (<see cref="ExportFormats"/>): JSON, GraphML and Cypher as themselves, CSV as a zip holding sources.csv,
/// entities.csv and relationships.csv. Text is UTF-8 without a byte-order mark.
/// </summary>
public static class GraphExporter
{
    public static Task<ExportCounts> WriteAsync(
        IGraphSnapshot snapshot, ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        return ExportFormats.WriterOf(format).WriteAsync(snapshot, output, cancellationToken);
    }
}
