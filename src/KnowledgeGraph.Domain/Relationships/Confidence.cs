namespace KnowledgeGraph.Domain.Relationships;

/// <summary>How firmly the sources establish a relationship.</summary>
public enum Confidence
{
    /// <summary>Stated as fact by an official or primary source.</summary>
    Confirmed,

    /// <summary>Reported by secondary sources, announced but not confirmed, or disputed.</summary>
    Reported,
}
