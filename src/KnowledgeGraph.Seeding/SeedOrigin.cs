namespace KnowledgeGraph.Seeding;

/// <summary>
/// Where a seed record was read: its file (shown relative to the seed directory's parent, e.g.
/// <c>seed/entities/projects.json</c>), its array and index in that file, and its key.
/// Renders as <c>seed/entities/projects.json: entities[4] (key 'khorgos-eastern-gate')</c>; a statement is named by
/// its id (<see cref="KeyName"/> <c>id</c>): <c>statements[2] (id 's03')</c>.
/// </summary>
public sealed record SeedOrigin(string File, string Section, int Index, string? Key, string KeyName = "key")
{
    public override string ToString() =>
        string.IsNullOrEmpty(Key) ? $"{File}: {Section}[{Index}]" : $"{File}: {Section}[{Index}] ({KeyName} '{Key}')";
}
