using System.Globalization;

namespace KnowledgeGraph.Exchange.Importing;

/// <summary>What an import did, per record type, and the graph version after it.</summary>
public sealed record ImportSummary(RecordCounts Sources, RecordCounts Entities, RecordCounts Relationships, long GraphVersion)
{
    /// <summary>Three lines, one per record type, then the graph version and the time taken.</summary>
    public string Describe(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"  sources:       {Sources}\n  entities:      {Entities}\n  relationships: {Relationships}\n" +
        $"Graph version {GraphVersion}; took {elapsed.TotalSeconds:0.0} s.");
}
