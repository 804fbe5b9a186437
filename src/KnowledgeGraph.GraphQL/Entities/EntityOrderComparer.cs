using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Entities;

/// <summary>Orders entities by a list of <see cref="SortField"/>s the way stores do: missing values last in either direction, ties by key.</summary>
public sealed class EntityOrderComparer(IReadOnlyList<SortField> order) : IComparer<Entity>
{
    public int Compare(Entity? x, Entity? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : 1) : -1;
        }

        foreach (var field in order)
        {
            var a = ValueOf(x, field.Field);
            var b = ValueOf(y, field.Field);
            if (a is null || b is null)
            {
                if (a is null && b is null)
                {
                    continue;
                }

                return a is null ? 1 : -1;
            }

            var comparison = a.Value.Type == PropertyType.Text && b.Value.Type == PropertyType.Text
                ? string.CompareOrdinal(a.Value.Text, b.Value.Text)
                : a.Value.AsDouble().CompareTo(b.Value.AsDouble());
            if (comparison != 0)
            {
                return field.Direction == SortDirection.Desc ? -comparison : comparison;
            }
        }

        return string.CompareOrdinal(x.Key, y.Key);
    }

    private static PropertyValue? ValueOf(Entity entity, string field) => field switch
    {
        EntityFields.Key => PropertyValue.FromText(entity.Key),
        EntityFields.Name => PropertyValue.FromText(entity.Name),
        EntityFields.Description => entity.Description is null ? null : PropertyValue.FromText(entity.Description),
        _ => entity.Property(field),
    };
}
