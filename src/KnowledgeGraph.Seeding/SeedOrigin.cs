namespace KnowledgeGraph.Seeding;

/// <summary>
/// Where a seed record was read: its file (shown relative to the seed directory's parent, e.g.
/// <c>seed/entities/projects.json</c>), its array and index in that file, and its key.
/// Renders as <c>seed/entities/projects.json: entities[4] (key 'khorgos-eastern-gate')</c>.
/// </summary>
public sealed record SeedOrigin(string File, string Section, int Index, string? Key)
{
    public override string ToString() =>
        string.IsNullOrEmpty(Key) ? $"{File}: {Section}[{Index}]" : $"{File}: {Section}[{Index}] (key '{Key}')";
}
