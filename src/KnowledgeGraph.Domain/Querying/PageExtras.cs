namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// What a page read reports besides its items. Each costs the store work beyond reading the page (a count of every
/// match, a probe past a cursor), so a caller asks only for what it will show.
/// </summary>
[Flags]
public enum PageExtras
{
    None = 0,

    /// <summary><see cref="EntityPage.TotalCount"/>: every match counted.</summary>
    TotalCount = 1,

    /// <summary><see cref="EntityPage.HasPrevious"/>.</summary>
    HasPrevious = 2,

    /// <summary><see cref="EntityPage.HasNext"/>.</summary>
    HasNext = 4,

    All = TotalCount | HasPrevious | HasNext,
}
