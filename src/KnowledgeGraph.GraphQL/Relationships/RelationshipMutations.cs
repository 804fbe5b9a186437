using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.GraphQL.Batching;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Mutations;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Schema;
using KnowledgeGraph.GraphQL.Sources;

namespace KnowledgeGraph.GraphQL.Relationships;

/// <summary>
/// <c>linkEntities</c>, <c>updateRelationship</c> and <c>unlinkEntities</c>. Relationships have no version in the
/// model, so concurrent edits of one relationship are last-writer-wins; each mutation still reads, checks and writes
/// the relationship as one whole record, and a link never silently replaces an existing relationship.
/// </summary>
public sealed class RelationshipMutations(GraphWriter writer) : IMutationFieldContributor
{
    public void AddFields(ObjectGraphType mutation)
    {
        AddLink(mutation);
        AddUpdate(mutation);
        AddUnlink(mutation);
    }

    private static ObjectGraphType<MutationPayload> RelationshipPayload(string mutationName, params Type[] errorTypes) =>
        MutationPayloadTypes.Create(mutationName, payload => payload.Field<RelationshipGraphType>("relationship")
            .Description("The relationship as stored after the change; null when nothing was changed.")
            .Resolve(context => context.Source.Value as Relationship), errorTypes);

    private void AddLink(ObjectGraphType mutation)
    {
        var input = new InputObjectGraphType { Name = "LinkEntitiesInput", Description = "A new relationship between two entities." };
        input.Field<NonNullGraphType<StringGraphType>>("type")
            .Description("The relationship type, e.g. OPERATED_BY; it must allow the kinds at both ends (see relationshipTypes).");
        input.Field<NonNullGraphType<IdGraphType>>("fromId").Description("Global id of the entity at the start.");
        input.Field<NonNullGraphType<IdGraphType>>("toId").Description("Global id of the entity at the end.");
        input.Field<StringGraphType>("key").Description(
            "Natural key; derived from the ends, type and role when left out (<from>-<type>-<to>[-<role>], as in the seed files). Fails with DUPLICATE_KEY when taken.");
        RelationshipInputFields.Add(input, partial: false);
        input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("sourceIds")
            .Description("Global ids of the sources backing the relationship: at least one.");
        CitationInputFields.Add<CitationInputType>(input, partial: false);
        input.Field<StringGraphType>("comment").Description("Why the change is made, recorded with it.");

        mutation.Field("linkEntities", new NonNullGraphType(RelationshipPayload("linkEntities", typeof(ValidationErrorType))))
            .Description("Creates a relationship between two entities, checked against the relationship-type registry.")
            .InputArgument(input)
            .ResolveAsync(async context =>
            {
                var fields = MutationInput.From(context.GetArgument<object>(MutationInputArgument.Name));
                var errors = new List<UserError>();
                // Both ends are loaded before either is awaited, so they are read in one store call.
                var fromErrors = new List<UserError>();
                var toErrors = new List<UserError>();
                var from = Endpoint(context, fields, "fromId", fromErrors);
                var to = Endpoint(context, fields, "toId", toErrors);
                var fromKey = await from.GetResultAsync(context.CancellationToken);
                var toKey = await to.GetResultAsync(context.CancellationToken);
                errors.AddRange(fromErrors);
                errors.AddRange(toErrors);
                var sourceKeys = MutationIds.SourceKeys(fields.Strings("sourceIds") ?? [], InputPaths.Input("sourceIds"), errors);
                var citations = CitationInputFields.Read(fields, byId: true, errors) ?? [];
                if (errors.Count > 0)
                {
                    return MutationPayload.Failure(errors);
                }

                var type = fields.String("type") ?? string.Empty;
                var key = fields.String("key") ?? KeyDerivation.RelationshipKey(type, fromKey, toKey, fields.String("role"));

                // This read only words the usual refusal; the create-only key makes the store refuse a key taken since.
                if (await writer.Loaders(context).RelationshipsByKey.Load(key).GetResultAsync(context.CancellationToken) is not null)
                {
                    return MutationPayload.Failure(new InputError(
                        $"A relationship with the key '{key}' already exists; change it with updateRelationship or give another key.",
                        ValidationCodes.DuplicateKey, InputPaths.Input("key")));
                }

                var relationship = RelationshipInputFields.Read(
                    fields, new Relationship { Key = key, Type = type, FromKey = fromKey!, ToKey = toKey!, SourceKeys = sourceKeys, Citations = citations }, errors, partial: false);
                return relationship is null
                    ? MutationPayload.Failure(errors)
                    : await CompleteAsync(context, fields, new GraphChangeSet { UpsertRelationships = [relationship], CreateOnlyRelationshipKeys = [key] }, key);
            });
    }

