namespace KnowledgeGraph.Domain.Querying;

/// <summary>A filter over entities: a tree of <see cref="AndFilter"/>, <see cref="OrFilter"/>, <see cref="FieldFilter"/> and <see cref="ListFilter"/>.</summary>
public abstract record EntityFilter;
