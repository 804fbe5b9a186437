using KnowledgeGraph.Domain.Errors;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// Reads every <c>*.json</c> file under a seed directory, recursively and in ordinal path order, into one
/// <see cref="SeedDocument"/>. Reading never throws for bad content: problems are collected in
/// <see cref="SeedDocument.ReadErrors"/>, each naming its file and record.
/// </summary>
public static class SeedReader
{
    public static SeedDocument ReadDirectory(string path)
    {
        var (directory, files) = ListDirectory(path);
        var document = Build(directory, files, files.Select(f => (ReadOnlyMemory<byte>)File.ReadAllBytes(f.FullPath)).ToList());
        var resolved = ResolveArchives(document);
        return WithArchiveTexts(document, resolved, resolved.Select(a => a.FullPath is null ? null : File.ReadAllText(a.FullPath)).ToList());
    }

    public static Task<SeedDocument> ReadDirectoryAsync(string path, CancellationToken cancellationToken = default) =>
        ReadAsync(ListDirectory(path), cancellationToken);

    /// <summary>
    /// Reads a seed directory (as <see cref="ReadDirectoryAsync"/>) or a single seed file, such as one written by
    /// <see cref="SeedWriter"/>. A file is named in messages by its file name; the document's
    /// <see cref="SeedDocument.Directory"/> is then the file's absolute path. Throws
    /// <see cref="DirectoryNotFoundException"/> when the path is neither.
    /// </summary>
    public static Task<SeedDocument> ReadPathAsync(string path, CancellationToken cancellationToken = default) =>
        ReadAsync(ListPath(path), cancellationToken);

    /// <summary>
    /// The seed files of a directory or the single file <paramref name="path"/> names, with how messages name them;
    /// throws <see cref="DirectoryNotFoundException"/> when the path is neither.
    /// </summary>
    internal static (string Directory, List<(string FullPath, string DisplayPath)> Files) ListPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        return File.Exists(full) ? (full, [(full, Path.GetFileName(full))]) : ListDirectory(path);
    }

    /// <summary>Archive paths resolve against the seed directory, or the folder of a single seed file.</summary>
    internal static string ArchiveRoot(string directory) =>
        File.Exists(directory) ? Path.GetDirectoryName(directory)! : directory;

    private static async Task<SeedDocument> ReadAsync(
        (string Directory, List<(string FullPath, string DisplayPath)> Files) listing, CancellationToken cancellationToken)
    {
        var (directory, files) = listing;
        var contents = new List<ReadOnlyMemory<byte>>(files.Count);
        foreach (var file in files)
        {
            contents.Add(await File.ReadAllBytesAsync(file.FullPath, cancellationToken).ConfigureAwait(false));
        }

        var document = Build(directory, files, contents);
        var resolved = ResolveArchives(document);
        var texts = new List<string?>(resolved.Count);
        foreach (var (fullPath, _) in resolved)
        {
            texts.Add(fullPath is null ? null : await File.ReadAllTextAsync(fullPath, cancellationToken).ConfigureAwait(false));
        }

        return WithArchiveTexts(document, resolved, texts);
    }

    private static List<(string? FullPath, ValidationError? Error)> ResolveArchives(SeedDocument document)
    {
        var root = ArchiveRoot(document.Directory);
        return document.Archives.Select(a => SeedArchiveFiles.Resolve(root, a)).ToList();
    }

    private static SeedDocument WithArchiveTexts(
        SeedDocument document, List<(string? FullPath, ValidationError? Error)> resolved, List<string?> texts)
    {
        var errors = resolved.Select(a => a.Error).OfType<ValidationError>();
        return document with
        {
            Archives = document.Archives.Select((a, i) => a with { Value = a.Value with { Text = texts[i] } }).ToList(),
            ReadErrors = document.ReadErrors.Concat(errors).ToList(),
        };
    }

    /// <summary>Throws <see cref="DirectoryNotFoundException"/> naming the directory when it does not exist.</summary>
    private static (string Directory, List<(string FullPath, string DisplayPath)> Files) ListDirectory(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = Path.GetFullPath(path);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The seed directory '{directory}' does not exist.");
        }

        var root = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        var files = Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories)
            .Select(full => (FullPath: full, Relative: Path.GetRelativePath(directory, full).Replace(Path.DirectorySeparatorChar, '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => (f.FullPath, DisplayPath: string.IsNullOrEmpty(root) ? f.Relative : $"{root}/{f.Relative}"))
            .ToList();
        return (directory, files);
    }

    internal static ValidationError NoSeedFiles(string directory) =>
        new(directory, SeedErrorCodes.NoSeedFiles, "The seed directory holds no *.json files.");

    private static SeedDocument Build(
        string directory, List<(string FullPath, string DisplayPath)> files, List<ReadOnlyMemory<byte>> contents)
    {
        var records = new SeedRecords();
        if (files.Count == 0)
        {
            records.Errors.Add(NoSeedFiles(directory));
        }

        for (var i = 0; i < files.Count; i++)
        {
            SeedFileParser.Parse(files[i].DisplayPath, contents[i], records);
        }

        return new SeedDocument
        {
            Directory = directory,
            Files = files.Select(f => f.DisplayPath).ToList(),
            Sources = records.Sources,
            Entities = records.Entities,
            Relationships = records.Relationships,
            Statements = records.Statements,
            Archives = records.Archives,
            ReadErrors = records.Errors,
        };
    }
}
