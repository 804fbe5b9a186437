using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Mutations;
using KnowledgeGraph.GraphQL.Relationships;
using KnowledgeGraph.GraphQL.Schema;

namespace KnowledgeGraph.GraphQL.Sources;

/// <summary>
/// <c>attachSource</c> and <c>detachSource</c>: add a citation to, or remove one from, an entity (version-checked) or a
/// relationship. Detaching the last source is refused: every fact keeps at least one.
/// </summary>
public sealed class SourceAttachmentMutations(GraphWriter writer) : IMutationFieldContributor
{
    public void AddFields(ObjectGraphType mutation)
    {
        Add(mutation, "attachSource", "AttachSourceInput", attach: true,
            "Adds a source to what an entity or relationship cites (nothing changes when it already cites it).");
        Add(mutation, "detachSource", "DetachSourceInput", attach: false,
            "Removes a source from what an entity or relationship cites; refused for its last source (SOURCE_REQUIRED).");
    }

    private void Add(ObjectGraphType mutation, string name, string inputName, bool attach, string description)
    {
        var input = new InputObjectGraphType
        {
            Name = inputName,
            Description = "The citing fact — an entity (entityId with expectedVersion) or a relationship (relationshipId or relationshipKey), exactly one — and the source.",
        };
        input.Field<IdGraphType>("entityId").Description("Global id of the citing entity.");
        input.Field<LongGraphType>("expectedVersion").Description("With entityId: the version the change was made from.");
        input.Field<IdGraphType>("relationshipId").Description("Global id of the citing relationship.");
        input.Field<StringGraphType>("relationshipKey").Description("Key of the citing relationship.");
        input.Field<NonNullGraphType<IdGraphType>>("sourceId").Description("Global id of the source.");
        input.Field<StringGraphType>("comment").Description("Why the change is made, recorded with it.");

        var payload = MutationPayloadTypes.Create(name, type =>
        {
            type.Field<EntityInterface>("entity")
                .Description("The entity as stored after the change, when the citing fact is an entity.")
                .Resolve(context => context.Source.Value as Entity);
            type.Field<RelationshipGraphType>("relationship")
                .Description("The relationship as stored after the change, when the citing fact is a relationship.")
                .Resolve(context => context.Source.Value as Relationship);
        }, typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(VersionConflictErrorType));

        mutation.Field(name, new NonNullGraphType(payload))
            .Description(description)
            .InputArgument(input)
            .ResolveAsync(async context => await ChangeAsync(context, attach));
    }

    private async Task<MutationPayload> ChangeAsync(IResolveFieldContext context, bool attach)
    {
        var fields = MutationInput.From(context.GetArgument<object>(MutationInputArgument.Name));
        var errors = new List<UserError>();
        var sourceKey = MutationIds.SourceKey(fields.String("sourceId"), InputPaths.Input("sourceId"), errors);
        var entityId = fields.String("entityId");
        RelationshipReference? relationship = null;
        if (CitingFields.Count(field => fields.String(field) is not null) != 1)
        {
            errors.Add(new InputError("Give exactly one of entityId (with expectedVersion), relationshipId and relationshipKey.", ValidationCodes.Required, [InputPaths.Root]));
        }
        else if (entityId is null)
        {
            relationship = RelationshipReference.Read(fields, "relationshipId", "relationshipKey", errors);
        }
        else if (fields.Long("expectedVersion") is null)
        {
            errors.Add(new InputError("An entity's citations change only from a known version: give expectedVersion.", ValidationCodes.Required,
                InputPaths.Input("expectedVersion")));
        }

        if (errors.Count > 0)
        {
            return MutationPayload.Failure(errors);
        }

        if (attach && await writer.Loaders(context).Sources.Load(sourceKey!).GetResultAsync(context.CancellationToken) is null)
        {
            return MutationPayload.Failure(new InputError($"No source has the key '{sourceKey}'.", ValidationCodes.UnknownSource, InputPaths.Input("sourceId")));
        }

        return entityId is not null
            ? await ChangeEntityAsync(context, fields, entityId, sourceKey!, attach)
            : await ChangeRelationshipAsync(context, fields, relationship!, sourceKey!, attach);
    }

