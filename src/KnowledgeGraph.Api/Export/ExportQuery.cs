using System.Globalization;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Exchange;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Traversal;

namespace KnowledgeGraph.Api.Export;

/// <summary>
/// Reads the query string of an export URL with the rules of the GraphQL traversal fields (<see cref="TraversalArguments"/>,
/// same codes and limits): an entity is named by its global id or its key, lists repeat the parameter or separate
/// values by commas, enum values are the GraphQL names (<c>OUT IN BOTH</c>, <c>SHORTEST ALL_SHORTEST ALL</c>, kinds).
/// Problems throw <see cref="ValidationException"/> or <see cref="LimitExceededException"/>.
/// </summary>
internal sealed class ExportQuery(IQueryCollection query)
{
    public ExportFormat Format()
    {
        var name = Single("format") ?? "json";
        return ExportFormats.TryParse(name, out var format)
            ? format
            : throw new ValidationException("format", TraversalArguments.InvalidValue,
                $"'{name}' is not an export format; use {string.Join(", ", ExportFormats.Names)}.");
    }

    /// <summary>The entity a parameter names, read from the store: NOT_FOUND when absent or of another kind than its id says.</summary>
    public async Task<Entity> EntityAsync(string parameter, IGraphStore store, CancellationToken cancellationToken)
    {
        var value = Single(parameter) ?? throw new ValidationException(parameter, ValidationCodes.Required,
            $"{parameter} is required: the entity's global id (as GraphQL returns it) or its key.");
        return (await TraversalArguments.ResolveEntitiesAsync(store, [EntityReference.Parse(value, parameter)], cancellationToken))[0];
    }

    public int Bounded(string parameter, int defaultValue, int minimum, int maximum)
    {
        var text = Single(parameter);
        if (text is null)
        {
            return TraversalArguments.Bounded(defaultValue, parameter, minimum, maximum);
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? TraversalArguments.Bounded(value, parameter, minimum, maximum)
            : throw new ValidationException(parameter, TraversalArguments.InvalidValue, $"{parameter} must be a whole number; '{text}' was given.");
    }

    public IReadOnlySet<string>? RelationshipTypes() =>
        TraversalArguments.RelationshipTypes(List("relationshipTypes"), "relationshipTypes");

    public IReadOnlySet<EntityKind>? Kinds()
    {
        if (List("kinds") is not { } names)
        {
            return null;
        }

        var kinds = new HashSet<EntityKind>();
        foreach (var name in names)
        {
            var kind = Enum.GetValues<EntityKind>().FirstOrDefault(k => EntityKindNames.ConstantName(k) == name || k.ToString() == name, (EntityKind)(-1));
            if (!Enum.IsDefined(kind))
            {
                throw new ValidationException("kinds", TraversalArguments.InvalidValue,
                    $"'{name}' is not an entity kind; use {string.Join(", ", Enum.GetValues<EntityKind>().Select(EntityKindNames.ConstantName))}.");
            }

            kinds.Add(kind);
        }

        return kinds;
    }

    public RelationshipDirection Direction() => Single("direction") switch
    {
        null or "BOTH" => RelationshipDirection.Both,
        "OUT" => RelationshipDirection.Outgoing,
        "IN" => RelationshipDirection.Incoming,
        var other => throw new ValidationException("direction", TraversalArguments.InvalidValue, $"'{other}' is not a direction; use OUT, IN or BOTH."),
    };

    public PathMode Mode() => Single("mode") switch
    {
        null => PathMode.Shortest,
        var name when PathModeType.Parse(name) is { } mode => mode,
        var other => throw new ValidationException("mode", TraversalArguments.InvalidValue,
            $"'{other}' is not a path mode; use {string.Join(", ", PathModeType.Modes.Select(m => m.Name))}."),
    };

    private string? Single(string parameter)
    {
        var values = query[parameter];
        if (values.Count > 1)
        {
            throw new ValidationException(parameter, TraversalArguments.InvalidValue, $"{parameter} may be given once.");
        }

        return string.IsNullOrWhiteSpace(values.ToString()) ? null : values.ToString().Trim();
    }

    private List<string>? List(string parameter)
    {
        var values = query[parameter];
        if (values.Count == 0)
        {
            return null;
        }

        return values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
    }
}
