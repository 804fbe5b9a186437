namespace KnowledgeGraph.Domain.Querying;

/// <summary>Matches when any operand matches; with no operands it matches nothing.</summary>
public sealed record OrFilter(IReadOnlyList<EntityFilter> Operands) : EntityFilter;
