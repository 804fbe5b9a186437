using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.Exchange;

/// <summary>Names, media types and file extensions of <see cref="ExportFormat"/>s, as the command line and HTTP use them.</summary>
public static class ExportFormats
{
    public static IReadOnlyList<string> Names { get; } = ["json", "csv", "graphml", "cypher"];

    /// <summary>Parses a format name, ignoring case: json, csv, graphml, cypher.</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out ExportFormat format)
    {
        format = default;
        var index = name is null ? -1 : Names.ToList().FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return false;
        }

        format = (ExportFormat)index;
        return true;
    }

    public static string NameOf(ExportFormat format) => Names[(int)format];

    /// <summary>The media type of a downloaded export (CSV travels as a zip of its three files).</summary>
    public static string MediaType(ExportFormat format) => format switch
    {
        ExportFormat.Json => "application/json",
        ExportFormat.Csv => "application/zip",
        ExportFormat.GraphML => "application/graphml+xml",
        _ => "text/plain; charset=utf-8",
    };

    /// <summary>The file extension of a downloaded export, with its dot.</summary>
    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Json => ".json",
        ExportFormat.Csv => ".zip",
        ExportFormat.GraphML => ".graphml",
        _ => ".cypher",
    };
}
