namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>Table and column names of <c>sources</c>: one row per cited document.</summary>
public static class SourcesTable
{
    public const string Name = "sources";
    public const string Key = "key";
    public const string Title = "title";
    public const string Publisher = "publisher";
    public const string Url = "url";

    /// <summary>ISO date text (yyyy-MM-dd) or null.</summary>
    public const string PublishedOn = "published_on";

    /// <summary>ISO date text (yyyy-MM-dd) or null.</summary>
    public const string AccessedOn = "accessed_on";
}
