namespace KnowledgeGraph.Domain.Validation;

/// <summary>
/// The keys a change set refers to without defining them, in the order first met, less those the caller already
/// knows. The set of keys the change set defines is built only once a key is not known: an import's later parts refer
/// almost only to keys of earlier ones, and a million references need not be gathered to find the few unknown.
/// </summary>
internal sealed class ReferencedKeys(Func<string, bool>? known, Func<IEnumerable<string>> defined)
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private HashSet<string>? _defined;

    public IReadOnlySet<string> Keys => _keys;

    public void Add(string? key)
    {
        if (string.IsNullOrEmpty(key) || (known is not null && known(key)))
        {
            return;
        }

        _defined ??= defined().ToHashSet(StringComparer.Ordinal);
        if (!_defined.Contains(key))
        {
            _keys.Add(key);
        }
    }

    public void AddAll(IReadOnlyList<string>? keys)
    {
        if (keys is null)
        {
            return;
        }

        for (var i = 0; i < keys.Count; i++)
        {
            Add(keys[i]);
        }
    }
}
