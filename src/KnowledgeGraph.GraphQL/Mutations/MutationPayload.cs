namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>
/// What a mutation answers: the changed object (an entity, relationship, source, deletion or upsert summary) or the
/// user errors that stopped it. Hot Chocolate's convention: <see cref="Errors"/> is null on success.
/// </summary>
public sealed record MutationPayload(object? Value, IReadOnlyList<UserError>? Errors)
{
    public static MutationPayload Success(object? value) => new(value, null);

    public static MutationPayload Failure(IReadOnlyList<UserError> errors) => new(null, errors);

    public static MutationPayload Failure(UserError error) => new(null, [error]);
}
