using System.Reflection;
using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.GraphQL.Entities;

/// <summary>
/// Which graph type stands for each kind of the registry (<see cref="EntityKinds"/>), and the name of the kind's root
/// connection field: found once among this assembly's <see cref="IEntityGraphType"/> classes, so no list of kinds is
/// kept here. A kind without a type, or two types for one kind or one connection field, fails the schema's construction
/// naming them.
/// </summary>
public static class KindGraphTypes
{
    private static readonly IReadOnlyDictionary<EntityKind, KindGraphType> ByKind = Discover();

    /// <summary>The kinds' graph types in the order of the kinds, as the schema lists them.</summary>
    public static IReadOnlyList<Type> All { get; } = [.. ByKind.OrderBy(pair => pair.Key).Select(pair => pair.Value.GraphType)];

    public static Type GraphTypeOf(EntityKind kind) => ByKind[kind].GraphType;

    /// <summary>The graph type of a set of neighbour kinds: the kind's own type for one kind, the Entity interface otherwise.</summary>
    public static Type GraphTypeOf(IReadOnlyCollection<EntityKind> kinds) =>
        kinds.Count == 1 ? GraphTypeOf(kinds.First()) : typeof(EntityInterface);

    public static string ConnectionFieldOf(EntityKind kind) => ByKind[kind].ConnectionField;

    /// <summary>The GraphQL type name of a kind (also the prefix of its global ids).</summary>
    public static string TypeNameOf(EntityKind kind) => kind.ToString();

    private static Dictionary<EntityKind, KindGraphType> Discover()
    {
        var found = typeof(KindGraphTypes).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IEntityGraphType).IsAssignableFrom(type))
            .Select(type => (Type: type, Kind: (EntityKind?)Static(type, nameof(IEntityGraphType.Kind)), Field: (string?)Static(type, nameof(IEntityGraphType.ConnectionField))))
            .Where(found => found.Kind is not null)
            .ToList();

        var problems = new List<string>();
        foreach (var kind in EntityKinds.All.Select(definition => definition.Kind))
        {
            var types = found.Where(f => f.Kind == kind).ToList();
            if (types.Count != 1)
            {
                problems.Add(types.Count == 0
                    ? $"the kind {kind} has no graph type (a class implementing {nameof(IEntityGraphType)} with Kind => EntityKind.{kind})"
                    : $"the kind {kind} has {types.Count} graph types ({string.Join(", ", types.Select(t => t.Type.Name))})");
            }
        }

        foreach (var clash in found.GroupBy(f => f.Field ?? string.Empty, StringComparer.Ordinal).Where(g => g.Key.Length == 0 || g.Count() > 1))
        {
            problems.Add($"the connection field '{clash.Key}' is named by {string.Join(", ", clash.Select(f => f.Type.Name))}");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The entity kinds and their graph types do not match: " + string.Join("; ", problems) + ".");
        }

        return found.ToDictionary(f => f.Kind!.Value, f => new KindGraphType(f.Type, f.Field!));
    }

    private static object? Static(Type type, string property) =>
        type.GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);

    private sealed record KindGraphType(Type GraphType, string ConnectionField);
}
