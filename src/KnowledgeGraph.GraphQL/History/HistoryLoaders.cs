using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Batching;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.GraphQL.History;

/// <summary>
/// The history batch loaders of one GraphQL request, one per subject kind and page size asked for: <c>Entity.history</c>
/// of every entity of a level (or <c>Relationship.history</c> of every relationship) costs one read of the store's
/// <see cref="IChangeHistory"/>, never one per subject.
/// </summary>
public sealed class HistoryLoaders(IChangeHistory history)
{
    private static readonly ConditionalWeakTable<IExecutionContext, HistoryLoaders> PerRequest = new();

    private readonly ConcurrentDictionary<(ChangeSubjectKind Kind, int Take), BatchLoader<string, IReadOnlyList<ChangeRecord>>> _loaders = new();

    /// <summary>The loaders of the request <paramref name="context"/> belongs to, created on first use.</summary>
    public static HistoryLoaders For(IResolveFieldContext context) =>
        PerRequest.GetValue(context.ExecutionContext, _ => new HistoryLoaders(context.RequestServices!.GetRequiredService<IChangeHistory>()));

    /// <summary>The newest <paramref name="take"/> changes of every entity key loaded, newest first.</summary>
    public BatchLoader<string, IReadOnlyList<ChangeRecord>> Entities(int take) => Loader(ChangeSubjectKind.Entity, take);

    /// <summary>The newest <paramref name="take"/> changes of every relationship key loaded, newest first.</summary>
    public BatchLoader<string, IReadOnlyList<ChangeRecord>> Relationships(int take) => Loader(ChangeSubjectKind.Relationship, take);

    private BatchLoader<string, IReadOnlyList<ChangeRecord>> Loader(ChangeSubjectKind kind, int take) =>
        _loaders.GetOrAdd((kind, take), _ => new BatchLoader<string, IReadOnlyList<ChangeRecord>>(
            async (keys, ct) =>
            {
                var changes = await history.GetRecentChangesAsync(keys, kind, take, ct).ConfigureAwait(false);
                var byKey = keys.ToDictionary(k => k, _ => (IReadOnlyList<ChangeRecord>)[], StringComparer.Ordinal);
                foreach (var group in changes.GroupBy(c => c.SubjectKey, StringComparer.Ordinal))
                {
                    byKey[group.Key] = group.OrderByDescending(c => c.Sequence).ToList();
                }

                return byKey;
            },
            StringComparer.Ordinal));
}
