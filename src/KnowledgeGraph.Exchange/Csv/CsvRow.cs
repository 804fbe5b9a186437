namespace KnowledgeGraph.Exchange.Csv;

/// <summary>One CSV record and the line of the file it starts on (1-based; a quoted line break spans lines).</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields);
