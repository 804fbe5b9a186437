namespace KnowledgeGraph.Seeding;

/// <summary>
/// One statement of a source, mapped to the records that hold it (<c>statements</c> in a seed file): the verbatim
/// <see cref="Quote"/> from the source's archived text, and <see cref="Holds"/>, the entities and relationships that
/// model it. An empty <see cref="Holds"/> needs a <see cref="Note"/> saying why the statement is not modelled.
/// </summary>
public sealed record SeedStatement
{
    public required string Id { get; init; }

    public required string SourceKey { get; init; }

    public required string Quote { get; init; }

    public IReadOnlyList<SeedStatementHold> Holds { get; init; } = [];

    public string? Note { get; init; }
}
