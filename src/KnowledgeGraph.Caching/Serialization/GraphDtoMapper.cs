using KnowledgeGraph.Caching.Entries;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Traversal;

namespace KnowledgeGraph.Caching.Serialization;

/// <summary>Maps cache entries to their compact wire form and back, without loss.</summary>
internal static class GraphDtoMapper
{
    public static SubgraphDto ToDto(NeighborhoodEntry entry) => new()
    {
        Nodes = [.. entry.Subgraph.Nodes.Select(ToDto)],
        Relationships = [.. entry.Subgraph.Relationships.Select(ToDto)],
        Truncated = entry.Subgraph.Truncated,
    };

    public static NeighborhoodEntry FromDto(SubgraphDto dto) => new(new Subgraph(
        [.. (dto.Nodes ?? []).Select(FromDto)],
        [.. (dto.Relationships ?? []).Select(FromDto)],
        dto.Truncated));

    public static PathsDto ToDto(PathsEntry entry)
    {
        var entities = new Table<Entity>(e => e.Key);
        var relationships = new Table<Relationship>(r => r.Key);
        var paths = entry.Paths.Select(path => new PathDto
        {
            Nodes = [.. path.Nodes.Select(entities.IndexOf)],
            Hops = [.. path.Hops.Select(hop => (relationships.IndexOf(hop.Relationship) + 1) * (hop.Forward ? 1 : -1))],
        }).ToArray();
        return new PathsDto
        {
            Entities = [.. entities.Items.Select(ToDto)],
            Relationships = [.. relationships.Items.Select(ToDto)],
            Paths = paths,
        };
    }

    public static PathsEntry FromDto(PathsDto dto)
    {
        var entities = (dto.Entities ?? []).Select(FromDto).ToArray();
        var relationships = (dto.Relationships ?? []).Select(FromDto).ToArray();
        return new PathsEntry([.. (dto.Paths ?? []).Select(path => new GraphPath(
            [.. (path.Nodes ?? []).Select(i => entities[i])],
            [.. (path.Hops ?? []).Select(h => new PathHop(relationships[Math.Abs(h) - 1], h > 0))]))]);
    }

    public static RelationshipsDto ToDto(RelationshipsEntry entry)
    {
        var neighbours = new Table<Entity>(e => e.Key);
        var hits = entry.Hits.Select(hit => new RelationshipHitDto
        {
            Relationship = ToDto(hit.Relationship),
            Incoming = hit.Direction == RelationshipDirection.Incoming,
            Neighbour = neighbours.IndexOf(hit.Neighbour),
        }).ToArray();
        return new RelationshipsDto { AnchorKey = entry.AnchorKey, Neighbours = [.. neighbours.Items.Select(ToDto)], Hits = hits };
    }

    public static RelationshipsEntry FromDto(RelationshipsDto dto)
    {
        var neighbours = (dto.Neighbours ?? []).Select(FromDto).ToArray();
        return new RelationshipsEntry(dto.AnchorKey, [.. (dto.Hits ?? []).Select(hit => new RelationshipHit(
            dto.AnchorKey,
            FromDto(hit.Relationship),
            hit.Incoming ? RelationshipDirection.Incoming : RelationshipDirection.Outgoing,
            neighbours[hit.Neighbour]))]);
    }

    private static EntityDto ToDto(Entity entity)
    {
        Dictionary<string, string>? texts = null;
        Dictionary<string, long>? integers = null;
        Dictionary<string, double>? numbers = null;
        foreach (var (name, value) in entity.Properties)
        {
            switch (value.Type)
            {
                case PropertyType.Text:
                    (texts ??= new(StringComparer.Ordinal))[name] = value.Text!;
                    break;
                case PropertyType.Integer:
                    (integers ??= new(StringComparer.Ordinal))[name] = value.Integer;
                    break;
                default:
                    (numbers ??= new(StringComparer.Ordinal))[name] = value.Number;
                    break;
            }
        }

        return new EntityDto
        {
            Key = entity.Key,
            Kind = entity.Kind.ToString(),
            Name = entity.Name,
            Aliases = entity.Aliases.Count == 0 ? null : [.. entity.Aliases],
            Description = entity.Description,
            SourceKeys = entity.SourceKeys.Count == 0 ? null : [.. entity.SourceKeys],
            Citations = ToDto(entity.Citations),
            TextProperties = texts,
            IntegerProperties = integers,
            NumberProperties = numbers,
            Version = entity.Version,
        };
    }

