using KnowledgeGraph.Exchange.Snapshots;
using KnowledgeGraph.Seeding;

namespace KnowledgeGraph.Exchange.Writers;

/// <summary>The seed format (seed/README.md), which <c>import</c> reads back exactly.</summary>
public sealed class JsonExportWriter : IExportWriter
{
    public ExportFormat Format => ExportFormat.Json;

    public string Name => "json";

    public string MediaType => "application/json";

    public string Extension => ".json";

    public async Task<ExportCounts> WriteAsync(IGraphSnapshot snapshot, Stream output, CancellationToken cancellationToken)
    {
        var written = await SeedWriter.WriteAsync(
            snapshot.ReadSourcesAsync(cancellationToken),
            snapshot.ReadEntitiesAsync(cancellationToken),
            snapshot.ReadRelationshipsAsync(cancellationToken),
            output,
            cancellationToken).ConfigureAwait(false);
        return new ExportCounts(written.SourceCount, written.EntityCount, written.RelationshipCount);
    }
}
