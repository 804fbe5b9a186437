using System.Globalization;
using System.Text;
using System.Xml;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Exchange.Csv;
using KnowledgeGraph.Exchange.Snapshots;

namespace KnowledgeGraph.Exchange.GraphML;

/// <summary>
/// Writes a snapshot as one directed GraphML graph (the structure of the GraphML 1.0 schema) for Gephi, yEd and
/// other graph tools: a <c>&lt;key&gt;</c> with <c>attr.name</c> and <c>attr.type</c> for every attribute, one node
/// per entity (id = entity key) and one edge per relationship (id = relationship key). Nodes carry <c>label</c> (the
/// name, which Gephi shows and yEd maps to its label), kind, aliases, description and every declared property;
/// edges carry <c>label</c> (how the type reads, e.g. "operated by"), type and the relationship's own properties.
/// Each carries <c>sources</c> (keys), <c>citations</c> (title, publisher, date and URL of each source) and
/// <c>quotes</c> (the statement-level citations, one line each: source key, locator, the field supported, the quote) so
/// every fact keeps its source and the passage that states it. Characters XML cannot hold are replaced by U+FFFD.
/// </summary>
public static class GraphMLWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private const string SchemaLocation = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    private static readonly (string Name, string Type)[] NodeAttributes =
    [
        ("label", "string"), ("key", "string"), ("kind", "string"), ("name", "string"), ("aliases", "string"),
        ("description", "string"), ("sources", "string"), ("citations", "string"), ("quotes", "string"),
    ];

    private static readonly (string Name, string Type)[] EdgeAttributes =
    [
        ("label", "string"), ("key", "string"), ("type", "string"), ("role", "string"), ("sinceYear", "int"), ("untilYear", "int"),
        ("amount", "double"), ("currency", "string"), ("note", "string"), ("confidence", "string"), ("sources", "string"),
        ("citations", "string"), ("quotes", "string"),
    ];

    public static async Task<ExportCounts> WriteAsync(IGraphSnapshot snapshot, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        await foreach (var source in snapshot.ReadSourcesAsync(cancellationToken).ConfigureAwait(false))
        {
            sources[source.Key] = source;
        }

        var settings = new XmlWriterSettings
        {
            Async = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        int entities = 0, relationships = 0;
        await using (var xml = XmlWriter.Create(output, settings))
        {
            await xml.WriteStartDocumentAsync().ConfigureAwait(false);
            xml.WriteStartElement("graphml", Namespace);
            xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance", SchemaLocation);
            foreach (var (name, type) in NodeAttributes)
            {
                WriteKey(xml, NodeKey(name), "node", name, type);
            }

            foreach (var property in CsvLayout.PropertyColumns)
            {
                WriteKey(xml, NodeKey(property.Name), "node", property.Name, AttributeType(property.Type));
            }

            foreach (var (name, type) in EdgeAttributes)
            {
                WriteKey(xml, EdgeKey(name), "edge", name, type);
            }

            xml.WriteStartElement("graph", Namespace);
            xml.WriteAttributeString("id", "knowledge-graph");
            xml.WriteAttributeString("edgedefault", "directed");

            await foreach (var entity in snapshot.ReadEntitiesAsync(cancellationToken).ConfigureAwait(false))
            {
                WriteNode(xml, entity, sources);
                if (++entities % 1000 == 0)
                {
                    await xml.FlushAsync().ConfigureAwait(false);
                }
            }

            await foreach (var relationship in snapshot.ReadRelationshipsAsync(cancellationToken).ConfigureAwait(false))
            {
                WriteEdge(xml, relationship, sources);
                if (++relationships % 1000 == 0)
                {
                    await xml.FlushAsync().ConfigureAwait(false);
                }
            }

            await xml.WriteEndElementAsync().ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
            await xml.WriteEndDocumentAsync().ConfigureAwait(false);
            await xml.FlushAsync().ConfigureAwait(false);
        }

        await output.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        return new ExportCounts(sources.Count, entities, relationships);
    }

    internal static string NodeKey(string attribute) => "n_" + attribute;

    internal static string EdgeKey(string attribute) => "e_" + attribute;

    private static void WriteKey(XmlWriter xml, string id, string domain, string name, string type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static string AttributeType(PropertyType type) => type switch
    {
        PropertyType.Integer => "long",
        PropertyType.Number => "double",
        _ => "string",
    };

    private static void WriteNode(XmlWriter xml, Entity entity, Dictionary<string, Source> sources)
    {
        xml.WriteStartElement("node", Namespace);
        xml.WriteAttributeString("id", Clean(entity.Key));
        WriteData(xml, NodeKey("label"), entity.Name);
        WriteData(xml, NodeKey("key"), entity.Key);
        WriteData(xml, NodeKey("kind"), entity.Kind.ToString());
        WriteData(xml, NodeKey("name"), entity.Name);
        WriteData(xml, NodeKey("aliases"), entity.Aliases.Count == 0 ? null : CsvLists.Join(entity.Aliases));
        WriteData(xml, NodeKey("description"), entity.Description);
        WriteData(xml, NodeKey("sources"), CsvLists.Join(entity.SourceKeys));
        WriteData(xml, NodeKey("citations"), Citations(entity.SourceKeys, sources));
        WriteData(xml, NodeKey("quotes"), Quotes(entity.Citations));
        foreach (var property in CsvLayout.PropertyColumns)
        {
            WriteData(xml, NodeKey(property.Name), entity.Property(property.Name)?.ToString());
        }

        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, Relationship relationship, Dictionary<string, Source> sources)
    {
        xml.WriteStartElement("edge", Namespace);
        xml.WriteAttributeString("id", Clean(relationship.Key));
        xml.WriteAttributeString("source", Clean(relationship.FromKey));
        xml.WriteAttributeString("target", Clean(relationship.ToKey));
        WriteData(xml, EdgeKey("label"), RelationshipTypes.Find(relationship.Type)?.ForwardLabel ?? relationship.Type);
        WriteData(xml, EdgeKey("key"), relationship.Key);
        WriteData(xml, EdgeKey("type"), relationship.Type);
        WriteData(xml, EdgeKey("role"), relationship.Role);
        WriteData(xml, EdgeKey("sinceYear"), relationship.SinceYear?.ToString(CultureInfo.InvariantCulture));
        WriteData(xml, EdgeKey("untilYear"), relationship.UntilYear?.ToString(CultureInfo.InvariantCulture));
        WriteData(xml, EdgeKey("amount"), relationship.Amount?.ToString("R", CultureInfo.InvariantCulture));
        WriteData(xml, EdgeKey("currency"), relationship.Currency);
        WriteData(xml, EdgeKey("note"), relationship.Note);
        WriteData(xml, EdgeKey("confidence"), relationship.Confidence.ToString());
        WriteData(xml, EdgeKey("sources"), CsvLists.Join(relationship.SourceKeys));
        WriteData(xml, EdgeKey("citations"), Citations(relationship.SourceKeys, sources));
        WriteData(xml, EdgeKey("quotes"), Quotes(relationship.Citations));
        xml.WriteEndElement();
    }

    private static void WriteData(XmlWriter xml, string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(Clean(value));
        xml.WriteEndElement();
    }

    /// <summary>One line per cited source: "title — publisher, published date — URL"; a source not in the snapshot by its key.</summary>
    private static string Citations(IReadOnlyList<string> keys, Dictionary<string, Source> sources) =>
        string.Join('\n', keys.Select(key => sources.TryGetValue(key, out var source) ? Citation(source) : key));

    /// <summary>One line per citation: "source-key, locator, about: “quote”", with only the parts it holds; line breaks in a quote become spaces.</summary>
    private static string Quotes(IReadOnlyList<Citation> citations) =>
        string.Join('\n', citations.Select(c =>
        {
            var where = string.Join(", ", new[] { c.SourceKey, c.Locator, c.About }.Where(p => !string.IsNullOrEmpty(p)));
            return c.Quote is null ? where : $"{where}: “{string.Join(' ', c.Quote.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))}”";
        }));

    private static string Citation(Source source)
    {
        var parts = new List<string> { source.Title };
        var byWhom = string.Join(", ", new[] { source.Publisher, source.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
            .Where(p => !string.IsNullOrEmpty(p)));
        if (byWhom.Length > 0)
        {
            parts.Add(byWhom);
        }

        if (!string.IsNullOrEmpty(source.Url))
        {
            parts.Add(source.Url);
        }

        return string.Join(" — ", parts);
    }

    /// <summary>The text with every character XML 1.0 cannot hold (control characters, lone surrogates) replaced by U+FFFD.</summary>
    internal static string Clean(string text)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var valid = char.IsHighSurrogate(c)
                ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : !char.IsLowSurrogate(c) && XmlConvert.IsXmlChar(c);
            if (valid && char.IsHighSurrogate(c))
            {
                cleaned?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!valid)
            {
                cleaned ??= new StringBuilder(text, 0, i, text.Length);
                cleaned.Append('\uFFFD');
                continue;
            }

            cleaned?.Append(c);
        }

        return cleaned?.ToString() ?? text;
    }
}
