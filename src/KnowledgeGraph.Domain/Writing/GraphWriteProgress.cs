namespace KnowledgeGraph.Domain.Writing;

/// <summary>How far a store has come applying a change set: <paramref name="Done"/> of <paramref name="Total"/> in a stage.</summary>
public readonly record struct GraphWriteProgress(GraphWriteStage Stage, long Done, long Total);
