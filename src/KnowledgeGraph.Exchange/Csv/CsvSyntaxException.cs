namespace KnowledgeGraph.Exchange.Csv;

/// <summary>The text is not RFC 4180 CSV at <see cref="Line"/>, <see cref="Character"/> (both 1-based).</summary>
public sealed class CsvSyntaxException(int line, int character, string problem)
    : Exception($"line {line}, character {character}: {problem}")
{
    public int Line { get; } = line;

    public int Character { get; } = character;

    public string Problem { get; } = problem;
}
