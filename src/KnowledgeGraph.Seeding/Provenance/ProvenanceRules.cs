using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Seeding.Provenance;

/// <summary>
/// The rules of archived sources, which only a seed can check because only a seed carries the archived text:
/// every citation of an archived source has a quote found verbatim (<see cref="ArchiveText"/>) in the archive, every
/// record listing an archived source cites it, and every statement of the <c>statements</c> arrays quotes its
/// archived source verbatim and names records that exist (or, holding none, says why in a note).
/// </summary>
public static class ProvenanceRules
{
    public static IReadOnlyList<ValidationError> Validate(SeedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var archives = new Dictionary<string, SeedArchive>(StringComparer.Ordinal);
        foreach (var archive in document.Archives)
        {
            archives.TryAdd(archive.Value.SourceKey, archive.Value);
        }

        var texts = archives.Values.Where(a => a.Text is not null)
            .ToDictionary(a => a.SourceKey, a => new ArchiveText(a.Text!), StringComparer.Ordinal);
        var errors = new List<ValidationError>();
        foreach (var entity in document.Entities)
        {
            CheckRecord(entity.Origin.ToString(), entity.Value.SourceKeys, entity.Value.Citations, archives, texts, errors);
        }

        foreach (var relationship in document.Relationships)
        {
            CheckRecord(relationship.Origin.ToString(), relationship.Value.SourceKeys, relationship.Value.Citations, archives, texts, errors);
        }

        errors.AddRange(StatementRules.Validate(document, archives, texts));
        return errors;
    }

    private static void CheckRecord(
        string path,
        IReadOnlyList<string> sourceKeys,
        IReadOnlyList<Citation> citations,
        Dictionary<string, SeedArchive> archives,
        Dictionary<string, ArchiveText> texts,
        List<ValidationError> errors)
    {
        for (var c = 0; c < citations.Count; c++)
        {
            var citation = citations[c];
            if (citation is null || !archives.TryGetValue(citation.SourceKey, out var archive))
            {
                continue;
            }

            var quotePath = $"{path}.citations[{c}].quote";
            if (citation.Quote is null)
            {
                errors.Add(new ValidationError(quotePath, SeedErrorCodes.QuoteRequired,
                    $"The source '{citation.SourceKey}' is archived ({archive.Path}): its citation must quote the passage that supports the fact."));
            }
            else if (!string.IsNullOrWhiteSpace(citation.Quote) && texts.TryGetValue(citation.SourceKey, out var text) && !text.Contains(citation.Quote))
            {
                errors.Add(NotInArchive(quotePath, citation.Quote, archive));
            }
        }

        foreach (var key in sourceKeys.Where(archives.ContainsKey).Distinct(StringComparer.Ordinal))
        {
            if (!citations.Any(c => c is not null && string.Equals(c.SourceKey, key, StringComparison.Ordinal)))
            {
                errors.Add(new ValidationError(path + ".citations", SeedErrorCodes.ArchivedSourceUncited,
                    $"The record lists the archived source '{key}' but quotes nothing from it: add a citation with the sentence " +
                    "that states the fact, or drop the source if it does not state it."));
            }
        }
    }

    internal static ValidationError NotInArchive(string path, string quote, SeedArchive archive) =>
        new(path, SeedErrorCodes.QuoteNotInArchive,
            $"The quote \"{Shorten(quote)}\" is not in the archived text of '{archive.SourceKey}' ({archive.Path}); quote it verbatim " +
            "(only runs of white space may differ).");

    private static string Shorten(string quote) => quote.Length <= 80 ? quote : quote[..77] + "...";
}