    private static Entity FromDto(EntityDto dto)
    {
        var properties = new Dictionary<string, PropertyValue>(StringComparer.Ordinal);
        foreach (var (name, text) in dto.TextProperties ?? [])
        {
            properties[name] = PropertyValue.FromText(text);
        }

        foreach (var (name, integer) in dto.IntegerProperties ?? [])
        {
            properties[name] = PropertyValue.FromInteger(integer);
        }

        foreach (var (name, number) in dto.NumberProperties ?? [])
        {
            properties[name] = PropertyValue.FromNumber(number);
        }

        return new Entity
        {
            Key = dto.Key,
            Kind = Enum.Parse<EntityKind>(dto.Kind),
            Name = dto.Name,
            Aliases = dto.Aliases ?? [],
            Description = dto.Description,
            SourceKeys = dto.SourceKeys ?? [],
            Citations = FromDto(dto.Citations),
            Properties = properties,
            Version = dto.Version,
        };
    }

    private static RelationshipDto ToDto(Relationship relationship) => new()
    {
        Key = relationship.Key,
        Type = relationship.Type,
        FromKey = relationship.FromKey,
        ToKey = relationship.ToKey,
        Role = relationship.Role,
        SinceYear = relationship.SinceYear,
        UntilYear = relationship.UntilYear,
        Amount = relationship.Amount,
        Currency = relationship.Currency,
        Note = relationship.Note,
        Confidence = relationship.Confidence == Confidence.Confirmed ? null : relationship.Confidence.ToString(),
        SourceKeys = relationship.SourceKeys.Count == 0 ? null : [.. relationship.SourceKeys],
        Citations = ToDto(relationship.Citations),
    };

    private static Relationship FromDto(RelationshipDto dto) => new()
    {
        Key = dto.Key,
        Type = dto.Type,
        FromKey = dto.FromKey,
        ToKey = dto.ToKey,
        Role = dto.Role,
        SinceYear = dto.SinceYear,
        UntilYear = dto.UntilYear,
        Amount = dto.Amount,
        Currency = dto.Currency,
        Note = dto.Note,
        Confidence = dto.Confidence is null ? Confidence.Confirmed : Enum.Parse<Confidence>(dto.Confidence),
        SourceKeys = dto.SourceKeys ?? [],
        Citations = FromDto(dto.Citations),
    };

    private static CitationDto[]? ToDto(IReadOnlyList<Citation> citations) =>
        citations.Count == 0
            ? null
            : [.. citations.Select(c => new CitationDto { Source = c.SourceKey, Quote = c.Quote, Locator = c.Locator, About = c.About })];

    private static IReadOnlyList<Citation> FromDto(CitationDto[]? citations) =>
        citations is null
            ? []
            : [.. citations.Select(c => new Citation { SourceKey = c.Source, Quote = c.Quote, Locator = c.Locator, About = c.About })];

    /// <summary>Assigns each distinct item (by key) an index, in first-seen order.</summary>
    private sealed class Table<T>(Func<T, string> keyOf)
    {
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

        public List<T> Items { get; } = [];

        public int IndexOf(T item)
        {
            var key = keyOf(item);
            if (!_indexes.TryGetValue(key, out var index))
            {
                index = Items.Count;
                _indexes[key] = index;
                Items.Add(item);
            }

            return index;
        }
    }
}
