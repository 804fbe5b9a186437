using KnowledgeGraph.Domain.Errors;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// Finds the files named by sources' <c>archive</c> fields: a relative path inside the seed directory (for a single
/// seed file, inside its folder). A path that is absolute, leaves that folder or names no file is an
/// <see cref="SeedErrorCodes.ArchiveNotFound"/> error on the source; the archive is then kept without text.
/// </summary>
internal static class SeedArchiveFiles
{
    /// <summary>The full path of each archive, or null with the error that says why there is none.</summary>
    public static (string? FullPath, ValidationError? Error) Resolve(string root, SeedRecord<SeedArchive> archive)
    {
        var written = archive.Value.Path;
        var path = archive.Origin + ".archive";
        if (Path.IsPathRooted(written) || written.Contains('\\', StringComparison.Ordinal))
        {
            return (null, new ValidationError(path, SeedErrorCodes.ArchiveNotFound,
                $"The archive '{written}' must be a path relative to the seed directory, written with '/'."));
        }

        var full = Path.GetFullPath(Path.Combine(root, written));
        var inside = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(inside, StringComparison.Ordinal))
        {
            return (null, new ValidationError(path, SeedErrorCodes.ArchiveNotFound,
                $"The archive '{written}' lies outside the seed directory."));
        }

        if (!File.Exists(full))
        {
            return (null, new ValidationError(path, SeedErrorCodes.ArchiveNotFound, $"The archive file '{written}' does not exist."));
        }

        return (full, null);
    }
}
