using System.Xml;
using System.Xml.Linq;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Exchange.GraphML;
using KnowledgeGraph.Exchange.Snapshots;
using KnowledgeGraph.Exchange.Tests.Infrastructure;

namespace KnowledgeGraph.Exchange.Tests.GraphML;

/// <summary>GraphML for Gephi and yEd: well-formed, every attribute declared with its type, one node/edge per record.</summary>
public sealed class GraphMLWriterTests : IDisposable
{
    private static readonly XNamespace G = GraphMLWriter.Namespace;
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_seed_graph_parses_with_a_node_per_entity_and_a_directed_edge_per_relationship()
    {
        var store = await SeededStore.OpenAsync(_folder);
        var statistics = await store.GetStatisticsAsync();

        var bytes = await SeededStore.ExportAsync(new StoreSnapshot(store), ExportFormat.GraphML);
        var document = Parse(bytes);

        var graph = document.Root!.Element(G + "graph")!;
        Assert.Equal("directed", graph.Attribute("edgedefault")!.Value);
        var nodes = graph.Elements(G + "node").ToList();
        var edges = graph.Elements(G + "edge").ToList();
        Assert.Equal(statistics.EntityCount, nodes.Count);
        Assert.Equal(statistics.RelationshipCount, edges.Count);
        var nodeIds = nodes.Select(n => n.Attribute("id")!.Value).ToHashSet();
        Assert.All(edges, e => Assert.True(nodeIds.Contains(e.Attribute("source")!.Value) && nodeIds.Contains(e.Attribute("target")!.Value)));
    }

    [Fact]
    public async Task Every_data_element_uses_a_declared_key_of_its_element_kind_and_every_key_has_a_name_and_type()
    {
        var store = await SeededStore.OpenAsync(_folder);
        var document = Parse(await SeededStore.ExportAsync(new StoreSnapshot(store), ExportFormat.GraphML));

        var keys = document.Root!.Elements(G + "key").ToDictionary(k => k.Attribute("id")!.Value, k => k);
        Assert.All(keys.Values, k =>
        {
            Assert.False(string.IsNullOrEmpty(k.Attribute("attr.name")?.Value));
            Assert.Contains(k.Attribute("attr.type")?.Value, new[] { "string", "int", "long", "double" });
        });
        foreach (var data in document.Descendants(G + "data"))
        {
            var key = keys[data.Attribute("key")!.Value];
            Assert.Equal(data.Parent!.Name.LocalName, key.Attribute("for")!.Value);
        }

        Assert.Contains(keys.Values, k => k.Attribute("for")!.Value == "node" && k.Attribute("attr.name")!.Value == "label");
        Assert.Contains(keys.Values, k => k.Attribute("attr.name")!.Value == "startYear" && k.Attribute("attr.type")!.Value == "long");
    }

    [Fact]
    public async Task Nodes_and_edges_carry_label_kind_properties_and_their_citations()
    {
        var snapshot = new RecordSnapshot(
            [new Source { Key = "s", Title = "A report", Publisher = "KTZ", Url = "https://example.org/r", PublishedOn = new DateOnly(2023, 5, 1) }],
            [
                new Entity { Key = "p", Kind = EntityKind.Project, Name = "Dry port\u0001 <&>", SourceKeys = ["s"],
                    Citations = [new Citation { SourceKey = "s", Quote = "The dry port\nopened in 2015.", Locator = "p. 2", About = "startYear" }, new Citation { SourceKey = "s" }],
                    Properties = new Dictionary<string, PropertyValue> { ["startYear"] = PropertyValue.FromInteger(2015) } },
                new Entity { Key = "c", Kind = EntityKind.Company, Name = "Operator", SourceKeys = ["s"] },
            ],
            [new Relationship { Key = "p-c", Type = RelationshipTypes.OperatedBy, FromKey = "p", ToKey = "c", SinceYear = 2016, SourceKeys = ["s"] }]);

        var document = Parse(await SeededStore.ExportAsync(snapshot, ExportFormat.GraphML));

        var node = document.Descendants(G + "node").Single(n => n.Attribute("id")!.Value == "p");
        Assert.Equal("Dry port\uFFFD <&>", Data(node, "n_label"));
        Assert.Equal("Project", Data(node, "n_kind"));
        Assert.Equal("2015", Data(node, "n_startYear"));
        Assert.Equal("A report — KTZ, 2023-05-01 — https://example.org/r", Data(node, "n_citations"));
        Assert.Equal("s, p. 2, startYear: “The dry port opened in 2015.”\ns", Data(node, "n_quotes"));
        Assert.Null(Data(document.Descendants(G + "node").Single(n => n.Attribute("id")!.Value == "c"), "n_quotes"));
        var edge = document.Descendants(G + "edge").Single();
        Assert.Equal(("p", "c"), (edge.Attribute("source")!.Value, edge.Attribute("target")!.Value));
        Assert.Equal(("operated by", RelationshipTypes.OperatedBy, "2016", "s"), (Data(edge, "e_label"), Data(edge, "e_type"), Data(edge, "e_sinceYear"), Data(edge, "e_sources")));
    }

    private static string? Data(XElement element, string key) =>
        element.Elements(G + "data").SingleOrDefault(d => d.Attribute("key")!.Value == key)?.Value;

    /// <summary>Parses with a strict XmlReader, as Gephi's and yEd's importers do.</summary>
    private static XDocument Parse(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, CheckCharacters = true });
        return XDocument.Load(reader);
    }
}
