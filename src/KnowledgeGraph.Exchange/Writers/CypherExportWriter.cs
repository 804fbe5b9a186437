using KnowledgeGraph.Exchange.Csv;
using KnowledgeGraph.Exchange.Cypher;
using KnowledgeGraph.Exchange.Snapshots;

namespace KnowledgeGraph.Exchange.Writers;

/// <summary>A cypher-shell script that recreates the records in Neo4j.</summary>
public sealed class CypherExportWriter : IExportWriter
{
    public ExportFormat Format => ExportFormat.Cypher;

    public string Name => "cypher";

    public string MediaType => "text/plain; charset=utf-8";

    public string Extension => ".cypher";

    public async Task<ExportCounts> WriteAsync(IGraphSnapshot snapshot, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, CsvRecordWriter.Utf8, 64 * 1024, leaveOpen: true);
        return await CypherScriptWriter.WriteAsync(snapshot, writer, cancellationToken).ConfigureAwait(false);
    }
}
