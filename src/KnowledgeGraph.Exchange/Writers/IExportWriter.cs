using KnowledgeGraph.Exchange.Snapshots;

namespace KnowledgeGraph.Exchange.Writers;

/// <summary>
/// One export format: its name on the command line and over HTTP, what a download of it is, and how it is written.
/// Each <see cref="ExportFormat"/> has exactly one, listed in <see cref="ExportFormats"/>.
/// </summary>
public interface IExportWriter
{
    ExportFormat Format { get; }

    /// <summary>The name the command line and HTTP accept, lower case: <c>json</c>, <c>csv</c>…</summary>
    string Name { get; }

    /// <summary>The media type of a downloaded export.</summary>
    string MediaType { get; }

    /// <summary>The file extension of a downloaded export, with its dot.</summary>
    string Extension { get; }

    /// <summary>Writes the snapshot to one stream, UTF-8 without a byte-order mark where it is text.</summary>
    Task<ExportCounts> WriteAsync(IGraphSnapshot snapshot, Stream output, CancellationToken cancellationToken);
}