    private async Task<MutationPayload> ChangeEntityAsync(IResolveFieldContext context, MutationInput fields, string id, string sourceKey, bool attach)
    {
        var errors = new List<UserError>();
        if (MutationIds.EntityKey(id, InputPaths.Input("entityId"), kind: null, errors) is not { } key)
        {
            return MutationPayload.Failure(errors);
        }

        var kind = MutationIds.EntityKind(id);
        var entity = await writer.Loaders(context).Entities.Load(key).Then(e => e?.Kind == kind ? e : null).GetResultAsync(context.CancellationToken);
        if (entity is null)
        {
            return MutationPayload.Failure(new NotFound($"No {kind} has the id '{id}' (key '{key}').", InputPaths.Input("entityId"), id));
        }

        var expected = fields.Long("expectedVersion")!.Value;
        if (entity.Version != expected)
        {
            return MutationPayload.Failure(new VersionConflict(
                $"'{key}' was expected at version {expected} but is at version {entity.Version}: someone else changed it; reload and retry.",
                InputPaths.Input("expectedVersion"), id, expected, entity.Version));
        }

        if (Citations(entity.SourceKeys, entity.Citations, sourceKey, attach, $"The {kind} '{key}'") is { } problem)
        {
            return MutationPayload.Failure(problem);
        }

        var changed = entity with { SourceKeys = Cite(entity.SourceKeys, sourceKey, attach) };
        var outcome = await writer.WriteAsync(context, fields, new GraphChangeSet { UpsertEntities = [new EntityUpsert(changed, expected)] }, Paths, concerns: AboutSources);
        return outcome.Succeeded
            ? MutationPayload.Success(await writer.Loaders(context).Entities.Load(key).GetResultAsync(context.CancellationToken))
            : MutationPayload.Failure(outcome.Errors!);
    }

    private async Task<MutationPayload> ChangeRelationshipAsync(
        IResolveFieldContext context, MutationInput fields, RelationshipReference reference, string sourceKey, bool attach)
    {
        var key = reference.Key;
        var relationship = await writer.Loaders(context).RelationshipsByKey.Load(key).GetResultAsync(context.CancellationToken);
        if (relationship is null)
        {
            return MutationPayload.Failure(reference.NotFound());
        }

        if (Citations(relationship.SourceKeys, relationship.Citations, sourceKey, attach, $"The relationship '{key}'") is { } problem)
        {
            return MutationPayload.Failure(problem);
        }

        var changed = relationship with { SourceKeys = Cite(relationship.SourceKeys, sourceKey, attach) };
        var outcome = await writer.WriteAsync(context, fields, new GraphChangeSet { UpsertRelationships = [changed] }, Paths, concerns: AboutSources);
        return outcome.Succeeded
            ? MutationPayload.Success(await writer.Loaders(context).RelationshipsByKey.Load(key).GetResultAsync(context.CancellationToken))
            : MutationPayload.Failure(outcome.Errors!);
    }

    /// <summary>
    /// Problems with a detach the validator would not word as well: the source is not cited, it is the last one, or
    /// citations still quote it (detaching must not drop them unseen).
    /// </summary>
    private static InputError? Citations(
        IReadOnlyList<string> cited, IReadOnlyList<Domain.Sources.Citation> citations, string sourceKey, bool attach, string subject)
    {
        if (attach)
        {
            return null;
        }

        if (!cited.Contains(sourceKey, StringComparer.Ordinal))
        {
            return new InputError($"{subject} does not cite the source '{sourceKey}'.", ValidationCodes.UnknownSource, InputPaths.Input("sourceId"));
        }

        var quoting = citations.Count(c => c.SourceKey == sourceKey);
        if (quoting > 0)
        {
            return new InputError(
                $"{subject} has {quoting} citation(s) of the source '{sourceKey}': remove them with an update of its citations first.",
                ValidationCodes.CitationSourceNotListed, InputPaths.Input("sourceId"));
        }

        return cited.Count == 1
            ? new InputError($"{subject} cites only the source '{sourceKey}', and every fact keeps at least one source: attach another first.",
                ValidationCodes.SourceRequired, InputPaths.Input("sourceId"))
            : null;
    }

    private static IReadOnlyList<string> Cite(IReadOnlyList<string> cited, string sourceKey, bool attach) => attach
        ? cited.Contains(sourceKey, StringComparer.Ordinal) ? cited : [.. cited, sourceKey]
        : cited.Where(k => k != sourceKey).ToList();

    private static bool AboutSources(Domain.Errors.ValidationError error) => error.Path.Contains(".sources", StringComparison.Ordinal);

    private static readonly string[] CitingFields = ["entityId", "relationshipId", "relationshipKey"];

    private static InputPaths Paths { get; } = new((_, _) => [InputPaths.Root], sourcesField: "sourceId");
}
