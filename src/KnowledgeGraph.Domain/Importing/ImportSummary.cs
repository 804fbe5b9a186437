using System.Globalization;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Domain.Importing;

/// <summary>
/// What an import did, per record type, and what the store reported for the whole of it (<see cref="Change"/>: records
/// written, the graph version after it).
/// </summary>
public sealed record ImportSummary(RecordCounts Sources, RecordCounts Entities, RecordCounts Relationships, GraphChangeResult Change)
{
    public long GraphVersion => Change.GraphVersion;

    /// <summary>Three lines, one per record type, then the graph version and the time taken.</summary>
    public string Describe(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"  sources:       {Sources}\n  entities:      {Entities}\n  relationships: {Relationships}\n" +
        $"Graph version {GraphVersion}; took {elapsed.TotalSeconds:0.0} s.");
}
