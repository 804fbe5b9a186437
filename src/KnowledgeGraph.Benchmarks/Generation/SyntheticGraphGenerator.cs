using System.Globalization;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Benchmarks.Generation;

/// <summary>
/// A deterministic synthetic graph with realistic skew: about one entity per three relationships, kinds in fixed
/// shares, every relationship of a registry type between kinds that type allows. Relationship starts are drawn with a
/// mild skew (u^1.5) and ends with a strong one (u^3) within the kind drawn, so a few entities become hubs with
/// thousands of relationships while most have one or two (a power-law-like degree distribution). Every entity and
/// relationship cites one of the synthetic sources.
/// </summary>
public sealed class SyntheticGraphGenerator
{
    private static readonly (EntityKind Kind, double Share)[] KindShares =
    [
        (EntityKind.Project, 0.30),
        (EntityKind.Company, 0.25),
        (EntityKind.Organization, 0.12),
        (EntityKind.Region, 0.10),
        (EntityKind.Person, 0.10),
        (EntityKind.TrainingProgram, 0.10),
        (EntityKind.Initiative, 0.03),
    ];

    private readonly Dictionary<EntityKind, List<int>> _byKind = [];
    private readonly EntityKind[] _kinds;
    private readonly int[] _degree;

    public SyntheticGraphGenerator(int relationshipCount, int seed)
    {
        RelationshipCount = relationshipCount;
        Seed = seed;
        EntityCount = Math.Max(100, relationshipCount / 3);
        SourceCount = Math.Max(10, relationshipCount / 1000);
        _kinds = new EntityKind[EntityCount];
        _degree = new int[EntityCount];

        var random = new Random(seed);
        foreach (var (kind, _) in KindShares)
        {
            _byKind[kind] = [];
        }

        for (var i = 0; i < EntityCount; i++)
        {
            var pick = random.NextDouble();
            var kind = KindShares[^1].Kind;
            foreach (var (candidate, share) in KindShares)
            {
                if (pick < share)
                {
                    kind = candidate;
                    break;
                }

                pick -= share;
            }

            _kinds[i] = kind;
            _byKind[kind].Add(i);
        }
    }

    public int RelationshipCount { get; }

    public int EntityCount { get; }

    public int SourceCount { get; }

    public int Seed { get; }

    public static string EntityKey(int index) => "entity-" + index.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>The kind of the entity with key <paramref name="key"/> (one of <see cref="EntityKey"/>'s).</summary>
    public EntityKind KindOf(string key) => _kinds[int.Parse(key.AsSpan("entity-".Length), CultureInfo.InvariantCulture)];

    public static string SourceKey(int index) => "source-" + index.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The graph as change sets of at most <paramref name="batchSize"/> records each: sources, entities, relationships.</summary>
    public IEnumerable<GraphChangeSet> Batches(int batchSize)
    {
        var author = new ChangeAuthor("benchmark-generator", $"synthetic graph, {RelationshipCount} relationships, seed {Seed}");
        yield return new GraphChangeSet
        {
            UpsertSources = Enumerable.Range(0, SourceCount).Select(i => new Source
            {
                Key = SourceKey(i),
                Title = $"Synthetic source {i}",
                Publisher = "KnowledgeGraph benchmark",
                Url = $"https://example.org/synthetic/{i}",
            }).ToList(),
            Author = author,
        };

        foreach (var chunk in Enumerable.Range(0, EntityCount).Chunk(batchSize))
        {
            yield return new GraphChangeSet
            {
                UpsertEntities = chunk.Select(i => new EntityUpsert(new Entity
                {
                    Key = EntityKey(i),
                    Kind = _kinds[i],
                    Name = $"Synthetic {_kinds[i]} {i}",
                    SourceKeys = [SourceKey(i % SourceCount)],
                })).ToList(),
                Author = author,
            };
        }

        foreach (var chunk in Relationships().Chunk(batchSize))
        {
            yield return new GraphChangeSet { UpsertRelationships = chunk, Author = author };
        }
    }

    /// <summary>
    /// Keys of entities with at least one relationship, drawn uniformly (so mostly ordinary entities, sometimes a hub):
    /// the roots and path ends of the benchmark queries. Call after <see cref="Batches"/> was enumerated, or it enumerates the relationships itself.
    /// </summary>
    public IReadOnlyList<string> SampleConnectedKeys(int count, int seed)
    {
        if (_degree.All(d => d == 0))
        {
            foreach (var _ in Relationships())
            {
            }
        }

        var connected = Enumerable.Range(0, EntityCount).Where(i => _degree[i] > 0).ToArray();
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => EntityKey(connected[random.Next(connected.Length)])).ToList();
    }

    private IEnumerable<Relationship> Relationships()
    {
        Array.Clear(_degree);
        var random = new Random(Seed + 1);
        var types = RelationshipTypes.All
            .Where(t => t.FromKinds.Any(k => _byKind[k].Count > 0) && t.ToKinds.Any(k => _byKind[k].Count > 0))
            .ToArray();
        for (var r = 0; r < RelationshipCount; r++)
        {
            var type = types[random.Next(types.Length)];
            var from = Pick(random, type.FromKinds, 1.5);
            var to = Pick(random, type.ToKinds, 3.0);
            while (to == from)
            {
                to = Pick(random, type.ToKinds, 1.0);
            }

            _degree[from]++;
            _degree[to]++;
            yield return new Relationship
            {
                Key = "rel-" + r.ToString("D8", CultureInfo.InvariantCulture),
                Type = type.Name,
                FromKey = EntityKey(from),
                ToKey = EntityKey(to),
                SourceKeys = [SourceKey(r % SourceCount)],
            };
        }
    }

    private int Pick(Random random, IReadOnlySet<EntityKind> kinds, double skew)
    {
        // The kind in proportion to its size, then an entity of that kind with the skew (low indices are the hubs).
        var total = kinds.Sum(k => _byKind[k].Count);
        var at = random.Next(total);
        foreach (var kind in kinds.OrderBy(k => k))
        {
            var list = _byKind[kind];
            if (at < list.Count)
            {
                return list[(int)(list.Count * Math.Pow(random.NextDouble(), skew))];
            }

            at -= list.Count;
        }

        throw new InvalidOperationException("Unreachable: the pick is below the total.");
    }
}
