using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Mutations;
using KnowledgeGraph.GraphQL.Schema;

namespace KnowledgeGraph.GraphQL.Sources;

/// <summary>
/// <c>createSource</c>, <c>updateSource</c> and <c>deleteSource</c>. Sources have no version in the model: concurrent
/// edits of one source are last-writer-wins, but a create never replaces a source, even one created meanwhile.
/// A source still cited cannot be deleted (SourceInUseError).
/// </summary>
public sealed class SourceMutations(GraphWriter writer) : IMutationFieldContributor
{
    public void AddFields(ObjectGraphType mutation)
    {
        AddCreate(mutation);
        AddUpdate(mutation);
        AddDelete(mutation);
    }

    private static ObjectGraphType<MutationPayload> SourcePayload(string mutationName, params Type[] errorTypes) =>
        MutationPayloadTypes.Create(mutationName, payload => payload.Field<SourceType>("source")
            .Description("The source as stored after the change; null when nothing was changed.")
            .Resolve(context => context.Source.Value as Source), errorTypes);

    private void AddCreate(ObjectGraphType mutation)
    {
        var input = new InputObjectGraphType { Name = "CreateSourceInput", Description = "A new source: a public document facts can cite." };
        input.Field<StringGraphType>("key").Description("Natural key (a lower-case slug); derived from the title when left out. Fails with DUPLICATE_KEY when taken.");
        SourceInputFields.Add(input, partial: false);
        input.Field<StringGraphType>("comment").Description("Why the change is made, recorded with it.");

        mutation.Field("createSource", new NonNullGraphType(SourcePayload("createSource", typeof(ValidationErrorType))))
            .Description("Creates a source.")
            .InputArgument(input)
            .ResolveAsync(async context =>
            {
                var fields = MutationInput.From(context.GetArgument<object>(MutationInputArgument.Name));
                var key = fields.String("key") ?? KeyDerivation.Slugify(fields.String("title"), ValidationLimits.SourceKeyMaxLength);
                if (key.Length == 0)
                {
                    return MutationPayload.Failure(new InputError(
                        $"No key can be derived from the title '{fields.String("title")}' (it has no letters a–z or digits); give a key.",
                        ValidationCodes.Required, InputPaths.Input("key")));
                }

                // This read only words the usual refusal; the create-only key makes the store refuse a key taken since.
                if (await writer.Loaders(context).Sources.Load(key).GetResultAsync(context.CancellationToken) is not null)
                {
                    return MutationPayload.Failure(new InputError(
                        $"A source with the key '{key}' already exists; change it with updateSource or give another key.",
                        ValidationCodes.DuplicateKey, InputPaths.Input("key")));
                }

                return await CompleteAsync(context, fields, SourceInputFields.Read(fields, key), create: true);
            });
    }

    private void AddUpdate(ObjectGraphType mutation)
    {
        var input = new InputObjectGraphType
        {
            Name = "UpdateSourceInput",
            Description = "Changes to a source: fields left out stay as they are, fields set to null are cleared.",
        };
        input.Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the source.");
        SourceInputFields.Add(input, partial: true);
        input.Field<StringGraphType>("comment").Description("Why the change is made, recorded with it.");

        mutation.Field("updateSource", new NonNullGraphType(SourcePayload("updateSource", typeof(ValidationErrorType), typeof(NotFoundErrorType))))
            .Description("Changes fields of a source. Sources carry no version: the last write wins.")
            .InputArgument(input)
            .ResolveAsync(async context =>
            {
                var fields = MutationInput.From(context.GetArgument<object>(MutationInputArgument.Name));
                var errors = new List<UserError>();
                return await FindAsync(context, fields, errors) is { } current
                    ? await CompleteAsync(context, fields, SourceInputFields.Read(fields, current.Key, current))
                    : MutationPayload.Failure(errors);
            });
    }

    private void AddDelete(ObjectGraphType mutation)
    {
        var input = new InputObjectGraphType { Name = "DeleteSourceInput", Description = "The source to delete; nothing may cite it any more." };
        input.Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the source.");
        input.Field<StringGraphType>("comment").Description("Why the source is deleted, recorded with the change.");

        var payload = MutationPayloadTypes.Create("deleteSource", type => type.Field<IdGraphType>("deletedId")
            .Description("Global id of the deleted source; null when nothing was deleted.")
            .Resolve(context => (context.Source.Value as DeletedRecord)?.Id),
            typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(SourceInUseErrorType));
        mutation.Field("deleteSource", new NonNullGraphType(payload))
            .Description("Deletes a source that no entity or relationship cites; a cited one is refused with a SourceInUseError.")
            .InputArgument(input)
            .ResolveAsync(async context =>
            {
                var fields = MutationInput.From(context.GetArgument<object>(MutationInputArgument.Name));
                var errors = new List<UserError>();
                if (await FindAsync(context, fields, errors) is not { } current)
                {
                    return MutationPayload.Failure(errors);
                }

                var outcome = await writer.WriteAsync(
                    context, fields, new GraphChangeSet { DeleteSourceKeys = [current.Key] }, new InputPaths((_, _) => InputPaths.Input("id")));
                return outcome.Succeeded
                    ? MutationPayload.Success(new DeletedRecord(MutationIds.Source(current.Key)))
                    : MutationPayload.Failure(outcome.Errors!);
            });
    }

    private async Task<Source?> FindAsync(IResolveFieldContext context, MutationInput fields, List<UserError> errors)
    {
        var id = fields.String("id");
        if (MutationIds.SourceKey(id, InputPaths.Input("id"), errors) is not { } key)
        {
            return null;
        }

        var source = await writer.Loaders(context).Sources.Load(key).GetResultAsync(context.CancellationToken);
        if (source is null)
        {
            errors.Add(new NotFound($"No source has the id '{id}' (key '{key}').", InputPaths.Input("id"), id!));
        }

        return source;
    }

    private async Task<MutationPayload> CompleteAsync(IResolveFieldContext context, MutationInput fields, Source source, bool create = false)
    {
        var changes = new GraphChangeSet { UpsertSources = [source], CreateOnlySourceKeys = create ? [source.Key] : [] };
        var outcome = await writer.WriteAsync(context, fields, changes, InputPaths.SingleRecord());
        if (!outcome.Succeeded)
        {
            return MutationPayload.Failure(outcome.Errors!);
        }

        return MutationPayload.Success(await writer.Loaders(context).Sources.Load(source.Key).GetResultAsync(context.CancellationToken));
    }
}
