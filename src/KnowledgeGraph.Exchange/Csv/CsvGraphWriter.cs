using System.Globalization;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Exchange.Snapshots;
using KnowledgeGraph.Storage.Common;

namespace KnowledgeGraph.Exchange.Csv;

/// <summary>
/// Writes a snapshot as the three CSV files of <see cref="CsvLayout"/>, record by record: a header row, then one row
/// per record in key order. Numbers are written in invariant culture with every digit needed to read them back
/// exactly, dates <c>YYYY-MM-DD</c>, lists joined by <see cref="CsvLists"/>; a value that is not set is an empty cell.
/// Text cells a spreadsheet would evaluate as a formula get a leading <c>'</c> (<see cref="CsvFormulaGuard"/>).
/// </summary>
public static class CsvGraphWriter
{
    public static async Task<int> WriteSourcesAsync(IAsyncEnumerable<Source> sources, TextWriter output, CancellationToken cancellationToken = default)
    {
        var csv = new CsvRecordWriter(output);
        await csv.WriteRecordAsync(CsvLayout.SourceColumns.ToArray(), cancellationToken).ConfigureAwait(false);
        var count = 0;
        await foreach (var source in sources.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await csv.WriteRecordAsync(
                [Text(source.Key), Text(source.Title), Text(source.Publisher), Text(source.Url), Date(source.PublishedOn), Date(source.AccessedOn)],
                cancellationToken).ConfigureAwait(false);
            count++;
        }

        return count;
    }

    public static async Task<int> WriteEntitiesAsync(IAsyncEnumerable<Entity> entities, TextWriter output, CancellationToken cancellationToken = default)
    {
        var csv = new CsvRecordWriter(output);
        await csv.WriteRecordAsync(CsvLayout.EntityColumns.ToArray(), cancellationToken).ConfigureAwait(false);
        var fields = new string?[CsvLayout.EntityColumns.Count];
        var count = 0;
        await foreach (var entity in entities.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            fields[0] = Text(entity.Key);
            fields[1] = Text(entity.Kind.ToString());
            fields[2] = Text(entity.Name);
            fields[3] = Text(CsvLists.Join(entity.Aliases));
            fields[4] = Text(entity.Description);
            fields[5] = Text(CsvLists.Join(entity.SourceKeys));
            fields[6] = Citations(entity.Citations);
            for (var p = 0; p < CsvLayout.PropertyColumns.Count; p++)
            {
                fields[CsvLayout.EntityCommonColumns.Count + p] = entity.Property(CsvLayout.PropertyColumns[p].Name) is { } value
                    ? value.Type == PropertyType.Text ? Text(value.Text) : value.ToString()
                    : null;
            }

            await csv.WriteRecordAsync(fields, cancellationToken).ConfigureAwait(false);
            count++;
        }

        return count;
    }

    public static async Task<int> WriteRelationshipsAsync(
        IAsyncEnumerable<Relationship> relationships, TextWriter output, CancellationToken cancellationToken = default)
    {
        var csv = new CsvRecordWriter(output);
        await csv.WriteRecordAsync(CsvLayout.RelationshipColumns.ToArray(), cancellationToken).ConfigureAwait(false);
        var count = 0;
        await foreach (var r in relationships.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await csv.WriteRecordAsync(
                [
                    Text(r.Key), Text(r.Type), Text(r.FromKey), Text(r.ToKey), Text(r.Role), Integer(r.SinceYear), Integer(r.UntilYear),
                    r.Amount?.ToString("R", CultureInfo.InvariantCulture), Text(r.Currency), Text(r.Note), Text(r.Confidence.ToString()),
                    Text(CsvLists.Join(r.SourceKeys)), Citations(r.Citations),
                ],
                cancellationToken).ConfigureAwait(false);
            count++;
        }

        return count;
    }

    /// <summary>
    /// Writes <c>sources.csv</c>, <c>entities.csv</c> and <c>relationships.csv</c> into <paramref name="directory"/>
    /// (created when missing). Each file is written beside its name and moved into place only when all three are
    /// complete, so a failed export leaves no half-written file.
    /// </summary>
    public static async Task<ExportCounts> WriteDirectoryAsync(
        IGraphSnapshot snapshot, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Directory.CreateDirectory(directory);
        var suffix = $".{Guid.NewGuid():N}.partial";
        string[] names = [CsvLayout.SourcesFile, CsvLayout.EntitiesFile, CsvLayout.RelationshipsFile];
        try
        {
            var sources = await WriteFileAsync(Path.Combine(directory, names[0] + suffix), w => WriteSourcesAsync(snapshot.ReadSourcesAsync(cancellationToken), w, cancellationToken)).ConfigureAwait(false);
            var entities = await WriteFileAsync(Path.Combine(directory, names[1] + suffix), w => WriteEntitiesAsync(snapshot.ReadEntitiesAsync(cancellationToken), w, cancellationToken)).ConfigureAwait(false);
            var relationships = await WriteFileAsync(Path.Combine(directory, names[2] + suffix), w => WriteRelationshipsAsync(snapshot.ReadRelationshipsAsync(cancellationToken), w, cancellationToken)).ConfigureAwait(false);
            foreach (var name in names)
            {
                File.Move(Path.Combine(directory, name + suffix), Path.Combine(directory, name), overwrite: true);
            }

            return new ExportCounts(sources, entities, relationships);
        }
        finally
        {
            foreach (var name in names.Where(n => File.Exists(Path.Combine(directory, n + suffix))))
            {
                File.Delete(Path.Combine(directory, name + suffix));
            }
        }
    }

    private static async Task<int> WriteFileAsync(string path, Func<TextWriter, Task<int>> write)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await using var writer = new StreamWriter(file, CsvRecordWriter.Utf8, 64 * 1024);
        return await write(writer).ConfigureAwait(false);
    }

    /// <summary>A text cell, guarded against spreadsheet formulas (<see cref="CsvFormulaGuard"/>); numbers and dates are not.</summary>
    private static string? Text(string? value) => CsvFormulaGuard.Neutralise(value);

    /// <summary>A JSON array (it starts with <c>[</c>, which no spreadsheet evaluates); empty when there are none.</summary>
    private static string? Citations(IReadOnlyList<Citation> citations) => citations.Count == 0 ? null : CitationJson.Write(citations);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Integer(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
