using System.Text;

namespace KnowledgeGraph.Seeding;

public static class SeedKeys
{
    /// <summary>
    /// The key of a relationship that does not give one: <c>&lt;from&gt;-&lt;type&gt;-&lt;to&gt;[-&lt;role&gt;]</c>, each part
    /// as a slug (type <c>PROPOSED_BY</c> becomes <c>proposed-by</c>). Stable: the same record always derives the same key.
    /// </summary>
    public static string DeriveRelationshipKey(string? type, string? from, string? to, string? role)
    {
        var parts = new[] { from, type, to, role }.Select(Slugify).Where(p => p.Length > 0);
        return string.Join('-', parts);
    }

    /// <summary>Lower-cases and turns every run of characters other than a–z and 0–9 into one hyphen.</summary>
    public static string Slugify(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
