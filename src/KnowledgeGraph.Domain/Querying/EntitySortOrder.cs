using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// The order every store applies to an <see cref="EntityQuery"/>: its sort fields (by name when it names none), each
/// with entities lacking the field last in either direction, then the key ascending as the final tie-breaker.
/// </summary>
public sealed class EntitySortOrder : IComparer<SortPosition>
{
    private static readonly IReadOnlyList<SortField> ByName = [new SortField(EntityFields.Name)];

    public EntitySortOrder(IReadOnlyList<SortField> order) => Fields = order.Count == 0 ? ByName : order;

    /// <summary>The sort fields in effect, most significant first; the key follows them all.</summary>
    public IReadOnlyList<SortField> Fields { get; }

    public SortPosition PositionOf(Entity entity) =>
        new(Fields.Select(field => ValueOf(entity, field.Field)).ToList(), entity.Key);

    public int Compare(SortPosition? x, SortPosition? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : 1) : -1;
        }

        for (var i = 0; i < Fields.Count; i++)
        {
            var (a, b) = (x.Values[i], y.Values[i]);
            if (a is null || b is null)
            {
                // A missing value sorts after every present one, whatever the direction.
                if (a is null && b is null)
                {
                    continue;
                }

                return a is null ? 1 : -1;
            }

            var comparison = CompareValues(a.Value, b.Value);
            if (comparison != 0)
            {
                return Fields[i].Direction == SortDirection.Desc ? -comparison : comparison;
            }
        }

        return Math.Sign(string.CompareOrdinal(x.Key, y.Key));
    }

    /// <summary>A field's value as stores sort it: text by its collation key (the key itself as it is), numbers as they are.</summary>
    public static PropertyValue? ValueOf(Entity entity, string field)
    {
        var value = field switch
        {
            EntityFields.Key => PropertyValue.FromText(entity.Key),
            EntityFields.Name => PropertyValue.FromText(entity.Name),
            EntityFields.Description => entity.Description is null ? null : PropertyValue.FromText(entity.Description),
            _ => entity.Property(field),
        };
        return value is { Type: PropertyType.Text } text && field != EntityFields.Key ? PropertyValue.FromText(Collation.Key(text.Text!)) : value;
    }

    private static int CompareValues(PropertyValue a, PropertyValue b) =>
        a.Type == PropertyType.Text && b.Type == PropertyType.Text
            ? Math.Sign(string.CompareOrdinal(a.Text, b.Text))
            : a.AsDouble().CompareTo(b.AsDouble());
}
