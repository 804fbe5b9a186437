using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.GraphQL.Mutations;
using KnowledgeGraph.GraphQL.Schema;
using KnowledgeGraph.GraphQL.Sources;

namespace KnowledgeGraph.GraphQL.Entities;

/// <summary>
/// <c>createXxx</c>, <c>updateXxx</c> and <c>deleteXxx</c> for every kind in <see cref="EntityKinds"/> (createProject,
/// updateRegion, deleteTrainingProgram…), generated from the registry so that each kind's inputs carry exactly its own
/// typed properties. Updates and deletes name the version they were made from (optimistic concurrency).
/// </summary>
public sealed class EntityMutations(GraphWriter writer) : IMutationFieldContributor
{
    public void AddFields(ObjectGraphType mutation)
    {
        foreach (var definition in EntityKinds.All.OrderBy(d => d.Kind))
        {
            AddCreate(mutation, definition.Kind);
            AddUpdate(mutation, definition.Kind);
            AddDelete(mutation, definition.Kind);
        }
    }

    private static string TypeName(EntityKind kind) => KindGraphTypes.TypeNameOf(kind);

    private static string Article(EntityKind kind) => "AEIOU".Contains(TypeName(kind)[0], StringComparison.Ordinal) ? "an" : "a";

    private static string FieldName(EntityKind kind) => char.ToLowerInvariant(TypeName(kind)[0]) + TypeName(kind)[1..];

    private static ObjectGraphType<MutationPayload> EntityPayload(string mutationName, EntityKind kind, params Type[] errorTypes) =>
        MutationPayloadTypes.Create(mutationName, payload => payload.Field(FieldName(kind), KindGraphTypes.GraphTypeOf(kind))
            .Description($"The {TypeName(kind)} as stored after the change; null when nothing was changed.")
            .Resolve(context => context.Source.Value), errorTypes);

    private void AddCreate(ObjectGraphType mutation, EntityKind kind)
    {
        var name = "create" + TypeName(kind);
        var input = new InputObjectGraphType { Name = $"Create{TypeName(kind)}Input", Description = $"A new {TypeName(kind)}." };
        input.Field<StringGraphType>("key").Description(
            "Natural key (a lower-case slug, unique across all kinds); derived from the name when left out. Fails with DUPLICATE_KEY when taken.");
        EntityInputFields.Add(input, kind, partial: false);
        input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("sourceIds")
            .Description("Global ids of the sources backing the entity: at least one.");
        CitationInputFields.Add<CitationInputType>(input, partial: false);
        input.Field<StringGraphType>("comment").Description("Why the change is made, recorded with it.");

        mutation.Field(name, new NonNullGraphType(EntityPayload(name, kind, typeof(ValidationErrorType))))
            .Description($"Creates {Article(kind)} {TypeName(kind)}. {EntityKinds.Get(kind).Description}")
            .InputArgument(input)
            .ResolveAsync(async context =>
            {
                var fields = MutationInput.From(context.GetArgument<object>(MutationInputArgument.Name));
                var errors = new List<UserError>();
                var sourceKeys = MutationIds.SourceKeys(fields.Strings("sourceIds") ?? [], InputPaths.Input("sourceIds"), errors);
                var citations = CitationInputFields.Read(fields, byId: true, errors);
                var key = fields.String("key") ?? KeyDerivation.Slugify(fields.String("name"), ValidationLimits.EntityKeyMaxLength);
                if (key.Length == 0)
                {
                    errors.Add(new InputError(
                        $"No key can be derived from the name '{fields.String("name")}' (it has no letters a–z or digits); give a key.",
                        ValidationCodes.Required, InputPaths.Input("key")));
                }

                if (errors.Count > 0)
                {
                    return MutationPayload.Failure(errors);
                }

                var entity = EntityInputFields.Read(fields, kind, key, sourceKeys, citations);
                var changes = new GraphChangeSet { UpsertEntities = [new EntityUpsert(entity, ExpectedVersion: 0)] };
                return await CompleteAsync(context, fields, changes, key);
            });
    }

    private void AddUpdate(ObjectGraphType mutation, EntityKind kind)
    {
        var name = "update" + TypeName(kind);
        var input = new InputObjectGraphType
        {
            Name = $"Update{TypeName(kind)}Input",
            Description = $"Changes to a {TypeName(kind)}: fields left out stay as they are, fields set to null are cleared.",
        };
        input.Field<NonNullGraphType<IdGraphType>>("id").Description($"Global id of the {TypeName(kind)}.");
        input.Field<NonNullGraphType<LongGraphType>>("expectedVersion")
            .Description("The version the change was made from (its `version` when read); another version fails with a VersionConflictError.");
        EntityInputFields.Add(input, kind, partial: true);
        input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("sourceIds")
            .Description("Replaces the cited sources (at least one); see also attachSource and detachSource.");
        CitationInputFields.Add<CitationInputType>(input, partial: true);
        input.Field<StringGraphType>("comment").Description("Why the change is made, recorded with it.");

        mutation.Field(name, new NonNullGraphType(EntityPayload(name, kind, typeof(ValidationErrorType), typeof(VersionConflictErrorType), typeof(NotFoundErrorType))))
            .Description($"Changes fields of {Article(kind)} {TypeName(kind)} that is still at expectedVersion.")
            .InputArgument(input)
            .ResolveAsync(async context =>
            {
                var fields = MutationInput.From(context.GetArgument<object>(MutationInputArgument.Name));
                var errors = new List<UserError>();
                var found = await FindAsync(context, fields, kind, errors);
                var sourceKeys = fields.Has("sourceIds")
                    ? MutationIds.SourceKeys(fields.Strings("sourceIds") ?? [], InputPaths.Input("sourceIds"), errors)
                    : found?.SourceKeys;
                var citations = CitationInputFields.Read(fields, byId: true, errors);
                if (errors.Count > 0)
                {
                    return MutationPayload.Failure(errors);
                }

                var entity = EntityInputFields.Read(fields, kind, found!.Key, sourceKeys!, citations, found);
                var changes = new GraphChangeSet { UpsertEntities = [new EntityUpsert(entity, found.Version)] };
                return await CompleteAsync(context, fields, changes, found.Key);
            });
    }

