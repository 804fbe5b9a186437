namespace KnowledgeGraph.Domain.Writing;

/// <summary>
/// What a store is told when an import starts (<see cref="Ports.IGraphStore.BeginImportAsync"/>): who makes it, where
/// its progress goes, and how many records its parts will hold in all, so that the store can choose its bulk path and
/// report progress against the whole.
/// </summary>
public sealed record GraphImport(ChangeAuthor? Author, long RecordCount, IProgress<GraphWriteProgress>? Progress = null);
