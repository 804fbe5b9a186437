namespace KnowledgeGraph.Exchange.Csv;

/// <summary>The CSV files of one import; any may be left out, but not all. Paths are shown in messages as given.</summary>
public sealed record CsvImportFiles(string? Sources, string? Entities, string? Relationships)
{
    public IEnumerable<string> Given => new[] { Sources, Entities, Relationships }.OfType<string>();
}
