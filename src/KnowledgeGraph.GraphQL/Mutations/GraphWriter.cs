using GraphQL;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.GraphQL.Batching;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>
/// The one way mutations write: through the application's <see cref="GraphChangeService"/> (the domain rules with what
/// the store already holds, then one store transaction, all or nothing) over the registered <see cref="IGraphStore"/> —
/// the caching decorator in the service, which announces the new graph version to caches and subscribers. Problems come back as <see cref="UserError"/>s with input paths; the store's own refusals (a conflict, a
/// reference that vanished meanwhile, a source still cited, a create-only key taken meanwhile) are mapped the same way.
/// Records the caller as the author. What a mutation reads (the record it changes, the endpoints it links, the payload
/// it returns) goes through the request's batch loaders (<see cref="Loaders"/>), as the fields of the payload do, so a
/// record read twice in a request is fetched once and reads started together share one store call.
/// </summary>
public sealed class GraphWriter(IGraphStore store, GraphChangeService changeService)
{
    /// <summary>The batch loaders of the request <paramref name="context"/> belongs to; a write that changed the graph resets them.</summary>
    public GraphLoaders Loaders(IResolveFieldContext context) => GraphLoaders.For(context, store);

    /// <param name="context">The mutation field being resolved: its user is the author, its request's loaders are reset after a write.</param>
    /// <param name="input">The mutation's input, for its <c>comment</c>.</param>
    /// <param name="changes">What to write.</param>
    /// <param name="paths">Where each record of <paramref name="changes"/> came from in the input.</param>
    /// <param name="validate">False only for change sets the validator cannot express (a version-checked delete).</param>
    /// <param name="concerns">
    /// Which validation problems the mutation answers for, when it changes only part of a record (attaching a source):
    /// a stored field that an older rule let in must not block a change that does not touch it.
    /// </param>
    public async Task<WriteOutcome> WriteAsync(
        IResolveFieldContext context,
        MutationInput input,
        GraphChangeSet changes,
        InputPaths paths,
        bool validate = true,
        Func<ValidationError, bool>? concerns = null)
    {
        var errors = new List<UserError>();
        var comment = input.String("comment");
        if (comment is { Length: > ChangeAuthors.CommentMaxLength })
        {
            errors.Add(new InputError(
                $"The comment is {comment.Length} characters long; at most {ChangeAuthors.CommentMaxLength} are allowed.",
                ValidationCodes.TooLong, InputPaths.Input("comment")));
        }

        if (errors.Count > 0)
        {
            // The comment alone does not stop the domain rules from being reported with it.
            var problems = validate ? await changeService.CheckAsync(changes, concerns, context.CancellationToken).ConfigureAwait(false) : [];
            return new WriteOutcome(null, [.. errors, .. problems.Select(error => Map(error, changes, paths))]);
        }

        try
        {
            var authored = changes with { Author = ChangeAuthors.Of(context.User, comment) };
            var result = validate
                ? await changeService.ApplyAsync(authored, concerns, context.CancellationToken).ConfigureAwait(false)
                : await changeService.ApplyCheckedByStoreAsync(authored, context.CancellationToken).ConfigureAwait(false);
            if (result.Changed)
            {
                GraphLoaders.Invalidate(context);
            }

            return new WriteOutcome(result, null);
        }
        catch (ValidationException rejected)
        {
            return new WriteOutcome(null, rejected.Errors.Select(error => Map(error, changes, paths)).ToList());
        }
        catch (ConcurrencyConflictException conflict)
        {
            return new WriteOutcome(null, [Conflict(conflict, changes, paths)]);
        }
    }

    private static UserError Map(ValidationError error, GraphChangeSet changes, InputPaths paths)
    {
        var path = paths.Translate(error.Path);
        if (error.Code == SourceInUse.ErrorCode && DeletedSourceIndex(error.Path) is { } index && index < changes.DeleteSourceKeys.Count)
        {
            return new SourceInUse(error.Message, path, MutationIds.Source(changes.DeleteSourceKeys[index]));
        }

        return new InputError(error.Message, error.Code, path);
    }

    /// <summary>The index in <c>deleteSourceKeys[3]</c>, the path stores give a refused source delete.</summary>
    private static int? DeletedSourceIndex(string path)
    {
        const string Prefix = "deleteSourceKeys[";
        var end = path.IndexOf(']', StringComparison.Ordinal);
        return path.StartsWith(Prefix, StringComparison.Ordinal) && end > Prefix.Length &&
               int.TryParse(path.AsSpan(Prefix.Length, end - Prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            ? index
            : null;
    }

    private static UserError Conflict(ConcurrencyConflictException conflict, GraphChangeSet changes, InputPaths paths)
    {
        var index = -1;
        for (var i = 0; i < changes.UpsertEntities.Count && index < 0; i++)
        {
            index = changes.UpsertEntities[i].Entity.Key == conflict.Key ? i : -1;
        }

        IReadOnlyList<string> record = index >= 0 ? paths.Record(ChangeSetSection.Entities, index) : [InputPaths.Root];
        if (conflict.ExpectedVersion == 0)
        {
            return new InputError(
                $"The key '{conflict.Key}' is already taken by another entity; give another key (or update that entity).",
                ValidationCodes.DuplicateKey, [.. record, "key"]);
        }

        var kind = index >= 0 ? changes.UpsertEntities[index].Entity.Kind : default;
        return new VersionConflict(conflict.Message, [.. record, "expectedVersion"], MutationIds.Entity(kind, conflict.Key),
            conflict.ExpectedVersion, conflict.ActualVersion);
    }
}
