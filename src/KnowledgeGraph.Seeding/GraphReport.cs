using System.Globalization;
using System.Text;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// Renders the Markdown section "What is in the graph": totals, entities by kind (every kind, in declaration order)
/// and relationships by type (those present, in registry order), for the README and the CLI <c>stats</c> command.
/// </summary>
public static class GraphReport
{
    public const string DefaultTitle = "What is in the graph";

    public static string Render(GraphStatistics statistics, string title = DefaultTitle)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var text = new StringBuilder();
        text.Append("## ").Append(title).Append('\n').Append('\n');
        text.Append(CultureInfo.InvariantCulture,
            $"{Count(statistics.EntityCount, "entity", "entities")}, {Count(statistics.RelationshipCount, "relationship", "relationships")} " +
            $"and {Count(statistics.SourceCount, "source", "sources")}; every entity and relationship cites at least one source.\n\n");

        text.Append("| Kind | Entities |\n|---|---:|\n");
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            text.Append(CultureInfo.InvariantCulture, $"| {kind} | {statistics.EntitiesByKind.GetValueOrDefault(kind)} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"| **Total** | **{statistics.EntityCount}** |\n\n");

        text.Append("| Relationship type | Reads as | Count |\n|---|---|---:|\n");
        var registered = RelationshipTypes.All.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var type in RelationshipTypes.All)
        {
            if (statistics.RelationshipsByType.GetValueOrDefault(type.Name) is var count and > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"| `{type.Name}` | {type.ForwardLabel} | {count} |\n");
            }
        }

        foreach (var (name, count) in statistics.RelationshipsByType
                     .Where(p => !registered.Contains(p.Key) && p.Value > 0)
                     .OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{name}` | | {count} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"| **Total** | | **{statistics.RelationshipCount}** |\n");
        return text.ToString();
    }

    public static string Render(SeedDocument document, string title = DefaultTitle) => Render(Summarize(document), title);

    /// <summary>The statistics a store would report after loading exactly this seed (graph version 0).</summary>
    public static GraphStatistics Summarize(SeedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var byKind = document.Entities
            .Where(e => Enum.IsDefined(e.Value.Kind))
            .GroupBy(e => e.Value.Kind)
            .ToDictionary(g => g.Key, g => g.Count());
        var byType = document.Relationships
            .GroupBy(r => r.Value.Type, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new GraphStatistics(byKind, byType, document.Sources.Count, 0);
    }

    private static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"**{count}** {(count == 1 ? one : many)}");
}
