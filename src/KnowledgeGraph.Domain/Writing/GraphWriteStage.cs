namespace KnowledgeGraph.Domain.Writing;

/// <summary>The parts of applying a change set a store reports progress through, in order.</summary>
public enum GraphWriteStage
{
    /// <summary>The set's upserts and deletes; the total is their number.</summary>
    Records,

    /// <summary>The change-history entries of what really changed; the total is known once the records are written.</summary>
    History,

    /// <summary>Indexes a bulk import built after writing its records; the total is their number.</summary>
    Indexes,
}
