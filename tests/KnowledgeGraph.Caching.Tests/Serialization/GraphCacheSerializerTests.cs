using System.Buffers;
using System.Text;
using KnowledgeGraph.Caching.Entries;
using KnowledgeGraph.Caching.Serialization;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Traversal;
using Microsoft.Extensions.Caching.Hybrid;

namespace KnowledgeGraph.Caching.Tests.Serialization;

public sealed class GraphCacheSerializerTests
{
    private static readonly Entity Port = new()
    {
        Key = "khorgos-dry-port",
        Kind = EntityKind.Project,
        Name = "Khorgos Gateway",
        Aliases = ["KTZE Khorgos Gateway", "Khorgos dry port"],
        Description = "Dry port on the Kazakhstan–China border.",
        SourceKeys = ["seed-article"],
        Citations = [new Citation { SourceKey = "seed-article", Quote = "The “Khorgos Gateway” dry port", Locator = "paragraph 3", About = "name" }, new Citation { SourceKey = "seed-article" }],
        Properties = new Dictionary<string, PropertyValue>
        {
            ["sector"] = PropertyValue.FromText("Logistics"),
            ["startYear"] = PropertyValue.FromInteger(2015),
            ["capacity"] = PropertyValue.FromNumber(5.0),
            ["lengthKm"] = PropertyValue.FromNumber(0.1),
        },
        Version = 3,
    };

    private static readonly Entity Ktz = new() { Key = "ktz", Kind = EntityKind.Company, Name = "KTZ", Version = 1 };

    private static readonly Entity Zhetysu = new() { Key = "zhetysu", Kind = EntityKind.Region, Name = "Zhetysu", Version = 2 };

    private static readonly Relationship Operated = new()
    {
        Key = "port-operated-by-ktz",
        Type = RelationshipTypes.OperatedBy,
        FromKey = Port.Key,
        ToKey = Ktz.Key,
        Role = "operator",
        SinceYear = 2015,
        UntilYear = 2040,
        Amount = 1.5e9,
        Currency = "USD",
        Note = "Concession",
        Confidence = Confidence.Reported,
        SourceKeys = ["seed-article", "annual-report"],
        Citations = [new Citation { SourceKey = "annual-report", About = "amount" }],
    };

    private static readonly Relationship Located = new() { Key = "port-in-zhetysu", Type = RelationshipTypes.LocatedIn, FromKey = Port.Key, ToKey = Zhetysu.Key };

    [Fact]
    public void Neighborhood_round_trips_every_field_and_keeps_property_types()
    {
        var entry = new NeighborhoodEntry(new Subgraph([Port, Ktz], [Operated], Truncated: true));

        var copy = RoundTrip(entry, out _).Subgraph;

        Assert.True(copy.Truncated);
        Assert.Equal(Describe(entry.Subgraph.Nodes), Describe(copy.Nodes));
        Assert.Equal(Describe(entry.Subgraph.Relationships), Describe(copy.Relationships));
        Assert.Equal(PropertyType.Number, copy.Nodes[0].Property("capacity")!.Value.Type);
        Assert.Equal(PropertyType.Integer, copy.Nodes[0].Property("startYear")!.Value.Type);
    }

    [Fact]
    public void Paths_round_trip_with_backward_hops_and_write_shared_entities_once()
    {
        var viaPort = new GraphPath([Ktz, Port, Zhetysu], [new PathHop(Operated, Forward: false), new PathHop(Located, Forward: true)]);
        var direct = new GraphPath([Ktz, Port], [new PathHop(Operated, Forward: false)]);
        var entry = new PathsEntry([viaPort, direct]);

        var copy = RoundTrip(entry, out var json).Paths;

        Assert.Equal(2, copy.Count);
        Assert.Equal(["ktz", "khorgos-dry-port", "zhetysu"], copy[0].Nodes.Select(n => n.Key));
        Assert.Equal([(Operated.Key, false), (Located.Key, true)], copy[0].Hops.Select(h => (h.Relationship.Key, h.Forward)));
        Assert.Equal(Describe([Operated]), Describe([copy[1].Hops[0].Relationship]));
        Assert.Equal(1, Occurrences(json, "\"Khorgos Gateway\""));
    }

    [Fact]
    public void Relationship_hits_round_trip_with_direction_and_neighbour()
    {
        var entry = new RelationshipsEntry(Port.Key,
        [
            new RelationshipHit(Port.Key, Located, RelationshipDirection.Outgoing, Zhetysu),
            new RelationshipHit(Port.Key, Operated, RelationshipDirection.Outgoing, Ktz),
        ]);
        var incoming = new RelationshipsEntry(Ktz.Key, [new RelationshipHit(Ktz.Key, Operated, RelationshipDirection.Incoming, Port)]);

        var copy = RoundTrip(entry, out _);
        var incomingCopy = RoundTrip(incoming, out _);

        Assert.Equal(Port.Key, copy.AnchorKey);
        Assert.Equal(entry.Hits.Select(h => (h.AnchorKey, h.Relationship.Key, h.Direction, h.Neighbour.Key)), copy.Hits.Select(h => (h.AnchorKey, h.Relationship.Key, h.Direction, h.Neighbour.Key)));
        Assert.Equal(RelationshipDirection.Incoming, Assert.Single(incomingCopy.Hits).Direction);
        Assert.Equal(Describe([Port]), Describe([incomingCopy.Hits[0].Neighbour]));
    }

    [Fact]
    public void Empty_answers_round_trip_as_empty()
    {
        Assert.Empty(RoundTrip(new RelationshipsEntry("lonely", []), out _).Hits);
        Assert.Empty(RoundTrip(new PathsEntry([]), out _).Paths);
    }

    [Fact]
    public void Factory_serializes_only_graph_cache_entries()
    {
        var factory = new GraphCacheSerializerFactory();

        Assert.True(factory.TryCreateSerializer<NeighborhoodEntry>(out _));
        Assert.False(factory.TryCreateSerializer<string>(out var other));
        Assert.Null(other);
    }

    private static T RoundTrip<T>(T entry, out string json)
    {
        Assert.True(new GraphCacheSerializerFactory().TryCreateSerializer<T>(out var serializer));
        var buffer = new ArrayBufferWriter<byte>();
        serializer.Serialize(entry, buffer);
        json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        return serializer.Deserialize(new ReadOnlySequence<byte>(buffer.WrittenMemory));
    }

    private static int Occurrences(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;

    private static string Describe(IEnumerable<Entity> entities) => string.Join("\n", entities.Select(e =>
        $"{e.Key};{e.Kind};{e.Name};{string.Join(',', e.Aliases)};{e.Description};{string.Join(',', e.SourceKeys)};{string.Join(',', e.Citations)};{e.Version};" +
        string.Join(',', e.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value.Type}:{p.Value}"))));

    private static string Describe(IEnumerable<Relationship> relationships) => string.Join("\n", relationships.Select(r =>
        $"{r.Key};{r.Type};{r.FromKey};{r.ToKey};{r.Role};{r.SinceYear};{r.UntilYear};{r.Amount:R};{r.Currency};{r.Note};{r.Confidence};{string.Join(',', r.SourceKeys)};{string.Join(',', r.Citations)}"));
}
