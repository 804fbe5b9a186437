namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>How a statement changed the database, when counters were asked for.</summary>
public sealed record QueryCounters(
    bool ContainsUpdates,
    int NodesCreated,
    int NodesDeleted,
    int PropertiesSet,
    int RelationshipsCreated,
    int RelationshipsDeleted,
    int LabelsAdded,
    int LabelsRemoved,
    int IndexesAdded,
    int IndexesRemoved,
    int ConstraintsAdded,
    int ConstraintsRemoved);
