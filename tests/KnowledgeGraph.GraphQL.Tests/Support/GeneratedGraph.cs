using System.Globalization;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.GraphQL.Tests.Support;

/// <summary>
/// A graph of <c>projectCount</c> projects, each located in two of four regions and operated and owned by companies,
/// projects and relationships citing one of three sources and regions one of two others — for counting store calls per query.
/// </summary>
public static class GeneratedGraph
{
    public static GraphChangeSet Create(int projectCount)
    {
        string[] sources = ["source-a", "source-b", "source-c"];
        string[] regionSources = ["region-source-a", "region-source-b"];
        var entities = new List<Entity>();
        var relationships = new List<Relationship>();
        for (var r = 0; r < 4; r++)
        {
            entities.Add(Entity($"region-{r}", EntityKind.Region, regionSources[r % 2]));
        }

        for (var c = 0; c < 3; c++)
        {
            entities.Add(Entity($"company-{c}", EntityKind.Company, sources[c % 3]));
        }

        for (var p = 0; p < projectCount; p++)
        {
            var project = $"project-{p.ToString("D3", CultureInfo.InvariantCulture)}";
            entities.Add(Entity(project, EntityKind.Project, sources[p % 3]));
            relationships.Add(Link($"{project}-in-a", RelationshipTypes.LocatedIn, project, $"region-{p % 4}", sources[p % 3]));
            relationships.Add(Link($"{project}-in-b", RelationshipTypes.LocatedIn, project, $"region-{(p + 1) % 4}", sources[(p + 1) % 3]));
            relationships.Add(Link($"{project}-operator", RelationshipTypes.OperatedBy, project, $"company-{p % 3}", sources[p % 3]));
            relationships.Add(Link($"{project}-owner", RelationshipTypes.OwnedBy, project, $"company-{(p + 1) % 3}", sources[(p + 2) % 3]));
        }

        return new GraphChangeSet
        {
            UpsertSources = sources.Concat(regionSources).Select(s => new Source { Key = s, Title = "Title of " + s }).ToList(),
            UpsertEntities = entities.Select(e => new EntityUpsert(e)).ToList(),
            UpsertRelationships = relationships,
        };
    }

    private static Entity Entity(string key, EntityKind kind, string source) =>
        new() { Key = key, Kind = kind, Name = "Name of " + key, SourceKeys = [source] };

    private static Relationship Link(string key, string type, string from, string to, string source) =>
        new() { Key = key, Type = type, FromKey = from, ToKey = to, SourceKeys = [source] };
}
