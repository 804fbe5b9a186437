using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Domain.Validation;

/// <summary>
/// The rules every record's citations obey, whatever writes them: each cites a source the record lists, a quote is
/// non-empty and at most <see cref="ValidationLimits.QuoteMaxLength"/> characters, <c>about</c> names a field the
/// record holds (<see cref="CitableFields"/>), and no citation is given twice.
/// </summary>
internal static class CitationRules
{
    /// <summary>The problems of <paramref name="entity"/>'s citations, at <paramref name="path"/> (spelt only for a record that cites passages).</summary>
    public static IEnumerable<ValidationError> Check(RecordPath path, Entity entity) =>
        entity.Citations is not { Count: > 0 } ? [] : Check(path.ToString(), entity.Citations, entity.SourceKeys, CitableFields.Of(entity));

    /// <summary>The problems of <paramref name="relationship"/>'s citations, as for an entity.</summary>
    public static IEnumerable<ValidationError> Check(RecordPath path, Relationship relationship) =>
        relationship.Citations is not { Count: > 0 } ? [] : Check(path.ToString(), relationship.Citations, relationship.SourceKeys, CitableFields.Of(relationship));

    // Most records of a large import cite no passage: the public checks above build nothing for them.
    private static IEnumerable<ValidationError> Check(
        string path, IReadOnlyList<Citation> citations, IReadOnlyList<string>? sourceKeys, IReadOnlySet<string> fields)
    {
        if (citations.Count > ValidationLimits.MaxCitationsPerFact)
        {
            yield return new ValidationError(path + ".citations", ValidationCodes.TooMany,
                $"At most {ValidationLimits.MaxCitationsPerFact} citations may be given; {citations.Count} were given.");
        }

        var listed = (sourceKeys ?? []).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<Citation>();
        for (var c = 0; c < citations.Count; c++)
        {
            var citationPath = $"{path}.citations[{c}]";
            var citation = citations[c];
            if (citation is null)
            {
                yield return new ValidationError(citationPath, ValidationCodes.Required, "The citation is missing.");
                continue;
            }

            foreach (var error in CheckOne(citationPath, citation, listed, fields))
            {
                yield return error;
            }

            if (!seen.Add(citation))
            {
                yield return new ValidationError(citationPath, ValidationCodes.DuplicateValue, "The same citation is given twice.");
            }
        }
    }

    private static IEnumerable<ValidationError> CheckOne(
        string path, Citation citation, HashSet<string> listed, IReadOnlySet<string> fields)
    {
        if (string.IsNullOrEmpty(citation.SourceKey))
        {
            yield return new ValidationError(path + ".source", ValidationCodes.Required, "The citation's source key is missing.");
        }
        else if (!listed.Contains(citation.SourceKey))
        {
            yield return new ValidationError(path + ".source", ValidationCodes.CitationSourceNotListed,
                $"The citation's source '{citation.SourceKey}' is not among the record's sources; add it to sources or cite one of " +
                $"{(listed.Count == 0 ? "them" : string.Join(", ", listed.Order(StringComparer.Ordinal)))}.");
        }

        if (citation.Quote is not null)
        {
            if (string.IsNullOrWhiteSpace(citation.Quote))
            {
                yield return new ValidationError(path + ".quote", ValidationCodes.Required, "The quote must not be empty; leave it out instead.");
            }
            else if (citation.Quote.Length > ValidationLimits.QuoteMaxLength)
            {
                yield return new ValidationError(path + ".quote", ValidationCodes.TooLong,
                    $"The quote is {citation.Quote.Length} characters long; at most {ValidationLimits.QuoteMaxLength} are allowed.");
            }
        }

        if (citation.Locator is { } locator && locator.Length > ValidationLimits.LocatorMaxLength)
        {
            yield return new ValidationError(path + ".locator", ValidationCodes.TooLong,
                $"The locator is {locator.Length} characters long; at most {ValidationLimits.LocatorMaxLength} are allowed.");
        }

        if (citation.About is { } about && !fields.Contains(about))
        {
            yield return new ValidationError(path + ".about", ValidationCodes.CitationAboutUnknown,
                $"The citation is about '{about}', which the record does not hold{ClosestMatch.Hint(about, fields)}; " +
                $"name one of {string.Join(", ", fields.Order(StringComparer.Ordinal))}, or leave 'about' out for the record as a whole.");
        }
    }
}
