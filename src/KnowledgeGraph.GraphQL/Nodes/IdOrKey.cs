using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Relationships;
using KnowledgeGraph.GraphQL.Sources;

namespace KnowledgeGraph.GraphQL.Nodes;

/// <summary>
/// Reads an argument that takes either a global id or a natural key, so that people can type the key they read
/// (<c>altynkol-khorgos-railway-crossing</c>) where tools pass ids. The two cannot be confused for a known type: a key
/// is lower-case, while the base64 of <c>"TypeName:…"</c> starts with an upper-case letter.
/// </summary>
public static class IdOrKey
{
    public const string InvalidId = ErrorCodes.InvalidId;

    /// <summary>How the argument descriptions and error messages name the two accepted forms.</summary>
    public const string BothForms = "a global id (base64 of \"TypeName:key\") or a key (e.g. \"altynkol-khorgos-railway-crossing\")";

    /// <summary>
    /// The type name and key <paramref name="value"/> names; the type name is null when a bare key was given.
    /// INVALID_ID (naming the value and both forms) when it is neither.
    /// </summary>
    public static (string? TypeName, string Key) Parse(string? value, string argument)
    {
        var decoded = GlobalId.TryDecode(value, out var typeName, out var key);
        var keyShaped = KeyFormat.IsValid(value, ValidationLimits.RelationshipKeyMaxLength);
        if (decoded && (IsNodeType(typeName!) || !keyShaped))
        {
            return (typeName, key!);
        }

        if (keyShaped)
        {
            return (null, value!);
        }

        throw new ValidationException(argument, InvalidId, $"'{value}' is neither {BothForms}; {argument} accepts both.");
    }

    /// <summary>NOT_FOUND for a bare key that names nothing, saying what was looked for and that an id would do too.</summary>
    public static EntityNotFoundException KeyNotFound(string key, string argument, string what = "entity") =>
        new(key, what, $"{argument} takes {BothForms}.");

    private static bool IsNodeType(string typeName) =>
        EntityKinds.TryParse(typeName, out _) || typeName == SourceType.GraphTypeName || typeName == RelationshipGraphType.GraphTypeName;
}
