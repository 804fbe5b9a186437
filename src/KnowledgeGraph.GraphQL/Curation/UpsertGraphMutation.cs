using System.Globalization;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Mutations;
using KnowledgeGraph.GraphQL.Relationships;
using KnowledgeGraph.GraphQL.Schema;
using KnowledgeGraph.GraphQL.Sources;

namespace KnowledgeGraph.GraphQL.Curation;

/// <summary>
/// <c>upsertGraph</c>: sources, entities and relationships created or replaced by natural key in one store transaction
/// — all or nothing. Idempotent: records equal to what is stored are not written, so running the same input twice
/// changes nothing the second time, not even versions. Errors point into the input lists.
/// </summary>
public sealed class UpsertGraphMutation(GraphWriter writer) : IMutationFieldContributor
{
    /// <summary>The most records (sources, entities and relationships together) one call may carry.</summary>
    public const int MaxRecords = 5000;

    public void AddFields(ObjectGraphType mutation)
    {
        var payload = MutationPayloadTypes.Create("upsertGraph", type => type.Field<UpsertGraphResultType>("result")
            .Description("Counts per list and the graph version; null when nothing was written because of errors.")
            .Resolve(context => context.Source.Value as UpsertGraphSummary), typeof(ValidationErrorType), typeof(VersionConflictErrorType));
        mutation.Field("upsertGraph", new NonNullGraphType(payload))
            .Description($"Creates or replaces sources, entities and relationships by natural key, in one transaction: all or nothing. At most {MaxRecords} records.")
            .InputArgument(UpsertGraphInputTypes.Create())
            .ResolveAsync(async context => await UpsertAsync(context));
    }

    private static string Index(int index) => index.ToString(CultureInfo.InvariantCulture);

    private async Task<MutationPayload> UpsertAsync(IResolveFieldContext context)
    {
        var fields = MutationInput.From(context.GetArgument<object>(MutationInputArgument.Name));
        var sourceInputs = fields.Objects("sources") ?? [];
        var entityInputs = fields.Objects("entities") ?? [];
        var relationshipInputs = fields.Objects("relationships") ?? [];
        var total = sourceInputs.Count + entityInputs.Count + relationshipInputs.Count;
        if (total > MaxRecords)
        {
            return MutationPayload.Failure(new InputError(
                $"{total} records were given; at most {MaxRecords} may be upserted at once.", ValidationCodes.TooMany, [InputPaths.Root]));
        }

        var errors = new List<UserError>();
        var sources = sourceInputs.Select(s => SourceInputFields.Read(s, s.String("key") ?? string.Empty)).ToList();
        var kindFields = new List<string>();
        var entities = new List<EntityUpsert>();
        foreach (var entityInput in entityInputs)
        {
            // The one-of input type guarantees exactly one kind field; GraphQL validation refuses anything else.
            var kind = EntityKinds.All.Select(d => d.Kind).First(k => entityInput.Object(UpsertGraphInputTypes.FieldOf(k)) is not null);
            var record = entityInput.Object(UpsertGraphInputTypes.FieldOf(kind))!;
            kindFields.Add(UpsertGraphInputTypes.FieldOf(kind));
            var entity = EntityInputFields.Read(
                record, kind, record.String("key") ?? string.Empty, record.Strings("sourceKeys") ?? [], CitationInputFields.Read(record, byId: false, errors));
            entities.Add(new EntityUpsert(entity, record.Long("expectedVersion")));
        }

        var relationships = new List<Relationship>();
        foreach (var relationshipInput in relationshipInputs)
        {
            var (type, from, to) = (relationshipInput.String("type") ?? string.Empty, relationshipInput.String("from") ?? string.Empty, relationshipInput.String("to") ?? string.Empty);
            var key = relationshipInput.String("key") ?? KeyDerivation.RelationshipKey(type, from, to, relationshipInput.String("role"));
            var given = new Relationship
            {
                Key = key,
                Type = type,
                FromKey = from,
                ToKey = to,
                SourceKeys = relationshipInput.Strings("sourceKeys") ?? [],
                Citations = CitationInputFields.Read(relationshipInput, byId: false, errors) ?? [],
            };
            relationships.Add(RelationshipInputFields.Read(relationshipInput, given, errors, partial: false)!);
        }

        var changes = new GraphChangeSet { UpsertSources = sources, UpsertEntities = entities, UpsertRelationships = relationships };
        var paths = new InputPaths(
            (section, index) => section switch
            {
                ChangeSetSection.Sources => InputPaths.Input("sources", Index(index)),
                ChangeSetSection.Entities => InputPaths.Input("entities", Index(index), kindFields[index]),
                ChangeSetSection.Relationships => InputPaths.Input("relationships", Index(index)),
                _ => [InputPaths.Root],
            },
            sourcesField: "sourceKeys", fromField: "from", toField: "to", citationSourceField: CitationInputFields.SourceKeyField);

        var stored = await StoredAsync(context, changes);
        var outcome = await writer.WriteAsync(context, fields, changes, paths);
        if (!outcome.Succeeded)
        {
            return MutationPayload.Failure(outcome.Errors!);
        }

        return MutationPayload.Success(new UpsertGraphSummary(
            outcome.Result!.GraphVersion,
            outcome.Result.Changed,
            Count(sources, s => s.Key, stored.Sources, (given, before) => given == before),
            Count(entities.Select(u => u.Entity).ToList(), e => e.Key, stored.Entities, UnchangedRecords.Same),
            Count(relationships, r => r.Key, stored.Relationships, UnchangedRecords.Same)));
    }

    private async Task<(Dictionary<string, Source> Sources, Dictionary<string, Entity> Entities, Dictionary<string, Relationship> Relationships)> StoredAsync(
        IResolveFieldContext context, GraphChangeSet changes)
    {
        // The three record types are loaded together before any is awaited: one store call each, none for an empty list.
        var token = context.CancellationToken;
        var loaders = writer.Loaders(context);
        var pendingSources = loaders.Sources.LoadMany(changes.UpsertSources.Select(s => s.Key).Distinct());
        var pendingEntities = loaders.Entities.LoadMany(changes.UpsertEntities.Select(u => u.Entity.Key).Distinct());
        var pendingRelationships = loaders.RelationshipsByKey.LoadMany(changes.UpsertRelationships.Select(r => r.Key).Distinct());
        var sources = await pendingSources.GetResultAsync(token);
        var entities = await pendingEntities.GetResultAsync(token);
        var relationships = await pendingRelationships.GetResultAsync(token);
        return (
            sources.ToDictionary(s => s.Key, StringComparer.Ordinal),
            entities.ToDictionary(e => e.Key, StringComparer.Ordinal),
            relationships.ToDictionary(r => r.Key, StringComparer.Ordinal));
    }

    private static UpsertCounts Count<T>(IReadOnlyList<T> given, Func<T, string> key, Dictionary<string, T> stored, Func<T, T, bool> same)
    {
        var (created, updated, unchanged) = (0, 0, 0);
        foreach (var record in given)
        {
            if (!stored.TryGetValue(key(record), out var before))
            {
                created++;
            }
            else if (same(record, before))
            {
                unchanged++;
            }
            else
            {
                updated++;
            }
        }

        return new UpsertCounts(created, updated, unchanged);
    }
}
