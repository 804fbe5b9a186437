namespace KnowledgeGraph.Domain.Querying;

/// <summary>A filter over entities: a tree of <see cref="AndFilter"/>, <see cref="OrFilter"/> and <see cref="FieldFilter"/>.</summary>
public abstract record EntityFilter;
