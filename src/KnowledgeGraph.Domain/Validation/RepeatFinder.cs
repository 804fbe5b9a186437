namespace KnowledgeGraph.Domain.Validation;

/// <summary>
/// Tells whether a key of a short list repeats an earlier one. A record usually cites one to three sources, and a
/// million-record import asks this of every record: a short list is scanned without allocating, a long one (a hostile
/// request may send thousands) gets a set, so the cost stays linear.
/// </summary>
internal struct RepeatFinder(IReadOnlyList<string> keys)
{
    /// <summary>Lists up to this long are scanned; a scan of eight costs less than building a set.</summary>
    private const int ScanLimit = 8;

    private HashSet<string>? _seen;

    /// <summary>Whether <c>keys[index]</c> equals a key before it; ask for each index once, in increasing order.</summary>
    public bool IsRepeat(int index)
    {
        var key = keys[index];
        if (keys.Count <= ScanLimit)
        {
            for (var earlier = 0; earlier < index; earlier++)
            {
                if (string.Equals(keys[earlier], key, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        _seen ??= new HashSet<string>(StringComparer.Ordinal);
        return !_seen.Add(key);
    }
}
