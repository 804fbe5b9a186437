using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using Xunit;

namespace KnowledgeGraph.Seeding.Tests;

/// <summary>The repository's own seed/: valid, complete with respect to the article, and honestly sourced.</summary>
public sealed class RealSeedTests
{
    private const string ArticleSource = "seed-article";

    private static readonly Lazy<SeedDocument> Seed = new(() => SeedReader.ReadDirectory(RepositoryPaths.SeedDirectory));

    /// <summary>Everything the article names, spelt as the article spells it, with the kind it is modelled as.</summary>
    public static TheoryData<string, EntityKind> ArticleNames => new()
    {
        { "Kazakhstan", EntityKind.Region },
        { "China", EntityKind.Region },
        { "Central Asia", EntityKind.Region },
        { "Eurasia", EntityKind.Region },
        { "Western Europe", EntityKind.Region },
        { "Western China", EntityKind.Region },
        { "South Asia", EntityKind.Region },
        { "Dostyk", EntityKind.Region },
        { "Alashankou", EntityKind.Region },
        { "Altynkol", EntityKind.Region },
        { "Khorgos", EntityKind.Region },
        { "Atasu", EntityKind.Region },
        { "Belt and Road Initiative", EntityKind.Initiative },
        { "EAEU transport route system", EntityKind.Initiative },
        { "EAEU", EntityKind.Initiative },
        { "Trans-Caspian International Route", EntityKind.Initiative },
        { "green export corridor", EntityKind.Initiative },
        { "Year of Working Professions", EntityKind.Initiative },
        { "Xi Jinping", EntityKind.Person },
        { "Kassym-Jomart Tokayev", EntityKind.Person },
        { "Western Europe – Western China highway", EntityKind.Project },
        { "Dostyk – Alashankou railway crossing", EntityKind.Project },
        { "Altynkol – Khorgos railway crossing", EntityKind.Project },
        { "Khorgos – Eastern Gate industrial and logistics hub", EntityKind.Project },
        { "industrial zone in Khorgos", EntityKind.Project },
        { "modernization of border and port infrastructure", EntityKind.Project },
        { "Atasu-Alashankou oil pipeline", EntityKind.Project },
        { "Central Asia-China gas pipeline", EntityKind.Project },
        { "Joint agroparks", EntityKind.Initiative },
        { "deep processing projects", EntityKind.Initiative },
        { "second-generation logistics hubs", EntityKind.Project },
        { "digital logistics management platforms", EntityKind.Initiative },
        { "Central and South Asian projects", EntityKind.Project },
        { "joint ventures for the operation of infrastructure", EntityKind.Initiative },
        { "export-oriented industrial clusters", EntityKind.Project },
        { "digital logistics centers", EntityKind.Initiative },
        { "introduction of Chinese technologies", EntityKind.Initiative },
        { "renewable energy sources", EntityKind.Initiative },
        { "electricity transmission", EntityKind.Project },
        { "green infrastructure", EntityKind.Project },
        { "harmonization of phytosanitary standards", EntityKind.Initiative },
        { "Dual training", EntityKind.TrainingProgram },
        { "industrial training centers", EntityKind.TrainingProgram },
        { "modernization of technical education", EntityKind.TrainingProgram },
    };

    [Fact]
    public void Repository_seed_reads_and_validates_without_errors()
    {
        var errors = SeedValidator.Validate(Seed.Value);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.NotEmpty(Seed.Value.Entities);
        Assert.NotEmpty(Seed.Value.Relationships);
    }

    [Theory]
    [MemberData(nameof(ArticleNames))]
    public void Every_entity_the_article_names_is_present_with_its_kind_and_cites_the_article(string articleName, EntityKind kind)
    {
        var entity = FindByNameOrAlias(articleName);

        Assert.Equal(kind, entity.Kind);
        Assert.Contains(ArticleSource, entity.SourceKeys);
    }

    [Theory]
    [MemberData(nameof(ArticleNames))]
    public void Every_entity_the_article_names_is_linked_to_an_initiative_or_a_region(string articleName, EntityKind kind)
    {
        var entity = FindByNameOrAlias(articleName);
        var kinds = Seed.Value.Entities.ToDictionary(e => e.Value.Key, e => e.Value.Kind);

        var neighbourKinds = Seed.Value.Relationships
            .Select(r => r.Value)
            .Where(r => r.FromKey == entity.Key || r.ToKey == entity.Key)
            .Select(r => kinds[r.OtherEnd(entity.Key)])
            .ToList();

        Assert.True(
            neighbourKinds.Any(k => k is EntityKind.Initiative or EntityKind.Region),
            $"{kind} '{entity.Key}' has no relationship to an initiative or a region.");
    }

    [Fact]
    public void The_article_is_a_source_with_its_title_publisher_and_public_url()
    {
        var article = Assert.Single(Seed.Value.Sources, s => s.Value.Key == ArticleSource).Value;

        Assert.Equal("Kazakhstan and China: from a transit corridor to a strategic platform for sustainable development", article.Title);
        Assert.Equal("China Studies Center", article.Publisher);
        Assert.StartsWith("https://", article.Url);
    }

    [Fact]
    public void Every_reported_relationship_says_in_a_note_what_it_rests_on()
    {
        var unexplained = Seed.Value.Relationships
            .Where(r => r.Value.Confidence == Confidence.Reported && string.IsNullOrWhiteSpace(r.Value.Note))
            .Select(r => r.Origin.ToString());

        Assert.Empty(unexplained);
    }

    [Fact]
    public void Every_training_link_quotes_the_passage_that_says_whom_the_programme_trains_for()
    {
        // "Which programmes train people for which projects" is the question journalists ask of this graph; each answer
        // has to be checkable against the page that gives it, not only against the page's address.
        var unquoted = Seed.Value.Relationships
            .Where(r => r.Value.Type == RelationshipTypes.TrainsFor)
            .Where(r => !r.Value.Citations.Any(c => !string.IsNullOrWhiteSpace(c.Quote)))
            .Select(r => r.Origin.ToString());

        Assert.Empty(unquoted);
    }

    [Fact]
    public void Every_source_is_cited_by_at_least_one_fact()
    {
        var cited = Seed.Value.Entities.SelectMany(e => e.Value.SourceKeys)
            .Concat(Seed.Value.Relationships.SelectMany(r => r.Value.SourceKeys))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(Seed.Value.Sources.Where(s => !cited.Contains(s.Value.Key)).Select(s => s.Origin.ToString()));
    }

    [Fact]
    public void Every_source_besides_the_article_has_a_public_url()
    {
        var withoutUrl = Seed.Value.Sources
            .Where(s => s.Value.Key != ArticleSource && string.IsNullOrEmpty(s.Value.Url))
            .Select(s => s.Origin.ToString());

        Assert.Empty(withoutUrl);
    }

    private static Entity FindByNameOrAlias(string articleName)
    {
        var wanted = Normalise(articleName);
        var matches = Seed.Value.Entities
            .Select(e => e.Value)
            .Where(e => e.Aliases.Prepend(e.Name).Any(n => Normalise(n) == wanted))
            .ToList();
        Assert.True(matches.Count == 1, $"'{articleName}' matches {matches.Count} entities: {string.Join(", ", matches.Select(m => m.Key))}");
        return matches[0];
    }

    /// <summary>Case, dash style and the spacing around dashes vary between the article and the seed.</summary>
    private static string Normalise(string name) =>
        string.Join(' ', name.ToLowerInvariant().Replace('–', '-').Replace('—', '-').Replace(" - ", "-").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Replace(" -", "-").Replace("- ", "-");
}
