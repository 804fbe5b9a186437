namespace KnowledgeGraph.Exchange.Csv;

/// <summary>Where a CSV record was read: its file as given and the line it starts on. Renders as <c>entities.csv:12</c>.</summary>
public sealed record CsvOrigin(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";

    /// <summary>A cell of the record: <c>entities.csv:12 (column startYear)</c>.</summary>
    public string Cell(string column) => $"{this} (column {column})";
}
