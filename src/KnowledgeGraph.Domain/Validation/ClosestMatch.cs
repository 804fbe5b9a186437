namespace KnowledgeGraph.Domain.Validation;

/// <summary>Finds the candidate nearest a misspelt name, for "did you mean" hints in error messages.</summary>
public static class ClosestMatch
{
    public static string? Find(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(value.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var tolerance = Math.Max(2, value.Length / 2);
        return bestDistance <= tolerance ? best : null;
    }

    public static string Hint(string value, IEnumerable<string> candidates) =>
        Find(value, candidates) is { } match ? $" (did you mean '{match}'?)" : string.Empty;

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
