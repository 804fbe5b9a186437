using System.Globalization;

namespace KnowledgeGraph.Caching.Versioning;

/// <summary>
/// A message of the graph-version channel: the graph version, then the store's bookmarks a read needs to see the
/// write that produced it, separated by spaces (<c>42 FB:kcwQ…</c>). A bare version is a message without bookmarks,
/// as older instances send it.
/// </summary>
public sealed record VersionAnnouncement(long Version, IReadOnlyList<string> Bookmarks)
{
    /// <summary>The message text; bookmarks holding white space (never a Neo4j bookmark) are left out.</summary>
    public string Format() =>
        string.Join(' ', [Version.ToString(CultureInfo.InvariantCulture), .. Bookmarks.Where(b => b.Length > 0 && !b.Any(char.IsWhiteSpace))]);

    public static bool TryParse(string text, out VersionAnnouncement announcement)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 0 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            announcement = new VersionAnnouncement(version, parts[1..]);
            return true;
        }

        announcement = new VersionAnnouncement(0, []);
        return false;
    }
}
