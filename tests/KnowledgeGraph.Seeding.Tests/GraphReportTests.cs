using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using Xunit;

namespace KnowledgeGraph.Seeding.Tests;

public sealed class GraphReportTests
{
    [Fact]
    public void Render_writes_totals_every_kind_and_the_relationship_types_present_in_registry_order()
    {
        var statistics = new GraphStatistics(
            new Dictionary<EntityKind, int> { [EntityKind.Project] = 13, [EntityKind.Region] = 1 },
            new Dictionary<string, int> { [RelationshipTypes.PartOf] = 2, [RelationshipTypes.LocatedIn] = 1, [RelationshipTypes.AlignedWith] = 0 },
            1,
            7);

        var markdown = GraphReport.Render(statistics);

        Assert.Equal(
            """
            ## What is in the graph

            **14** entities, **3** relationships and **1** source; every entity and relationship cites at least one source.

            | Kind | Entities |
            |---|---:|
            | Project | 13 |
            | Region | 1 |
            | Company | 0 |
            | Initiative | 0 |
            | TrainingProgram | 0 |
            | Person | 0 |
            | Organization | 0 |
            | **Total** | **14** |

            | Relationship type | Reads as | Count |
            |---|---|---:|
            | `LOCATED_IN` | located in | 1 |
            | `PART_OF` | part of | 2 |
            | **Total** | | **3** |

            """.ReplaceLineEndings("\n"),
            markdown);
    }

    [Fact]
    public void Render_lists_types_outside_the_registry_after_the_registered_ones()
    {
        var statistics = new GraphStatistics(
            new Dictionary<EntityKind, int>(), new Dictionary<string, int> { ["LEGACY_LINK"] = 2, [RelationshipTypes.Connects] = 1 }, 0, 0);

        var markdown = GraphReport.Render(statistics, "Legacy");

        Assert.StartsWith("## Legacy\n", markdown);
        Assert.True(markdown.IndexOf("`CONNECTS`", StringComparison.Ordinal) < markdown.IndexOf("`LEGACY_LINK` | | 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_counts_a_seed_as_a_store_would_after_loading_it()
    {
        using var seed = TemporarySeed.Valid();

        var statistics = GraphReport.Summarize(SeedReader.ReadDirectory(seed.Directory));

        Assert.Equal(1, statistics.EntitiesByKind[EntityKind.Project]);
        Assert.Equal(1, statistics.EntitiesByKind[EntityKind.Region]);
        Assert.Equal(1, statistics.EntitiesByKind[EntityKind.Initiative]);
        Assert.Equal(1, statistics.RelationshipsByType[RelationshipTypes.LocatedIn]);
        Assert.Equal(1, statistics.RelationshipsByType[RelationshipTypes.BelongsTo]);
        Assert.Equal((3, 2, 1), (statistics.EntityCount, statistics.RelationshipCount, statistics.SourceCount));
    }
}
