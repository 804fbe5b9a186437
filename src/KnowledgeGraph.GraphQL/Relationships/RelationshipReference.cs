using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.GraphQL.Mutations;

namespace KnowledgeGraph.GraphQL.Relationships;

/// <summary>
/// An existing relationship as a mutation input names it: by global id (<c>relationshipId</c>) or by key, exactly one.
/// <see cref="Field"/> is the input field that named it, where a NOT_FOUND is reported; <see cref="Id"/> is the global id
/// given, null when it was named by key.
/// </summary>
public sealed record RelationshipReference(string Key, string Field, string? Id)
{
    public IReadOnlyList<string> Path => InputPaths.Input(Field);

    /// <summary>
    /// The relationship <paramref name="input"/> names through <paramref name="idField"/> or <paramref name="keyField"/>;
    /// null, with the reason in <paramref name="errors"/>, when it gives both, neither or an id that is not a relationship's.
    /// </summary>
    public static RelationshipReference? Read(MutationInput input, string idField, string keyField, ICollection<UserError> errors)
    {
        var id = input.String(idField);
        var key = input.String(keyField);
        if ((id is null) == (key is null))
        {
            errors.Add(new InputError($"Name the relationship by exactly one of {idField} and {keyField}.", ValidationCodes.Required, [InputPaths.Root]));
            return null;
        }

        if (key is not null)
        {
            return new RelationshipReference(key, keyField, Id: null);
        }

        return MutationIds.RelationshipKey(id, InputPaths.Input(idField), errors) is { } decoded ? new RelationshipReference(decoded, idField, id) : null;
    }

    public NotFound NotFound() => Id is null
        ? new NotFound($"No relationship has the key '{Key}'.", Path, Key)
        : new NotFound($"No relationship has the id '{Id}' (key '{Key}').", Path, Id);
}
