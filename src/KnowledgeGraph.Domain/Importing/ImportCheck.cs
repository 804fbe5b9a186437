using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Domain.Importing;

/// <summary>
/// The checks of a streamed import, part by part: each part (<see cref="IImportPart"/>) is checked as a whole import
/// would be, its references resolved against the earlier parts — kept as compact key sets (entity kinds, source keys,
/// the position of every key), never as records — and then against the store. A key repeated across parts is
/// <c>DUPLICATE_KEY</c> naming where it was first used. Once a part has problems reading its rows, the rest are only
/// read (further domain problems would follow from them). Every problem is counted; the first <c>limit</c> are kept.
/// </summary>
public sealed class ImportCheck(IGraphStore store, int limit)
{
    private readonly Dictionary<string, EntityKind> _entityKinds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sourceKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImportPosition> _sourcePositions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImportPosition> _entityPositions = new(StringComparer.Ordinal);
    private readonly Dictionary<UInt128, ImportPosition> _relationshipPositions = [];
    private readonly List<ValidationError> _problems = [];

    /// <summary>The first problems found, at most the limit given.</summary>
    public IReadOnlyList<ValidationError> Problems => _problems;

    /// <summary>Every problem found.</summary>
    public int ProblemCount { get; private set; }

    /// <summary>Whether rows could not be read (syntax, columns, values): then no domain rule was checked.</summary>
    public bool HasReadErrors { get; private set; }

    public long RecordCount { get; private set; }

    /// <summary>
    /// Checks <paramref name="part"/>; returns its change set as checked, for the writer to write without building it
    /// again, when the part added no problem; null when it added one, or when the import's reading problems kept its
    /// domain rules from being checked.
    /// </summary>
    public async Task<GraphChangeSet?> AddAsync(IImportPart part, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(part);
        var before = ProblemCount;
        RecordCount += part.RecordCount;
        if (part.ReadErrors.Count > 0)
        {
            HasReadErrors = true;
            foreach (var problem in part.ReadErrors)
            {
                Add(problem);
            }
        }

        if (HasReadErrors)
        {
            return null;
        }

        var changes = part.ToChangeSet();
        CheckRepeated(part, ChangeSetSection.Sources, changes.UpsertSources, s => s.Key, key => key, _sourcePositions, "source");
        CheckRepeated(part, ChangeSetSection.Entities, changes.UpsertEntities, u => u.Entity.Key, key => key, _entityPositions, "entity");
        // Relationship keys are most of an import's keys and nothing else needs them once seen: kept as digests.
        CheckRepeated(part, ChangeSetSection.Relationships, changes.UpsertRelationships, r => r.Key, KeyDigest.Of, _relationshipPositions, "relationship");

        var missingEntities = GraphChangeValidator.ReferencedEntityKeys(changes, _entityKinds.ContainsKey).ToList();
        var missingSources = GraphChangeValidator.ReferencedSourceKeys(changes, _sourceKeys.Contains).ToList();
        var stored = ExistingGraph.From(
            missingEntities.Count == 0 ? [] : await store.GetEntitiesAsync(missingEntities, cancellationToken).ConfigureAwait(false),
            missingSources.Count == 0 ? [] : await store.GetSourcesAsync(missingSources, cancellationToken).ConfigureAwait(false));
        foreach (var problem in part.Validate(changes, new EarlierParts(this, stored)))
        {
            Add(problem);
        }

        foreach (var source in changes.UpsertSources)
        {
            _sourceKeys.Add(source.Key);
        }

        foreach (var upsert in changes.UpsertEntities)
        {
            _entityKinds.TryAdd(upsert.Entity.Key, upsert.Entity.Kind);
        }

        return ProblemCount == before ? changes : null;
    }

    /// <summary>
    /// Adds the problems a store found writing a part the check had passed (what only its transaction can see), already
    /// located by the part (<see cref="IImportPart.Locate"/>).
    /// </summary>
    public void AddRefused(IEnumerable<ValidationError> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var problem in problems)
        {
            Add(problem);
        }
    }

    /// <summary>Keys of one section against those of earlier parts, each kept with its position only.</summary>
    private void CheckRepeated<TRecord, TKey>(
        IImportPart part,
        ChangeSetSection section,
        IReadOnlyList<TRecord> records,
        Func<TRecord, string> keyOf,
        Func<string, TKey> kept,
        Dictionary<TKey, ImportPosition> firstPositions,
        string what)
        where TKey : notnull
    {
        var fresh = new List<(TKey Key, int Index)>(records.Count);
        for (var at = 0; at < records.Count; at++)
        {
            var key = keyOf(records[at]);
            if (string.IsNullOrEmpty(key))
            {
                continue;
            }

            var stored = kept(key);
            if (firstPositions.TryGetValue(stored, out var first))
            {
                Add(new ValidationError(part.KeyPath(section, at), ValidationCodes.DuplicateKey,
                    $"The {what} key '{key}' is already used by {part.Describe(first)}."));
            }
            else
            {
                fresh.Add((stored, at));
            }
        }

        // Added after the part's own keys are checked: repeats within one part are the validator's to report.
        foreach (var (key, at) in fresh)
        {
            firstPositions.TryAdd(key, part.Position(section, at));
        }
    }

    private void Add(ValidationError problem)
    {
        ProblemCount++;
        if (_problems.Count < limit)
        {
            _problems.Add(problem);
        }
    }

    /// <summary>What a part may refer to: the records of earlier parts, then what the store holds.</summary>
    private sealed class EarlierParts(ImportCheck check, ExistingGraph stored) : IExistingGraph
    {
        public EntityKind? FindEntityKind(string key) =>
            check._entityKinds.TryGetValue(key, out var kind) ? kind : stored.FindEntityKind(key);

        public bool HasSource(string key) => check._sourceKeys.Contains(key) || stored.HasSource(key);
    }
}
