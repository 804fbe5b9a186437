using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.GraphQL.Mutations;

namespace KnowledgeGraph.GraphQL.Entities;

/// <summary>
/// The fields of an entity's input types, generated from the kind's <see cref="EntityKindDefinition"/> like its output
/// type: name, aliases, description and one field per declared property (Text → String, Integer → Int, Number → Float),
/// and the reading of those fields back into an <see cref="Entity"/>.
/// </summary>
public static class EntityInputFields
{
    /// <param name="type">The input type to add the fields to.</param>
    /// <param name="kind">Whose properties to add.</param>
    /// <param name="partial">True for updates: every field optional, left out = unchanged, null = cleared.</param>
    public static void Add(InputObjectGraphType type, EntityKind kind, bool partial)
    {
        if (partial)
        {
            type.Field<StringGraphType>("name").Description("New name in English; cannot be cleared.");
        }
        else
        {
            type.Field<NonNullGraphType<StringGraphType>>("name").Description("Name in English.");
        }

        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("aliases")
            .Description("Other names: abbreviations, transliterations, Kazakh, Russian or Chinese names." + (partial ? " Replaces the list; null clears it." : string.Empty));
        type.Field<StringGraphType>("description").Description("A short description." + (partial ? " Null clears it." : string.Empty));
        foreach (var property in EntityKinds.Get(kind).Properties)
        {
            var description = property.AllowedValues is { Count: > 0 } allowed
                ? $"{property.Description} One of: {string.Join(", ", allowed)}."
                : property.Description;
            if (partial)
            {
                description += " Null clears it.";
            }

            var graphType = property.Type switch
            {
                PropertyType.Integer => typeof(IntGraphType),
                PropertyType.Number => typeof(FloatGraphType),
                _ => typeof(StringGraphType),
            };
            type.Field(property.Name, graphType).Description(description);
        }
    }

    /// <summary>The entity <paramref name="input"/> describes, or <paramref name="current"/> with the fields the input gives changed.</summary>
    /// <param name="citations">The citations the input gives; null keeps <paramref name="current"/>'s.</param>
    public static Entity Read(
        MutationInput input, EntityKind kind, string key, IReadOnlyList<string> sourceKeys, IReadOnlyList<Citation>? citations, Entity? current = null)
    {
        var properties = current is null
            ? new Dictionary<string, PropertyValue>(StringComparer.Ordinal)
            : new Dictionary<string, PropertyValue>(current.Properties, StringComparer.Ordinal);
        foreach (var property in EntityKinds.Get(kind).Properties.Where(p => input.Has(p.Name)))
        {
            if (Value(input, property) is { } value)
            {
                properties[property.Name] = value;
            }
            else
            {
                properties.Remove(property.Name);
            }
        }

        return new Entity
        {
            Key = key,
            Kind = kind,
            Name = input.Has("name") ? input.String("name") ?? string.Empty : current?.Name ?? string.Empty,
            Aliases = input.Has("aliases") ? input.Strings("aliases") ?? [] : current?.Aliases ?? [],
            Description = input.Has("description") ? input.String("description") : current?.Description,
            SourceKeys = sourceKeys,
            Citations = citations ?? current?.Citations ?? [],
            Properties = properties,
        };
    }

    private static PropertyValue? Value(MutationInput input, PropertyDefinition property) => property.Type switch
    {
        _ when input.Raw(property.Name) is null => null,
        PropertyType.Integer => PropertyValue.FromInteger(input.Long(property.Name)!.Value),
        PropertyType.Number => PropertyValue.FromNumber(input.Double(property.Name)!.Value),
        _ => PropertyValue.FromText(input.String(property.Name)!),
    };
}