    private void AddDelete(ObjectGraphType mutation, EntityKind kind)
    {
        var name = "delete" + TypeName(kind);
        var input = new InputObjectGraphType { Name = $"Delete{TypeName(kind)}Input", Description = $"The {TypeName(kind)} to delete." };
        input.Field<NonNullGraphType<IdGraphType>>("id").Description($"Global id of the {TypeName(kind)}.");
        input.Field<NonNullGraphType<LongGraphType>>("expectedVersion")
            .Description("The version the decision was made from; another version fails with a VersionConflictError.");
        input.Field<StringGraphType>("comment").Description("Why the entity is deleted, recorded with the change.");

        var payload = MutationPayloadTypes.Create(name, type =>
        {
            type.Field<IdGraphType>("deletedId")
                .Description("Global id of the deleted entity; null when nothing was deleted.")
                .Resolve(context => (context.Source.Value as DeletedRecord)?.Id);
            type.Field<IntGraphType>("relationshipsDeleted")
                .Description("How many relationships of the entity were deleted with it.")
                .Resolve(context => (context.Source.Value as DeletedRecord)?.RelationshipsDeleted);
        }, typeof(ValidationErrorType), typeof(VersionConflictErrorType), typeof(NotFoundErrorType));

        mutation.Field(name, new NonNullGraphType(payload))
            .Description($"Deletes {Article(kind)} {TypeName(kind)} that is still at expectedVersion, with every relationship it has.")
            .InputArgument(input)
            .ResolveAsync(async context =>
            {
                var fields = MutationInput.From(context.GetArgument<object>(MutationInputArgument.Name));
                var errors = new List<UserError>();
                var found = await FindAsync(context, fields, kind, errors);
                if (errors.Count > 0)
                {
                    return MutationPayload.Failure(errors);
                }

                // Deletes carry no version of their own: re-stating the entity unchanged with its expected version
                // makes the store check it in the same transaction (an unchanged upsert writes nothing).
                var changes = new GraphChangeSet { UpsertEntities = [new EntityUpsert(found!, found!.Version)], DeleteEntityKeys = [found.Key] };
                var outcome = await writer.WriteAsync(context, fields, changes, InputPaths.SingleRecord(), validate: false);
                return outcome.Succeeded
                    ? MutationPayload.Success(new DeletedRecord(MutationIds.Entity(found), outcome.Result!.RelationshipsDeleted))
                    : MutationPayload.Failure(outcome.Errors!);
            });
    }

    /// <summary>The entity <c>input.id</c> names, if it exists and is still at <c>input.expectedVersion</c>; otherwise the reason is added to <paramref name="errors"/>.</summary>
    private async Task<Entity?> FindAsync(IResolveFieldContext context, MutationInput fields, EntityKind kind, List<UserError> errors)
    {
        var id = fields.String("id");
        if (MutationIds.EntityKey(id, InputPaths.Input("id"), kind, errors) is not { } key)
        {
            return null;
        }

        var entity = await writer.Loaders(context).Entities.Load(key).Then(e => e?.Kind == kind ? e : null).GetResultAsync(context.CancellationToken);
        var expected = fields.Long("expectedVersion") ?? 0;
        if (entity is null)
        {
            errors.Add(new NotFound($"No {TypeName(kind)} has the id '{id}' (key '{key}').", InputPaths.Input("id"), id!));
            return null;
        }

        if (entity.Version != expected)
        {
            errors.Add(new VersionConflict(
                $"'{key}' was expected at version {expected} but is at version {entity.Version}: someone else changed it; reload and retry.",
                InputPaths.Input("expectedVersion"), id!, expected, entity.Version));
            return null;
        }

        return entity;
    }

    private async Task<MutationPayload> CompleteAsync(IResolveFieldContext context, MutationInput fields, GraphChangeSet changes, string key)
    {
        var outcome = await writer.WriteAsync(context, fields, changes, InputPaths.SingleRecord());
        if (!outcome.Succeeded)
        {
            return MutationPayload.Failure(outcome.Errors!);
        }

        return MutationPayload.Success(await writer.Loaders(context).Entities.Load(key).GetResultAsync(context.CancellationToken));
    }
}
