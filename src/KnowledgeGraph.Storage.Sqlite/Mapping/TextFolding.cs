namespace KnowledgeGraph.Storage.Sqlite.Mapping;

/// <summary>
/// Case folding for case-insensitive text operators: invariant lower-casing, done in .NET (full Unicode, so
/// "Қорғас" matches "қорғас") and stored next to the original so that SQL compares folded with folded.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text) => text.ToLowerInvariant();

    public static string? FoldOrNull(string? text) => text?.ToLowerInvariant();
}
