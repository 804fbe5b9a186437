using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.GraphQL.Relationships;

namespace KnowledgeGraph.GraphQL.Tests;

public sealed class RelationshipFieldCatalogTests
{
    [Fact]
    public void Every_typed_relationship_field_agrees_with_the_registry()
    {
        var problems = RelationshipFieldCatalog.All.Select(f => f.Problem()).OfType<string>().ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void Typed_fields_cover_every_kind_type_and_direction_the_registry_allows()
    {
        var missing = new List<string>();
        foreach (var type in RelationshipTypes.All)
        {
            foreach (var kind in Enum.GetValues<EntityKind>())
            {
                if (type.FromKinds.Contains(kind) && !Covered(kind, type, RelationshipDirection.Outgoing, type.ToKinds))
                {
                    missing.Add($"{kind} -{type.Name}->");
                }

                if (type.ToKinds.Contains(kind) && !Covered(kind, type, RelationshipDirection.Incoming, type.FromKinds))
                {
                    missing.Add($"{kind} <-{type.Name}-");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Field_names_are_unique_per_kind_and_never_shadow_a_property()
    {
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            var names = RelationshipFieldCatalog.Of(kind).Select(f => f.Name).ToList();
            Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
            Assert.Empty(names.Intersect(EntityKinds.Get(kind).Properties.Select(p => p.Name), StringComparer.Ordinal));
        }
    }

    private static bool Covered(EntityKind kind, RelationshipTypeDefinition type, RelationshipDirection direction, IReadOnlySet<EntityKind> neighbours)
    {
        var reached = RelationshipFieldCatalog.Of(kind)
            .Where(f => f.Types.Contains(type.Name) && (f.Direction == direction || f.Direction == RelationshipDirection.Both))
            .SelectMany(f => f.NeighbourKinds)
            .ToHashSet();
        return neighbours.All(reached.Contains);
    }
}
