using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal.Algorithms;

namespace KnowledgeGraph.Domain.Tests.Traversal.Algorithms;

/// <summary>
/// A small graph held as plain dictionaries, changed at random the way the store would allow (a relationship only
/// between existing entities; deleting an entity deletes its relationships), that can say what an index update
/// must be told and build the index a full rebuild would give.
/// </summary>
internal sealed class RandomGraphModel(int seed)
{
    private static readonly string[] Types = ["LINK", "OWNS", RelationshipTypes.PartnerOf, "FUNDS"];
    private static readonly EntityKind[] Kinds = [EntityKind.Company, EntityKind.Region, EntityKind.Person];

    private readonly Random _random = new(seed);
    private readonly SortedDictionary<string, EntityKind> _entities = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, AdjacencyRelationship> _relationships = new(StringComparer.Ordinal);
    private int _nextEntity;
    private int _nextRelationship;

    public IEnumerable<string> EverySeenEntityKey => Enumerable.Range(0, _nextEntity).Select(EntityKey);

    public static IEnumerable<AdjacencyFilter> Filters =>
    [
        new AdjacencyFilter(),
        new AdjacencyFilter(Direction: RelationshipDirection.Outgoing),
        new AdjacencyFilter(Direction: RelationshipDirection.Incoming),
        new AdjacencyFilter(Types: new HashSet<string> { "OWNS", "FUNDS" }),
        new AdjacencyFilter(NeighbourKinds: new HashSet<EntityKind> { EntityKind.Region }),
    ];

    public void Populate(int entities, int relationships)
    {
        for (var i = 0; i < entities; i++)
        {
            AddEntity();
        }

        for (var i = 0; i < relationships; i++)
        {
            AddRelationship();
        }
    }

    public AdjacencyIndex Rebuild()
    {
        var builder = new AdjacencyIndexBuilder();
        foreach (var (key, kind) in _entities)
        {
            builder.AddEntity(key, kind);
        }

        // Not in key order: the build must sort parallel relationships itself.
        foreach (var (key, relationship) in _relationships.Reverse())
        {
            builder.AddRelationship(key, relationship.Type, relationship.FromKey, relationship.ToKey);
        }

        return builder.Build();
    }

    /// <summary>
    /// Makes a few random changes and returns the state afterwards of every key they named, as the store's change
    /// log and tables would give it. Relationships deleted with their entity are not named: the index must drop them itself.
    /// </summary>
    public AdjacencyChanges Change(int operations)
    {
        var entities = new HashSet<string>(StringComparer.Ordinal);
        var relationships = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < operations; i++)
        {
            switch (_random.Next(7))
            {
                case 0:
                    entities.Add(AddEntity());
                    break;
                case 1 when _entities.Count > 2:
                    var removed = Pick(_entities.Keys);
                    _entities.Remove(removed);
                    foreach (var key in _relationships.Where(r => r.Value.FromKey == removed || r.Value.ToKey == removed).Select(r => r.Key).ToList())
                    {
                        _relationships.Remove(key);
                    }

                    entities.Add(removed);
                    break;
                case 2 when _entities.Count > 0:
                    var changed = Pick(_entities.Keys);
                    _entities[changed] = Kinds[_random.Next(Kinds.Length)];
                    entities.Add(changed);
                    break;
                case 3 when _relationships.Count > 0:
                    var unlinked = Pick(_relationships.Keys);
                    _relationships.Remove(unlinked);
                    relationships.Add(unlinked);
                    break;
                case 4 when _relationships.Count > 0:
                    // Replaced by key with another type or other ends, as an upsert may do.
                    var replaced = Pick(_relationships.Keys);
                    _relationships[replaced] = RandomRelationship();
                    relationships.Add(replaced);
                    break;
                case 5 when _relationships.Count > 0:
                    // Written again unchanged: must change nothing.
                    relationships.Add(Pick(_relationships.Keys));
                    break;
                default:
                    if (_entities.Count > 0)
                    {
                        relationships.Add(AddRelationship());
                    }

                    break;
            }
        }

        var changes = new AdjacencyChanges();
        foreach (var key in entities)
        {
            _ = _entities.TryGetValue(key, out var kind) ? changes.SetEntity(key, kind) : changes.RemoveEntity(key);
        }

        foreach (var key in relationships)
        {
            _ = _relationships.TryGetValue(key, out var relationship)
                ? changes.SetRelationship(key, relationship.Type, relationship.FromKey, relationship.ToKey)
                : changes.RemoveRelationship(key);
        }

        return changes;
    }

    private static string EntityKey(int i) => $"e{i * 7919 % 1000:D3}-{i}";

    private string AddEntity()
    {
        var key = EntityKey(_nextEntity++);
        _entities[key] = Kinds[_random.Next(Kinds.Length)];
        return key;
    }

    private string AddRelationship()
    {
        var key = $"r{_random.Next(1000):D3}-{_nextRelationship++}";
        _relationships[key] = RandomRelationship();
        return key;
    }

    private AdjacencyRelationship RandomRelationship()
    {
        // A few hubs, self-relationships and parallel relationships, as real graphs have.
        var from = _random.Next(4) == 0 ? _entities.Keys.First() : Pick(_entities.Keys);
        var to = _random.Next(10) == 0 ? from : Pick(_entities.Keys);
        return new AdjacencyRelationship(Types[_random.Next(Types.Length)], from, to);
    }

    private string Pick(IEnumerable<string> keys)
    {
        var list = keys as ICollection<string> ?? keys.ToList();
        return list.ElementAt(_random.Next(list.Count));
    }
}
