using KnowledgeGraph.Caching.Keys;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal;

namespace KnowledgeGraph.Caching.Tests.Keys;

public sealed class GraphCacheKeysTests
{
    private readonly GraphCacheKeys _keys = new("kg:");

    [Fact]
    public void Neighborhood_key_is_the_same_whatever_the_order_of_the_sets()
    {
        var first = new NeighborhoodSpec
        {
            RootKey = "khorgos-dry-port",
            RelationshipTypes = new HashSet<string> { RelationshipTypes.OperatedBy, RelationshipTypes.LocatedIn },
            Kinds = new HashSet<EntityKind> { EntityKind.Region, EntityKind.Company },
        };
        var second = first with
        {
            RelationshipTypes = new SortedSet<string> { RelationshipTypes.LocatedIn, RelationshipTypes.OperatedBy },
            Kinds = new HashSet<EntityKind> { EntityKind.Company, EntityKind.Region },
        };

        Assert.Equal(_keys.Neighborhood(7, first), _keys.Neighborhood(7, second));
    }

    [Fact]
    public void Keys_carry_the_prefix_format_version_and_graph_version()
    {
        var key = _keys.Neighborhood(42, new NeighborhoodSpec { RootKey = "kazakhstan", Depth = 2 });

        Assert.Equal("kg:v1:42:nb:kazakhstan|2|Both|*|*|100|50", key);
        Assert.NotEqual(key, _keys.Neighborhood(43, new NeighborhoodSpec { RootKey = "kazakhstan", Depth = 2 }));
    }

    [Fact]
    public void Any_set_and_empty_set_give_different_keys()
    {
        var any = new PathSpec { FromKey = "a", ToKey = "b" };
        var none = any with { RelationshipTypes = new HashSet<string>() };

        Assert.NotEqual(_keys.Paths(1, any), _keys.Paths(1, none));
    }

    [Fact]
    public void Separators_inside_values_cannot_make_two_specs_share_a_key()
    {
        var joined = new RelationshipQuery { Types = new HashSet<string> { "A,B" } };
        var split = new RelationshipQuery { Types = new HashSet<string> { "A", "B" } };

        Assert.NotEqual(_keys.Relationships(1, "x", joined), _keys.Relationships(1, "x", split));
        Assert.NotEqual(_keys.Relationships(1, "a|b", new RelationshipQuery()), _keys.Relationships(1, "a", new RelationshipQuery { Role = "b" }));
        Assert.NotEqual(_keys.Relationships(1, "x", new RelationshipQuery { Role = "*" }), _keys.Relationships(1, "x", new RelationshipQuery()));
    }

    [Fact]
    public void Path_keys_differ_by_mode_and_direction_of_travel()
    {
        var spec = new PathSpec { FromKey = "a", ToKey = "b" };

        Assert.NotEqual(_keys.Paths(1, spec), _keys.Paths(1, spec with { Mode = PathMode.All }));
        Assert.NotEqual(_keys.Paths(1, spec), _keys.Paths(1, spec with { FromKey = "b", ToKey = "a" }));
    }

    [Fact]
    public void Long_specs_are_hashed_deterministically_into_short_keys()
    {
        var types = Enumerable.Range(0, 60).Select(i => $"TYPE_NUMBER_{i}").ToHashSet();
        var spec = new NeighborhoodSpec { RootKey = "kazakhstan", RelationshipTypes = types };

        var key = _keys.Neighborhood(3, spec);

        Assert.StartsWith("kg:v1:3:nb:#", key, StringComparison.Ordinal);
        Assert.True(key.Length < 100, key);
        Assert.Equal(key, _keys.Neighborhood(3, spec with { RelationshipTypes = types.Reverse().ToHashSet() }));
        Assert.NotEqual(key, _keys.Neighborhood(3, spec with { RelationshipTypes = types.Skip(1).ToHashSet() }));
    }
}
