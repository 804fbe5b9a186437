using System.Globalization;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Domain.Validation;

/// <summary>
/// Checks a <see cref="GraphChangeSet"/> against the domain's rules before a store applies it: key formats and
/// uniqueness, kinds and their declared properties (type, allowed values, range), names and lengths, years,
/// currencies, source URLs, relationship types and the kinds they allow in each direction, endpoints, and that every
/// fact cites at least one source that exists. References resolve against the change set first, then against
/// <see cref="IExistingGraph"/>. Every problem is reported, not only the first.
/// </summary>
public static class GraphChangeValidator
{
    /// <summary>
    /// All problems of <paramref name="changes"/>. <paramref name="recordPath"/> names a record (default
    /// <c>entities[3]</c>); a field is appended to it, e.g. <c>entities[3].properties.startYear</c>.
    /// </summary>
    public static IReadOnlyList<ValidationError> Validate(
        GraphChangeSet changes,
        IExistingGraph existing,
        Func<ChangeSetSection, int, string>? recordPath = null)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(existing);
        var run = new Run(changes, existing, recordPath ?? ChangeSetPaths.Validated);
        run.ValidateAll();
        return run.Errors;
    }

    /// <summary>Throws <see cref="ValidationException"/> listing every problem when the change set is invalid.</summary>
    public static void EnsureValid(
        GraphChangeSet changes,
        IExistingGraph existing,
        Func<ChangeSetSection, int, string>? recordPath = null)
    {
        var errors = Validate(changes, existing, recordPath);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    /// <summary>
    /// Entity keys the change set refers to but does not upsert, less those <paramref name="known"/> already tells (an
    /// import's earlier parts): look these up to build an <see cref="IExistingGraph"/>.
    /// </summary>
    public static IReadOnlySet<string> ReferencedEntityKeys(GraphChangeSet changes, Func<string, bool>? known = null)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var referenced = new ReferencedKeys(known, () => changes.UpsertEntities.Select(u => u.Entity.Key));
        // One pass over the endpoints, no set of them all: an import's part names a million of them, nearly all known.
        var relationships = changes.UpsertRelationships;
        for (var i = 0; i < relationships.Count; i++)
        {
            referenced.Add(relationships[i].FromKey);
            referenced.Add(relationships[i].ToKey);
        }

        return referenced.Keys;
    }

    /// <summary>
    /// Source keys the change set cites but does not upsert, less those <paramref name="known"/> already tells: look
    /// these up to build an <see cref="IExistingGraph"/>.
    /// </summary>
    public static IReadOnlySet<string> ReferencedSourceKeys(GraphChangeSet changes, Func<string, bool>? known = null)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var referenced = new ReferencedKeys(known, () => changes.UpsertSources.Select(s => s.Key));
        var entities = changes.UpsertEntities;
        for (var i = 0; i < entities.Count; i++)
        {
            referenced.AddAll(entities[i].Entity.SourceKeys);
        }

        var relationships = changes.UpsertRelationships;
        for (var i = 0; i < relationships.Count; i++)
        {
            referenced.AddAll(relationships[i].SourceKeys);
        }

        return referenced.Keys;
    }

    /// <summary>True when <paramref name="code"/> has the shape of an ISO 4217 code: three upper-case letters A–Z.</summary>
    public static bool IsCurrencyCode(string? code) =>
        code is { Length: 3 } && code.All(c => c is >= 'A' and <= 'Z');

    /// <summary>True when <paramref name="url"/> is an absolute http or https URL with a host.</summary>
    public static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) &&
        !string.IsNullOrEmpty(uri.Host);

    private sealed class Run(GraphChangeSet changes, IExistingGraph existing, Func<ChangeSetSection, int, string> recordPath)
    {
        private readonly Dictionary<string, EntityKind> _entityKinds = new(StringComparer.Ordinal);
        private readonly HashSet<string> _sourceKeys = new(StringComparer.Ordinal);
        private readonly HashSet<string> _deletedEntities = new(StringComparer.Ordinal);

        // Keys the change set upserts without a kind to resolve them to (an invalid key, an unknown kind, a repeat): an
        // endpoint naming one is not looked for elsewhere. A set, not a scan of the upserts per endpoint.
        private readonly HashSet<string> _unresolvedEntityKeys = new(StringComparer.Ordinal);
        private readonly HashSet<string> _deletedSources = new(StringComparer.Ordinal);

        public List<ValidationError> Errors { get; } = [];

        public void ValidateAll()
        {
            ValidateSources();
            ValidateDeletes();
            ValidateEntities();
            ValidateRelationships();
        }

        private void ValidateSources()
        {
            var first = new Dictionary<string, int>(changes.UpsertSources.Count, StringComparer.Ordinal);
            for (var i = 0; i < changes.UpsertSources.Count; i++)
            {
                var path = new RecordPath(recordPath, ChangeSetSection.Sources, i);
                var source = changes.UpsertSources[i];
                if (source is null)
                {
                    Add(path, ValidationCodes.Required, "The source record is missing.");
                    continue;
                }

                if (CheckKey(path, "source", source.Key, ValidationLimits.SourceKeyMaxLength))
                {
                    CheckDuplicate(first, source.Key, i, path, ChangeSetSection.Sources, "source");
                    _sourceKeys.Add(source.Key);
                }

                CheckSource(path, source);
            }
        }

        private void CheckSource(RecordPath path, Source source)
        {
            CheckRequiredText(path, "title", source.Title, ValidationLimits.TitleMaxLength);
            CheckOptionalText(path, "publisher", source.Publisher, ValidationLimits.PublisherMaxLength);
            if (!string.IsNullOrEmpty(source.Url))
            {
                if (source.Url.Length > ValidationLimits.UrlMaxLength)
                {
                    Add(path + ".url", ValidationCodes.TooLong, $"The url is longer than {ValidationLimits.UrlMaxLength} characters.");
                }
                else if (!IsHttpUrl(source.Url))
                {
                    Add(path + ".url", ValidationCodes.InvalidUrl, $"The url '{source.Url}' is not an absolute http or https URL.");
                }
            }

            if (source.PublishedOn is { } published && source.AccessedOn is { } accessed && accessed < published)
            {
                Add(path + ".accessedOn", ValidationCodes.InvalidDate,
                    $"accessedOn {accessed:yyyy-MM-dd} is before publishedOn {published:yyyy-MM-dd}.");
            }
        }

        private void ValidateEntities()
        {
            var first = new Dictionary<string, int>(changes.UpsertEntities.Count, StringComparer.Ordinal);
            for (var i = 0; i < changes.UpsertEntities.Count; i++)
            {
                var path = new RecordPath(recordPath, ChangeSetSection.Entities, i);
                var entity = changes.UpsertEntities[i]?.Entity;
                if (entity is null)
                {
                    Add(path, ValidationCodes.Required, "The entity record is missing.");
                    continue;
                }

                var kindKnown = Enum.IsDefined(entity.Kind);
                if (CheckKey(path, "entity", entity.Key, ValidationLimits.EntityKeyMaxLength) &&
                    CheckDuplicate(first, entity.Key, i, path, ChangeSetSection.Entities, "entity") && kindKnown)
                {
                    _entityKinds[entity.Key] = entity.Kind;
                }
                else if (entity.Key is not null)
                {
                    _unresolvedEntityKeys.Add(entity.Key);
                }

                if (changes.UpsertEntities[i].ExpectedVersion is < 0)
                {
                    Add(path + ".expectedVersion", ValidationCodes.OutOfRange, "expectedVersion must not be negative.");
                }

                CheckRequiredText(path, "name", entity.Name, ValidationLimits.NameMaxLength);
                CheckAliases(path, entity);
                CheckOptionalText(path, "description", entity.Description, ValidationLimits.DescriptionMaxLength);
                if (kindKnown)
                {
                    CheckProperties(path, entity);
                }
                else
                {
                    Add(path + ".kind", ValidationCodes.UnknownKind,
                        $"Unknown kind '{entity.Kind}'; known kinds: {string.Join(", ", Enum.GetNames<EntityKind>())}.");
                }

                CheckSourceKeys(path, entity.SourceKeys);
                Errors.AddRange(CitationRules.Check(path, entity));
            }
        }

        private void CheckAliases(RecordPath path, Entity entity)
        {
            var aliases = entity.Aliases ?? [];
            if (aliases.Count > ValidationLimits.MaxAliases)
            {
                Add(path + ".aliases", ValidationCodes.TooMany, $"At most {ValidationLimits.MaxAliases} aliases are allowed; {aliases.Count} were given.");
            }

            // Built at the first alias: most records have none, and every record of an import comes through here.
            HashSet<string>? seen = null;
            for (var a = 0; a < aliases.Count; a++)
            {
                var aliasPath = path.Within($".aliases[{a}]");
                if (!CheckRequiredText(aliasPath, "alias", aliases[a], ValidationLimits.AliasMaxLength, appendField: false))
                {
                    continue;
                }

                if (!(seen ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(aliases[a]))
                {
                    Add(aliasPath, ValidationCodes.DuplicateValue, $"The alias '{aliases[a]}' is listed twice.");
                }
                else if (string.Equals(aliases[a], entity.Name, StringComparison.OrdinalIgnoreCase))
                {
                    Add(aliasPath, ValidationCodes.DuplicateValue, $"The alias '{aliases[a]}' repeats the name.");
                }
            }
        }

        private void CheckProperties(RecordPath path, Entity entity)
        {
            if (entity.Properties is not { Count: > 0 } properties)
            {
                return;
            }

            var definition = EntityKinds.Get(entity.Kind);
            foreach (var (name, value) in properties)
            {
                var propertyPath = path.Within($".properties.{name}");
                var property = definition.Find(name);
                if (property is null)
                {
                    var declared = definition.Properties.Select(p => p.Name).ToList();
                    Add(propertyPath, ValidationCodes.UnknownProperty,
                        $"{entity.Kind} has no property '{name}'{ClosestMatch.Hint(name, declared)}; declared: {string.Join(", ", declared)}.");
                    continue;
                }

                CheckPropertyValue(propertyPath, property, value);
            }
        }

        private void CheckPropertyValue(RecordPath path, PropertyDefinition property, PropertyValue value)
        {
            if (value.Type != property.Type)
            {
                Add(path, ValidationCodes.PropertyType,
                    $"'{property.Name}' must be {Describe(property.Type)}, not {Describe(value.Type)} ({Quote(value)}).");
                return;
            }

            if (property.Type == PropertyType.Text)
            {
                var text = value.Text ?? string.Empty;
                if (text.Trim().Length == 0)
                {
                    Add(path, ValidationCodes.Required, $"'{property.Name}' must not be empty; leave it out instead.");
                }
                else if (text.Length > ValidationLimits.TextPropertyMaxLength)
                {
                    Add(path, ValidationCodes.TooLong, $"'{property.Name}' is longer than {ValidationLimits.TextPropertyMaxLength} characters.");
                }
                else if (property.AllowedValues is { } allowed && !allowed.Contains(text, StringComparer.Ordinal))
                {
                    Add(path, ValidationCodes.ValueNotAllowed,
                        $"'{text}' is not an allowed value of '{property.Name}'{ClosestMatch.Hint(text, allowed)}; allowed: {string.Join(", ", allowed)}.");
                }
                else if (property.Name.EndsWith("Currency", StringComparison.Ordinal) && !IsCurrencyCode(text))
                {
                    Add(path, ValidationCodes.InvalidCurrency, $"'{property.Name}' must be an ISO 4217 code of three upper-case letters, not '{text}'.");
                }

                return;
            }

            var number = value.AsDouble();
            if (!double.IsFinite(number))
            {
                Add(path, ValidationCodes.OutOfRange, $"'{property.Name}' must be a finite number.");
            }
            else if (property.Minimum is { } min && number < min)
            {
                Add(path, ValidationCodes.OutOfRange, $"'{property.Name}' is {Quote(value)}, below the minimum {min.ToString(CultureInfo.InvariantCulture)}.");
            }
            else if (property.Maximum is { } max && number > max)
            {
                Add(path, ValidationCodes.OutOfRange, $"'{property.Name}' is {Quote(value)}, above the maximum {max.ToString(CultureInfo.InvariantCulture)}.");
            }
        }

        private void ValidateDeletes()
        {
            // The upserted keys are gathered only for deletes to check against: an import deletes nothing.
            if (changes.DeleteRelationshipKeys.Count > 0)
            {
                var upsertedRelationships = changes.UpsertRelationships.Where(r => r is not null).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
                CheckDeletes(ChangeSetSection.DeleteRelationshipKeys, changes.DeleteRelationshipKeys, ValidationLimits.RelationshipKeyMaxLength, "relationship", upsertedRelationships, null);
            }

            if (changes.DeleteEntityKeys.Count > 0)
            {
                var upsertedEntities = changes.UpsertEntities.Where(u => u?.Entity is not null).Select(u => u.Entity.Key).ToHashSet(StringComparer.Ordinal);
                CheckDeletes(ChangeSetSection.DeleteEntityKeys, changes.DeleteEntityKeys, ValidationLimits.EntityKeyMaxLength, "entity", upsertedEntities, _deletedEntities);
            }

            CheckDeletes(ChangeSetSection.DeleteSourceKeys, changes.DeleteSourceKeys, ValidationLimits.SourceKeyMaxLength, "source", _sourceKeys, _deletedSources);
        }

        private void CheckDeletes(
            ChangeSetSection section, IReadOnlyList<string> keys, int maxLength, string what, IReadOnlySet<string> upserted, HashSet<string>? deleted)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                var path = new RecordPath(recordPath, section, i);
                if (!CheckKey(path, what, keys[i], maxLength, appendField: false))
                {
                    continue;
                }

                if (upserted.Contains(keys[i]))
                {
                    Add(path, ValidationCodes.UpsertAndDelete, $"The {what} '{keys[i]}' is both written and deleted in the same change.");
                }

                deleted?.Add(keys[i]);
            }
        }

        private void ValidateRelationships()
        {
            var first = new Dictionary<string, int>(changes.UpsertRelationships.Count, StringComparer.Ordinal);
            for (var i = 0; i < changes.UpsertRelationships.Count; i++)
            {
                var path = new RecordPath(recordPath, ChangeSetSection.Relationships, i);
                var relationship = changes.UpsertRelationships[i];
                if (relationship is null)
                {
                    Add(path, ValidationCodes.Required, "The relationship record is missing.");
                    continue;
                }

                if (CheckKey(path, "relationship", relationship.Key, ValidationLimits.RelationshipKeyMaxLength))
                {
                    CheckDuplicate(first, relationship.Key, i, path, ChangeSetSection.Relationships, "relationship");
                }

                var fromKind = ResolveEndpoint(path, "from", relationship.FromKey);
                var toKind = ResolveEndpoint(path, "to", relationship.ToKey);
                CheckType(path, relationship, fromKind, toKind);
                CheckOptionalText(path, "role", relationship.Role, ValidationLimits.RoleMaxLength);
                CheckOptionalText(path, "note", relationship.Note, ValidationLimits.NoteMaxLength);
                CheckYears(path, relationship);
                CheckAmount(path, relationship);
                if (!Enum.IsDefined(relationship.Confidence))
                {
                    Add(path + ".confidence", ValidationCodes.InvalidConfidence,
                        $"Unknown confidence '{relationship.Confidence}'; use {string.Join(" or ", Enum.GetNames<Confidence>())}.");
                }

                CheckSourceKeys(path, relationship.SourceKeys);
                Errors.AddRange(CitationRules.Check(path, relationship));
            }
        }

        private EntityKind? ResolveEndpoint(RecordPath path, string end, string? key)
        {
            if (string.IsNullOrEmpty(key))
            {
                Add($"{path}.{end}", ValidationCodes.Required, $"The relationship's '{end}' entity key is missing.");
                return null;
            }

            if (_deletedEntities.Contains(key))
            {
                Add($"{path}.{end}", ValidationCodes.MissingEndpoint, $"The entity '{key}' is deleted in the same change.");
                return null;
            }

            if (_entityKinds.TryGetValue(key, out var kind))
            {
                return kind;
            }

            if (_unresolvedEntityKeys.Contains(key))
            {
                // Present but itself invalid (unknown kind): its own error says why; do not pile up more.
                return null;
            }

            if (existing.FindEntityKind(key) is { } stored)
            {
                return stored;
            }

            Add($"{path}.{end}", ValidationCodes.MissingEndpoint, $"No entity has the key '{key}'{ClosestMatch.Hint(key, _entityKinds.Keys)}.");
            return null;
        }

        private void CheckType(RecordPath path, Relationship relationship, EntityKind? fromKind, EntityKind? toKind)
        {
            if (string.IsNullOrEmpty(relationship.Type))
            {
                Add(path + ".type", ValidationCodes.Required, "The relationship type is missing.");
                return;
            }

            var type = RelationshipTypes.Find(relationship.Type);
            if (type is null)
            {
                var names = RelationshipTypes.All.Select(t => t.Name).ToList();
                Add(path + ".type", ValidationCodes.UnknownRelationshipType,
                    $"Unknown relationship type '{relationship.Type}'{ClosestMatch.Hint(relationship.Type, names)}; known types: {string.Join(", ", names)}.");
                return;
            }

            if (fromKind is not { } from || toKind is not { } to || type.Allows(from, to))
            {
                return;
            }

            var message = $"{type.Name} does not allow {from} → {to} ('{relationship.FromKey}' → '{relationship.ToKey}'); " +
                          $"it allows {Kinds(type.FromKinds)} → {Kinds(type.ToKinds)}.";
            if (type.Allows(to, from))
            {
                message += " The direction looks reversed: swap from and to.";
            }

            Add(path + ".type", ValidationCodes.RelationshipNotAllowed, message);
        }

        private void CheckYears(RecordPath path, Relationship relationship)
        {
            var sinceOk = CheckYear(path, "sinceYear", relationship.SinceYear);
            var untilOk = CheckYear(path, "untilYear", relationship.UntilYear);
            if (sinceOk && untilOk && relationship.SinceYear is { } since && relationship.UntilYear is { } until && since > until)
            {
                Add(path + ".untilYear", ValidationCodes.InvalidYearRange, $"untilYear {until} is before sinceYear {since}.");
            }
        }

        private bool CheckYear(RecordPath path, string field, int? year)
        {
            if (year is { } y && (y < ValidationLimits.MinYear || y > ValidationLimits.MaxYear))
            {
                Add($"{path}.{field}", ValidationCodes.OutOfRange, $"{field} {y} is outside {ValidationLimits.MinYear}–{ValidationLimits.MaxYear}.");
                return false;
            }

            return true;
        }

        private void CheckAmount(RecordPath path, Relationship relationship)
        {
            if (relationship.Amount is { } amount && (!double.IsFinite(amount) || amount < 0))
            {
                Add(path + ".amount", ValidationCodes.OutOfRange, "amount must be a finite number, zero or more.");
            }

            if (!string.IsNullOrEmpty(relationship.Currency))
            {
                if (!IsCurrencyCode(relationship.Currency))
                {
                    Add(path + ".currency", ValidationCodes.InvalidCurrency,
                        $"currency must be an ISO 4217 code of three upper-case letters (e.g. USD), not '{relationship.Currency}'.");
                }
            }
            else if (relationship.Amount is not null)
            {
                Add(path + ".currency", ValidationCodes.CurrencyRequired, "An amount needs a currency.");
            }
        }

        private void CheckSourceKeys(RecordPath path, IReadOnlyList<string>? sourceKeys)
        {
            var keys = sourceKeys ?? [];
            if (keys.Count == 0)
            {
                Add(path + ".sources", ValidationCodes.SourceRequired, "Every fact must cite at least one source.");
                return;
            }

            if (keys.Count > ValidationLimits.MaxSourcesPerFact)
            {
                Add(path + ".sources", ValidationCodes.TooMany, $"At most {ValidationLimits.MaxSourcesPerFact} sources may be cited.");
            }

            // Paths are spelt only for a problem: this runs for every record of a large import.
            var repeats = new RepeatFinder(keys);
            for (var s = 0; s < keys.Count; s++)
            {
                var key = keys[s];
                if (string.IsNullOrEmpty(key))
                {
                    Add($"{path}.sources[{s}]", ValidationCodes.Required, "A source key is empty.");
                }
                else if (repeats.IsRepeat(s))
                {
                    Add($"{path}.sources[{s}]", ValidationCodes.DuplicateValue, $"The source '{key}' is cited twice.");
                }
                else if (_deletedSources.Contains(key))
                {
                    Add($"{path}.sources[{s}]", ValidationCodes.UnknownSource, $"The source '{key}' is deleted in the same change.");
                }
                else if (!_sourceKeys.Contains(key) && !existing.HasSource(key))
                {
                    Add($"{path}.sources[{s}]", ValidationCodes.UnknownSource, $"No source has the key '{key}'{ClosestMatch.Hint(key, _sourceKeys)}.");
                }
            }
        }

        private bool CheckKey(RecordPath path, string what, string? key, int maxLength, bool appendField = true)
        {
            if (string.IsNullOrEmpty(key))
            {
                Add(KeyPath(), ValidationCodes.Required, $"The {what} key is missing.");
                return false;
            }

            if (!KeyFormat.IsValid(key, maxLength))
            {
                Add(KeyPath(), ValidationCodes.InvalidKey,
                    $"The {what} key '{key}' is not a slug of at most {maxLength} characters (lower-case letters and digits joined by single hyphens).");
                return false;
            }

            return true;

            string KeyPath() => appendField ? path + ".key" : path.ToString();
        }

        private bool CheckDuplicate(Dictionary<string, int> first, string key, int index, RecordPath path, ChangeSetSection section, string what)
        {
            if (first.TryAdd(key, index))
            {
                return true;
            }

            Add(path + ".key", ValidationCodes.DuplicateKey, $"The {what} key '{key}' is already used by {recordPath(section, first[key])}.");
            return false;
        }

        // The text checks take the record's path and spell the field's only for a problem: they run for every record.
        private bool CheckRequiredText(RecordPath path, string field, string? value, int maxLength, bool appendField = true)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(appendField ? $"{path}.{field}" : path.ToString(), ValidationCodes.Required, $"The {field} must not be empty.");
                return false;
            }

            return CheckOptionalText(path, field, value, maxLength, appendField);
        }

        private bool CheckOptionalText(RecordPath path, string field, string? value, int maxLength, bool appendField = true)
        {
            if (value is not null && value.Length > maxLength)
            {
                Add(appendField ? $"{path}.{field}" : path.ToString(), ValidationCodes.TooLong, $"The {field} is {value.Length} characters long; at most {maxLength} are allowed.");
                return false;
            }

            return true;
        }

        private void Add(string path, string code, string message) => Errors.Add(new ValidationError(path, code, message));

        private void Add(RecordPath path, string code, string message) => Add(path.ToString(), code, message);

        private static string Kinds(IReadOnlySet<EntityKind> kinds) =>
            string.Join("|", Enum.GetValues<EntityKind>().Where(kinds.Contains));

        private static string Describe(PropertyType type) => type switch
        {
            PropertyType.Text => "text",
            PropertyType.Integer => "an integer",
            _ => "a number",
        };

        private static string Quote(PropertyValue value) =>
            value.Type == PropertyType.Text ? $"'{value.Text}'" : value.ToString();
    }
}
