using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Seeding.Provenance;

/// <summary>
/// The rules of the <c>statements</c> arrays: ids are unique slugs, each statement quotes an archived source verbatim,
/// and each record it is held by exists in the seed; a statement held by none says why in its note.
/// </summary>
internal static class StatementRules
{
    public static IEnumerable<ValidationError> Validate(
        SeedDocument document, Dictionary<string, SeedArchive> archives, Dictionary<string, ArchiveText> texts)
    {
        var entities = document.Entities.Select(e => e.Value.Key).ToHashSet(StringComparer.Ordinal);
        var relationships = document.Relationships.Select(r => r.Value.Key).ToHashSet(StringComparer.Ordinal);
        var sources = document.Sources.Select(s => s.Value.Key).ToHashSet(StringComparer.Ordinal);
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<ValidationError>();
        foreach (var (statement, origin) in document.Statements)
        {
            var path = origin.ToString();
            CheckId(path, statement.Id, first, errors);
            CheckQuote(path, statement, sources, archives, texts, errors);
            CheckHolds(path, statement, entities, relationships, errors);
        }

        return errors;
    }

    private static void CheckId(string path, string id, Dictionary<string, string> first, List<ValidationError> errors)
    {
        if (string.IsNullOrEmpty(id))
        {
            errors.Add(new ValidationError(path + ".id", ValidationCodes.Required, "The statement id is missing."));
        }
        else if (!KeyFormat.IsValid(id, ValidationLimits.SourceKeyMaxLength))
        {
            errors.Add(new ValidationError(path + ".id", ValidationCodes.InvalidKey,
                $"The statement id '{id}' is not a slug (lower-case letters and digits joined by single hyphens)."));
        }
        else if (!first.TryAdd(id, path))
        {
            errors.Add(new ValidationError(path + ".id", ValidationCodes.DuplicateKey, $"The statement id '{id}' is already used by {first[id]}."));
        }
    }

    private static void CheckQuote(
        string path,
        SeedStatement statement,
        HashSet<string> sources,
        Dictionary<string, SeedArchive> archives,
        Dictionary<string, ArchiveText> texts,
        List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(statement.Quote))
        {
            errors.Add(new ValidationError(path + ".quote", ValidationCodes.Required, "The statement's quote is missing."));
        }

        if (string.IsNullOrEmpty(statement.SourceKey))
        {
            errors.Add(new ValidationError(path + ".source", ValidationCodes.Required, "The statement's source key is missing."));
        }
        else if (!sources.Contains(statement.SourceKey))
        {
            errors.Add(new ValidationError(path + ".source", ValidationCodes.UnknownSource,
                $"No source has the key '{statement.SourceKey}'{ClosestMatch.Hint(statement.SourceKey, sources)}."));
        }
        else if (!archives.TryGetValue(statement.SourceKey, out var archive))
        {
            errors.Add(new ValidationError(path + ".source", SeedErrorCodes.SourceNotArchived,
                $"The source '{statement.SourceKey}' has no archive to check the quote against; give it an 'archive'."));
        }
        else if (!string.IsNullOrWhiteSpace(statement.Quote) && texts.TryGetValue(statement.SourceKey, out var text) && !text.Contains(statement.Quote))
        {
            errors.Add(ProvenanceRules.NotInArchive(path + ".quote", statement.Quote, archive));
        }
    }

    private static void CheckHolds(
        string path, SeedStatement statement, HashSet<string> entities, HashSet<string> relationships, List<ValidationError> errors)
    {
        if (statement.Holds.Count == 0 && statement.Note is null)
        {
            errors.Add(new ValidationError(path + ".note", SeedErrorCodes.StatementNoteRequired,
                $"Statement '{statement.Id}' is held by no record: say in 'note' why it is not modelled."));
        }

        for (var h = 0; h < statement.Holds.Count; h++)
        {
            var holdPath = $"{path}.holds[{h}]";
            var (entity, relationship) = statement.Holds[h];
            if ((entity is null) == (relationship is null))
            {
                errors.Add(new ValidationError(holdPath, SeedErrorCodes.InvalidStatementHold,
                    "Each of 'holds' names exactly one record: { \"entity\": \"<key>\" } or { \"relationship\": \"<key>\" }."));
            }
            else if (entity is not null && !entities.Contains(entity))
            {
                errors.Add(Missing(holdPath + ".entity", statement.Id, "entity", entity, entities));
            }
            else if (relationship is not null && !relationships.Contains(relationship))
            {
                errors.Add(Missing(holdPath + ".relationship", statement.Id, "relationship", relationship, relationships));
            }
        }
    }

    private static ValidationError Missing(string path, string id, string what, string key, HashSet<string> keys) =>
        new(path, SeedErrorCodes.StatementRecordMissing,
            $"Statement '{id}' is held by the {what} '{key}', which the seed does not have{ClosestMatch.Hint(key, keys)}.");
}