    private void AddUpdate(ObjectGraphType mutation)
    {
        var input = new InputObjectGraphType
        {
            Name = "UpdateRelationshipInput",
            Description = "Changes to a relationship's properties: fields left out stay as they are, fields set to null are cleared. "
                + "Its type and ends cannot change: unlink it and link anew.",
        };
        AddReferenceFields(input);
        RelationshipInputFields.Add(input, partial: true);
        input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("sourceIds")
            .Description("Replaces the cited sources (at least one); see also attachSource and detachSource.");
        CitationInputFields.Add<CitationInputType>(input, partial: true);
        input.Field<StringGraphType>("comment").Description("Why the change is made, recorded with it.");

        mutation.Field("updateRelationship", new NonNullGraphType(RelationshipPayload("updateRelationship", typeof(ValidationErrorType), typeof(NotFoundErrorType))))
            .Description("Changes properties of a relationship. Relationships carry no version: the last write wins.")
            .InputArgument(input)
            .ResolveAsync(async context =>
            {
                var fields = MutationInput.From(context.GetArgument<object>(MutationInputArgument.Name));
                var errors = new List<UserError>();
                var current = await FindAsync(context, RelationshipReference.Read(fields, "relationshipId", "key", errors), errors);
                var sourceKeys = fields.Has("sourceIds")
                    ? MutationIds.SourceKeys(fields.Strings("sourceIds") ?? [], InputPaths.Input("sourceIds"), errors)
                    : current?.SourceKeys;
                var citations = CitationInputFields.Read(fields, byId: true, errors);
                var relationship = current is null
                    ? null
                    : RelationshipInputFields.Read(fields, current with { SourceKeys = sourceKeys!, Citations = citations ?? current.Citations }, errors, partial: true);
                return errors.Count > 0 || relationship is null
                    ? MutationPayload.Failure(errors)
                    : await CompleteAsync(context, fields, new GraphChangeSet { UpsertRelationships = [relationship] }, relationship.Key);
            });
    }

    private void AddUnlink(ObjectGraphType mutation)
    {
        var input = new InputObjectGraphType { Name = "UnlinkEntitiesInput", Description = "The relationship to delete." };
        AddReferenceFields(input);
        input.Field<StringGraphType>("comment").Description("Why the relationship is deleted, recorded with the change.");

        var payload = MutationPayloadTypes.Create("unlinkEntities", type =>
        {
            type.Field<IdGraphType>("deletedId")
                .Description("Global id of the deleted relationship (history(id:) still reads it); null when nothing was deleted.")
                .Resolve(context => (context.Source.Value as DeletedRecord)?.Id);
            type.Field<StringGraphType>("deletedKey")
                .Description("Key of the deleted relationship; null when nothing was deleted.")
                .Resolve(context => context.Source.Value is DeletedRecord deleted && GlobalId.TryDecode(deleted.Id, out _, out var key) ? key : null);
        }, typeof(ValidationErrorType), typeof(NotFoundErrorType));
        mutation.Field("unlinkEntities", new NonNullGraphType(payload))
            .Description("Deletes a relationship; both entities stay.")
            .InputArgument(input)
            .ResolveAsync(async context =>
            {
                var fields = MutationInput.From(context.GetArgument<object>(MutationInputArgument.Name));
                var errors = new List<UserError>();
                var reference = RelationshipReference.Read(fields, "relationshipId", "key", errors);
                if (await FindAsync(context, reference, errors) is not { } current)
                {
                    return MutationPayload.Failure(errors);
                }

                var outcome = await writer.WriteAsync(
                    context, fields, new GraphChangeSet { DeleteRelationshipKeys = [current.Key] }, new InputPaths((_, _) => reference!.Path));
                return outcome.Succeeded ? MutationPayload.Success(new DeletedRecord(MutationIds.Relationship(current.Key))) : MutationPayload.Failure(outcome.Errors!);
            });
    }

    /// <summary>
    /// The key of the entity an end's id names. A well-formed id that names no entity of its kind is reported as
    /// MISSING_ENDPOINT, like a missing endpoint in any write.
    /// </summary>
    /// <summary>The key of the entity <paramref name="field"/> names, once loaded; null with the reason in <paramref name="errors"/> when it names none.</summary>
    private BatchResult<string?> Endpoint(IResolveFieldContext context, MutationInput fields, string field, List<UserError> errors)
    {
        var id = fields.String(field);
        if (MutationIds.EntityKey(id, InputPaths.Input(field), kind: null, errors) is not { } key)
        {
            return new BatchResult<string?>(_ => Task.FromResult<string?>(null));
        }

        var kind = MutationIds.EntityKind(id)!.Value;
        return writer.Loaders(context).Entities.Load(key).Then(entity =>
        {
            if (entity?.Kind != kind)
            {
                errors.Add(new InputError($"No {KindGraphTypes.TypeNameOf(kind)} has the id '{id}' (key '{key}').", ValidationCodes.MissingEndpoint, InputPaths.Input(field)));
                return null;
            }

            return key;
        });
    }

    /// <summary>The fields that name the relationship an update or unlink is about: its global id or its key, exactly one.</summary>
    private static void AddReferenceFields(InputObjectGraphType input)
    {
        input.Field<IdGraphType>("relationshipId").Description("The relationship's global id (its id field). Give this or key.");
        input.Field<StringGraphType>("key").Description("The relationship's key. Give this or relationshipId.");
    }

    private async Task<Relationship?> FindAsync(IResolveFieldContext context, RelationshipReference? reference, List<UserError> errors)
    {
        if (reference is null)
        {
            return null;
        }

        var relationship = await writer.Loaders(context).RelationshipsByKey.Load(reference.Key).GetResultAsync(context.CancellationToken);
        if (relationship is null)
        {
            errors.Add(reference.NotFound());
        }

        return relationship;
    }

    private async Task<MutationPayload> CompleteAsync(IResolveFieldContext context, MutationInput fields, GraphChangeSet changes, string key)
    {
        var outcome = await writer.WriteAsync(context, fields, changes, InputPaths.SingleRecord());
        if (!outcome.Succeeded)
        {
            return MutationPayload.Failure(outcome.Errors!);
        }

        return MutationPayload.Success(await writer.Loaders(context).RelationshipsByKey.Load(key).GetResultAsync(context.CancellationToken));
    }
}
