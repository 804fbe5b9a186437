using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Exchange.Csv;

/// <summary>
/// The check pass of a streamed CSV import: each part (<see cref="CsvGraphReader.ReadPartsAsync"/>) is checked as
/// <see cref="CsvImport.Validate"/> checks a whole import, its references resolved against the earlier parts — kept as
/// compact key sets (entity kinds, source keys, the first line of every key), never as records — and then against the
/// store. A key repeated across parts is <c>DUPLICATE_KEY</c> naming the line that used it first. Once a part has
/// problems reading its rows, the rest are only read (further domain problems would follow from them). Every problem is
/// counted; the first <c>limit</c> are kept.
/// </summary>
public sealed class CsvImportCheck(IGraphStore store, int limit)
{
    private readonly Dictionary<string, EntityKind> _entityKinds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sourceKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _sourceLines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _entityLines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _relationshipLines = new(StringComparer.Ordinal);
    private readonly List<ValidationError> _problems = [];

    /// <summary>The first problems found, at most the limit given.</summary>
    public IReadOnlyList<ValidationError> Problems => _problems;

    /// <summary>Every problem found.</summary>
    public int ProblemCount { get; private set; }

    /// <summary>Whether rows could not be read (CSV syntax, columns, values): then no domain rule was checked.</summary>
    public bool HasReadErrors { get; private set; }

    public long RecordCount { get; private set; }

    public async Task AddAsync(CsvImport part, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(part);
        RecordCount += part.RecordCount;
        if (part.ReadErrors.Count > 0)
        {
            HasReadErrors = true;
            part.ReadErrors.ForEach(Add);
        }

        if (HasReadErrors)
        {
            return;
        }

        CheckRepeated(part.Sources.Select(s => s.Key), part.SourceOrigins, _sourceLines, "source");
        CheckRepeated(part.Entities.Select(e => e.Key), part.EntityOrigins, _entityLines, "entity");
        CheckRepeated(part.Relationships.Select(r => r.Key), part.RelationshipOrigins, _relationshipLines, "relationship");

        var changes = part.ToChangeSet();
        var missingEntities = GraphChangeValidator.ReferencedEntityKeys(changes).Where(k => !_entityKinds.ContainsKey(k)).ToList();
        var missingSources = GraphChangeValidator.ReferencedSourceKeys(changes).Where(k => !_sourceKeys.Contains(k)).ToList();
        var stored = ExistingGraph.From(
            missingEntities.Count == 0 ? [] : await store.GetEntitiesAsync(missingEntities, cancellationToken).ConfigureAwait(false),
            missingSources.Count == 0 ? [] : await store.GetSourcesAsync(missingSources, cancellationToken).ConfigureAwait(false));
        foreach (var problem in part.Validate(new EarlierParts(this, stored)))
        {
            Add(problem);
        }

        foreach (var source in part.Sources)
        {
            _sourceKeys.Add(source.Key);
        }

        foreach (var entity in part.Entities)
        {
            _entityKinds.TryAdd(entity.Key, entity.Kind);
        }
    }

    /// <summary>Keys of one file against those of its earlier parts, kept with their line only (the file is the part's).</summary>
    private void CheckRepeated(IEnumerable<string> keys, List<CsvOrigin> origins, Dictionary<string, int> firstLines, string what)
    {
        var index = 0;
        var fresh = new List<(string Key, int Line)>();
        foreach (var key in keys)
        {
            var origin = origins[index++];
            if (string.IsNullOrEmpty(key))
            {
                continue;
            }

            if (firstLines.TryGetValue(key, out var first))
            {
                Add(new ValidationError(origin.Cell("key"), ValidationCodes.DuplicateKey,
                    $"The {what} key '{key}' is already used by {origin with { Line = first }}."));
            }
            else
            {
                fresh.Add((key, origin.Line));
            }
        }

        // Added after the part's own keys are checked: repeats within one part are the validator's to report.
        foreach (var (key, line) in fresh)
        {
            firstLines.TryAdd(key, line);
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
    private sealed class EarlierParts(CsvImportCheck check, ExistingGraph stored) : IExistingGraph
    {
        public EntityKind? FindEntityKind(string key) =>
            check._entityKinds.TryGetValue(key, out var kind) ? kind : stored.FindEntityKind(key);

        public bool HasSource(string key) => check._sourceKeys.Contains(key) || stored.HasSource(key);
    }
}
