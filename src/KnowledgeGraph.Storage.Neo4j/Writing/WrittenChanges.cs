using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Storage.Neo4j.Writing;

/// <summary>
/// What <see cref="Neo4jChangeWriter"/> wrote for one change set: the counts (graph version not yet known) and the
/// changes to record once they can be numbered.
/// </summary>
internal sealed record WrittenChanges(GraphChangeResult Counts, ChangeRecorder Recorder);
