namespace KnowledgeGraph.Domain.Querying;

/// <summary>Matches when every operand matches; with no operands it matches everything.</summary>
public sealed record AndFilter(IReadOnlyList<EntityFilter> Operands) : EntityFilter;
