using GraphQL.Types;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Relationships;
using KnowledgeGraph.GraphQL.Sources;

namespace KnowledgeGraph.GraphQL.History;

/// <summary>
/// One recorded change. The states before and after are given as <c>JSON</c> objects rather than as the live types:
/// a past state must not resolve relationship or source fields against today's graph, and one object per state keeps
/// every kind readable with one selection; <c>fieldChanges</c> pairs the old and new value of each changed field.
/// </summary>
public sealed class ChangeType : ObjectGraphType<ChangeRecord>
{
    public ChangeType()
    {
        Name = "Change";
        Description = "One recorded change of an entity, relationship or source: who, when, what changed and why.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Unique id of the change: base64 of \"Change:<sequence>\".")
            .Resolve(context => GlobalId.Encode(Name, context.Source.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Field<NonNullGraphType<LongGraphType>>("sequence")
            .Description("Store-wide number of the change; a later change has a larger number.")
            .Resolve(context => context.Source.Sequence);
        Field<NonNullGraphType<ChangeOperationType>>("operation")
            .Description("Created, updated or deleted.")
            .Resolve(context => context.Source.Operation);
        Field<NonNullGraphType<ChangeSubjectKindType>>("subjectKind")
            .Description("Whether the change is about an entity, a relationship or a source.")
            .Resolve(context => context.Source.SubjectKind);
        Field<IdGraphType>("subjectId")
            .Description("Global id of the subject (also after it was deleted), for node(id:) and history(id:).")
            .Resolve(context => SubjectId(context.Source));
        Field<NonNullGraphType<StringGraphType>>("subjectKey")
            .Description("The subject's natural key.")
            .Resolve(context => context.Source.SubjectKey);
        Field<EntityKindType>("entityKind")
            .Description("The entity's kind; null for relationships and sources.")
            .Resolve(context => context.Source.EntityKind);
        Field<StringGraphType>("author")
            .Description("Who made the change; null when the write named nobody.")
            .Resolve(context => context.Source.Author);
        Field<StringGraphType>("comment")
            .Description("Why, in the author's words; null when none was given.")
            .Resolve(context => context.Source.Comment);
        Field<NonNullGraphType<DateTimeGraphType>>("at")
            .Description("When the change was applied (UTC).")
            .Resolve(context => context.Source.At.UtcDateTime);
        Field<NonNullGraphType<LongGraphType>>("graphVersion")
            .Description("The graph version the change produced (as in statistics.graphVersion).")
            .Resolve(context => context.Source.GraphVersion);
        Field<LongGraphType>("version")
            .Description("The entity's version after the change; null for deletions, relationships and sources.")
            .Resolve(context => context.Source.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changedFields")
            .Description("Names of the fields that changed: core fields (name, aliases, description, sourceKeys…) first, then "
                + "an entity's properties by their declared names (e.g. lengthKm). A creation or deletion lists the fields that hold a value.")
            .Resolve(context => context.Source.ChangedFields);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldChangeType>>>>("fieldChanges")
            .Description("Each changed field with its value before and after.")
            .Resolve(context =>
            {
                var before = SnapshotJson.ToObject(context.Source.Before);
                var after = SnapshotJson.ToObject(context.Source.After);
                return context.Source.ChangedFields
                    .Select(field => new FieldChange(field, SnapshotJson.FieldValue(before, field), SnapshotJson.FieldValue(after, field)))
                    .ToList();
            });
        Field<JsonType>("before")
            .Description("The whole state before the change, as a JSON object (kind-specific properties under \"properties\"); null for a creation.")
            .Resolve(context => SnapshotJson.ToObject(context.Source.Before));
        Field<JsonType>("after")
            .Description("The whole state after the change, as a JSON object (kind-specific properties under \"properties\"); null for a deletion.")
            .Resolve(context => SnapshotJson.ToObject(context.Source.After));
    }

    private static string? SubjectId(ChangeRecord change) => change.SubjectKind switch
    {
        ChangeSubjectKind.Entity when change.EntityKind is { } kind => GlobalId.Encode(KindGraphTypes.TypeNameOf(kind), change.SubjectKey),
        ChangeSubjectKind.Source => GlobalId.Encode(SourceType.GraphTypeName, change.SubjectKey),
        ChangeSubjectKind.Relationship => GlobalId.Encode(RelationshipGraphType.GraphTypeName, change.SubjectKey),
        _ => null,
    };
}
