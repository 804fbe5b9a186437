using KnowledgeGraph.Exchange.GraphML;
using KnowledgeGraph.Exchange.Snapshots;

namespace KnowledgeGraph.Exchange.Writers;

/// <summary>One directed GraphML graph, for Gephi and yEd.</summary>
public sealed class GraphMLExportWriter : IExportWriter
{
    public ExportFormat Format => ExportFormat.GraphML;

    public string Name => "graphml";

    public string MediaType => "application/graphml+xml";

    public string Extension => ".graphml";

    public Task<ExportCounts> WriteAsync(IGraphSnapshot snapshot, Stream output, CancellationToken cancellationToken) =>
        GraphMLWriter.WriteAsync(snapshot, output, cancellationToken);
}
