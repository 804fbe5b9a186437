namespace KnowledgeGraph.Domain.Validation;

/// <summary>
/// Where a problem of one record, or of a field within it, is reported (<c>entities[3].name</c>, or however the caller
/// names its records), spelt only when a problem is reported: an import checks every record it reads and nearly all
/// have none, so spelling each record's path up front cost more than most of its checks. The part within the record
/// (<see cref="Within"/>) is still composed when given, for each alias or property checked: records rarely have many.
/// </summary>
public readonly struct RecordPath(Func<ChangeSetSection, int, string> spell, ChangeSetSection section, int index, string within = "")
{
    /// <summary>A record as the stores name it (<see cref="ChangeSetPaths.InStore"/>), spelt when a problem needs it.</summary>
    public static RecordPath InStore(ChangeSetSection section, int index) => new(ChangeSetPaths.InStore, section, index);

    /// <summary>A part of the record: <paramref name="field"/> is appended as given (<c>.aliases[2]</c>).</summary>
    public RecordPath Within(string field) => new(spell, section, index, within + field);

    public static string operator +(RecordPath path, string field) => path.ToString() + field;

    public override string ToString() => spell(section, index) + within;
}
