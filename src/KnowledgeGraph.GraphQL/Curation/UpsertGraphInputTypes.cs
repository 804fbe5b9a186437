using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Limits;
using KnowledgeGraph.GraphQL.Relationships;
using KnowledgeGraph.GraphQL.Sources;

namespace KnowledgeGraph.GraphQL.Curation;

/// <summary>
/// The input types of <c>upsertGraph</c>, keyed by natural keys as in the seed files: <c>UpsertGraphInput { sources
/// entities relationships comment }</c>, where each entity is a one-of input naming its kind
/// (<c>{ project: { key name … } }</c>) so that it carries exactly that kind's typed properties.
/// </summary>
public static class UpsertGraphInputTypes
{
    /// <summary>The field of <c>EntityUpsertInput</c> that holds an entity of <paramref name="kind"/>: <c>project</c>, <c>trainingProgram</c>…</summary>
    public static string FieldOf(EntityKind kind)
    {
        var name = KindGraphTypes.TypeNameOf(kind);
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static InputObjectGraphType Create()
    {
        var source = new InputObjectGraphType { Name = "SourceUpsertInput", Description = "A source, created or replaced by key." };
        source.Field<NonNullGraphType<StringGraphType>>("key").Description("Natural key (a lower-case slug).");
        SourceInputFields.Add(source, partial: false);

        var entity = EntityInput();
        var relationship = new InputObjectGraphType { Name = "RelationshipUpsertInput", Description = "A relationship, created or replaced by key." };
        relationship.Field<StringGraphType>("key").Description("Natural key; derived from from, type, to and role when left out (as in the seed files).");
        relationship.Field<NonNullGraphType<StringGraphType>>("type").Description("The relationship type, e.g. OPERATED_BY (see relationshipTypes).");
        relationship.Field<NonNullGraphType<StringGraphType>>("from").Description("Key of the entity at the start.");
        relationship.Field<NonNullGraphType<StringGraphType>>("to").Description("Key of the entity at the end.");
        RelationshipInputFields.Add(relationship, partial: false);
        relationship.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sourceKeys").Description("Keys of the sources backing it: at least one.");
        CitationInputFields.Add<CitationUpsertInputType>(relationship, partial: false);

        var input = new InputObjectGraphType
        {
            Name = "UpsertGraphInput",
            Description = "Records to create or replace by natural key, in one transaction. Records may refer to each other and to stored ones.",
        };
        input.Field("sources", new ListGraphType(new NonNullGraphType(source))).Description("Sources, written first.").BoundByResolver();
        input.Field("entities", new ListGraphType(new NonNullGraphType(entity))).Description("Entities, written after the sources.").BoundByResolver();
        input.Field("relationships", new ListGraphType(new NonNullGraphType(relationship))).Description("Relationships, written last.").BoundByResolver();
        input.Field<StringGraphType>("comment").Description("Why the change is made, recorded with it.");
        return input;
    }

    private static InputObjectGraphType EntityInput()
    {
        var entity = new InputObjectGraphType
        {
            Name = "EntityUpsertInput",
            Description = "An entity, created or replaced by key: give exactly one field, the one of its kind.",
            IsOneOf = true,
        };
        foreach (var definition in EntityKinds.All.OrderBy(d => d.Kind))
        {
            entity.Field(FieldOf(definition.Kind), KindInput(definition.Kind)).Description(definition.Description);
        }

        return entity;
    }

    private static InputObjectGraphType KindInput(EntityKind kind)
    {
        var name = KindGraphTypes.TypeNameOf(kind);
        var input = new InputObjectGraphType { Name = name + "UpsertInput", Description = $"A {name}, created or replaced (every field) by key." };
        input.Field<NonNullGraphType<StringGraphType>>("key").Description("Natural key (a lower-case slug, unique across all kinds).");
        EntityInputFields.Add(input, kind, partial: false);
        input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sourceKeys").Description("Keys of the sources backing it: at least one.");
        CitationInputFields.Add<CitationUpsertInputType>(input, partial: false);
        input.Field<LongGraphType>("expectedVersion")
            .Description("When given, the stored version the replacement was made from (0: must not exist yet); another version fails the whole upsert.");
        return input;
    }
}
