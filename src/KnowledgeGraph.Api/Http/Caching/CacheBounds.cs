namespace KnowledgeGraph.Api.Http.Caching;

/// <summary>The bounds every per-instance cache budget takes, checked the same way wherever they are configured.</summary>
public static class CacheBounds
{
    public static IEnumerable<string> Validate(string section, int maxEntries, long maxBytes, double maxClientShare)
    {
        if (maxEntries < 1) yield return $"{section}:MaxEntries must be at least 1 (was {maxEntries}).";
        if (maxBytes < 1024) yield return $"{section}:MaxBytes must be at least 1024 (was {maxBytes}).";
        if (maxClientShare is <= 0 or > 1) yield return $"{section}:MaxClientShare must be above 0 and at most 1 (was {maxClientShare}).";
    }
}
