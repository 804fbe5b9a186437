namespace KnowledgeGraph.Exchange;

/// <summary>How many records of each type an export wrote.</summary>
public sealed record ExportCounts(int Sources, int Entities, int Relationships);
