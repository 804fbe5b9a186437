using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Storage.Common;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// Writes the whole graph of a store as one seed file (<c>{ "sources": […], "entities": […], "relationships": […] }</c>,
/// the format of seed/README.md) that <see cref="SeedReader.ReadPathAsync"/> reads back. The output is deterministic:
/// records ordered by key, fields in the order of the README, properties in the order their kind declares them, dates
/// written <c>YYYY-MM-DD</c>, only fields that hold a value (a relationship's key always), two-space indentation and
/// <c>\n</c> line ends. Records are streamed from the store to the output, never all held in memory.
/// </summary>
public static class SeedWriter
{
    /// <summary>Bytes buffered before they are flushed to the output.</summary>
    private const int FlushThreshold = 64 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // The file is data for people and tools, not HTML: keep non-ASCII names (en dashes, Cyrillic) readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Writes every source, entity and relationship of <paramref name="store"/> to <paramref name="output"/>, ending
    /// with a newline. Throws <see cref="InvalidOperationException"/> when the store does not read records ordered by
    /// key, as <see cref="IGraphStore"/> requires.
    /// </summary>
    public static Task<SeedWriteResult> WriteAsync(
        IGraphStore store, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return WriteAsync(
            store.ReadAllSourcesAsync(cancellationToken),
            store.ReadAllEntitiesAsync(cancellationToken),
            store.ReadAllRelationshipsAsync(cancellationToken),
            output,
            cancellationToken);
    }

    /// <summary>
    /// Writes the given records (a whole graph or a part of it, such as a neighbourhood) as one seed file. Each sequence
    /// must be ordered by key; throws <see cref="InvalidOperationException"/> otherwise.
    /// </summary>
    public static async Task<SeedWriteResult> WriteAsync(
        IAsyncEnumerable<Source> sourceRecords,
        IAsyncEnumerable<Entity> entityRecords,
        IAsyncEnumerable<Relationship> relationshipRecords,
        Stream output,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceRecords);
        ArgumentNullException.ThrowIfNull(entityRecords);
        ArgumentNullException.ThrowIfNull(relationshipRecords);
        ArgumentNullException.ThrowIfNull(output);
        int sources, entities, relationships;
        await using (var writer = new Utf8JsonWriter(output, Options))
        {
            writer.WriteStartObject();
            sources = await WriteSectionAsync(
                writer, "sources", sourceRecords, s => s.Key, WriteSource, cancellationToken).ConfigureAwait(false);
            entities = await WriteSectionAsync(
                writer, "entities", entityRecords, e => e.Key, WriteEntity, cancellationToken).ConfigureAwait(false);
            relationships = await WriteSectionAsync(
                writer, "relationships", relationshipRecords, r => r.Key, WriteRelationship, cancellationToken).ConfigureAwait(false);
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await output.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new SeedWriteResult(sources, entities, relationships);
    }

    private static async Task<int> WriteSectionAsync<T>(
        Utf8JsonWriter writer,
        string name,
        IAsyncEnumerable<T> records,
        Func<T, string> keyOf,
        Action<Utf8JsonWriter, T> write,
        CancellationToken cancellationToken)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        var count = 0;
        string? previous = null;
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var key = keyOf(record);
            if (previous is not null && string.CompareOrdinal(previous, key) >= 0)
            {
                throw new InvalidOperationException(
                    $"The store read {name} out of key order ('{previous}' before '{key}'); an export must be ordered by key.");
            }

            write(writer, record);
            previous = key;
            count++;
            if (writer.BytesPending >= FlushThreshold)
            {
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        writer.WriteEndArray();
        return count;
    }

    private static void WriteSource(Utf8JsonWriter writer, Source source)
    {
        writer.WriteStartObject();
        writer.WriteString("key", source.Key);
        writer.WriteString("title", source.Title);
        WriteText(writer, "publisher", source.Publisher);
        WriteText(writer, "url", source.Url);
        WriteDate(writer, "publishedOn", source.PublishedOn);
        WriteDate(writer, "accessedOn", source.AccessedOn);
        writer.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("key", entity.Key);
        writer.WriteString("kind", entity.Kind.ToString());
        writer.WriteString("name", entity.Name);
        WriteTexts(writer, "aliases", entity.Aliases);
        WriteText(writer, "description", entity.Description);
        WriteProperties(writer, entity);
        WriteTexts(writer, "sources", entity.SourceKeys);
        WriteCitations(writer, entity.Citations);
        writer.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter writer, Relationship relationship)
    {
        writer.WriteStartObject();
        writer.WriteString("key", relationship.Key);
        writer.WriteString("type", relationship.Type);
        writer.WriteString("from", relationship.FromKey);
        writer.WriteString("to", relationship.ToKey);
        WriteText(writer, "role", relationship.Role);
        WriteInteger(writer, "sinceYear", relationship.SinceYear);
        WriteInteger(writer, "untilYear", relationship.UntilYear);
        if (relationship.Amount is { } amount)
        {
            writer.WriteNumber("amount", amount);
        }

        WriteText(writer, "currency", relationship.Currency);
        WriteText(writer, "note", relationship.Note);
        writer.WriteString("confidence", relationship.Confidence.ToString());
        WriteTexts(writer, "sources", relationship.SourceKeys);
        WriteCitations(writer, relationship.Citations);
        writer.WriteEndObject();
    }

    /// <summary>Citations in the order given, each with the fields it holds, as the stores keep them (<see cref="CitationJson"/>).</summary>
    private static void WriteCitations(Utf8JsonWriter writer, IReadOnlyList<Citation> citations)
    {
        if (citations.Count > 0)
        {
            CitationJson.Write(writer, "citations", citations);
        }
    }

    /// <summary>The properties in the order the kind declares them; any the kind does not declare follow, by name.</summary>
    private static void WriteProperties(Utf8JsonWriter writer, Entity entity)
    {
        if (entity.Properties.Count == 0)
        {
            return;
        }

        var declared = Enum.IsDefined(entity.Kind) ? EntityKinds.Get(entity.Kind).Properties.Select(p => p.Name).ToList() : [];
        var names = declared.Where(entity.Properties.ContainsKey)
            .Concat(entity.Properties.Keys.Where(k => !declared.Contains(k, StringComparer.Ordinal)).Order(StringComparer.Ordinal));

        writer.WriteStartObject("properties");
        foreach (var name in names)
        {
            var value = entity.Properties[name];
            switch (value.Type)
            {
                case PropertyType.Text:
                    writer.WriteString(name, value.Text);
                    break;
                case PropertyType.Integer:
                    writer.WriteNumber(name, value.Integer);
                    break;
                default:
                    writer.WriteNumber(name, value.Number);
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteTexts(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteInteger(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? value)
    {
        if (value is { } date)
        {
            writer.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
