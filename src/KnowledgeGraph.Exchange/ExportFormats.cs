using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Exchange.Writers;

namespace KnowledgeGraph.Exchange;

/// <summary>
/// The registry of export writers, one per <see cref="ExportFormat"/>: names, media types and file extensions as the
/// command line and HTTP use them come from the writers. A format without a writer (or with two) fails the first use
/// of this class, naming it, rather than falling through to another format.
/// </summary>
public static class ExportFormats
{
    private static readonly IReadOnlyDictionary<ExportFormat, IExportWriter> ByFormat = Register(
        new JsonExportWriter(), new CsvZipExportWriter(), new GraphMLExportWriter(), new CypherExportWriter());

    /// <summary>The format names in the order of the formats: json, csv, graphml, cypher.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ByFormat.OrderBy(pair => pair.Key).Select(pair => pair.Value.Name)];

    /// <summary>Parses a format name, ignoring case.</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out ExportFormat format)
    {
        var writer = ByFormat.Values.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase));
        format = writer?.Format ?? default;
        return writer is not null;
    }

    public static IExportWriter WriterOf(ExportFormat format) =>
        ByFormat.TryGetValue(format, out var writer) ? writer : throw new ArgumentOutOfRangeException(nameof(format), format, "Not an export format.");

    public static string NameOf(ExportFormat format) => WriterOf(format).Name;

    /// <summary>The media type of a downloaded export (CSV travels as a zip of its three files).</summary>
    public static string MediaType(ExportFormat format) => WriterOf(format).MediaType;

    /// <summary>The file extension of a downloaded export, with its dot.</summary>
    public static string Extension(ExportFormat format) => WriterOf(format).Extension;

    private static Dictionary<ExportFormat, IExportWriter> Register(params IExportWriter[] writers)
    {
        var problems = Enum.GetValues<ExportFormat>()
            .Select(format => (Format: format, Count: writers.Count(w => w.Format == format)))
            .Where(f => f.Count != 1)
            .Select(f => $"{f.Format} has {f.Count} writers")
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Every export format needs exactly one writer in {nameof(ExportFormats)}: {string.Join("; ", problems)}.");
        }

        return writers.ToDictionary(w => w.Format);
    }
}
