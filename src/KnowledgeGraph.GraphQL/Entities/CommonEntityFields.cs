using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Batching;
using KnowledgeGraph.GraphQL.History;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Relationships;
using KnowledgeGraph.GraphQL.Schema;
using KnowledgeGraph.GraphQL.Sources;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Entities;

/// <summary>The fields every entity has, declared once for the <c>Entity</c> interface and each kind's type.</summary>
public static class CommonEntityFields
{
    public static void Add(ComplexGraphType<Entity> type, IGraphStore store, IOptions<GraphQLSchemaOptions> options)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Global id: base64 of \"<TypeName>:<key>\", for node(id:).")
            .ResolveOn(type, context => GlobalId.Encode(KindGraphTypes.TypeNameOf(context.Source.Kind), context.Source.Key));
        type.Field<NonNullGraphType<StringGraphType>>("key")
            .Description("Natural key: a lower-case slug, unique across all kinds (e.g. \"khorgos-gateway\").")
            .ResolveOn(type, context => context.Source.Key);
        type.Field<NonNullGraphType<EntityKindType>>("kind")
            .Description("The kind of entity.")
            .ResolveOn(type, context => context.Source.Kind);
        type.Field<NonNullGraphType<StringGraphType>>("name")
            .Description("Name in English.")
            .ResolveOn(type, context => context.Source.Name);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names: abbreviations, transliterations, Kazakh, Russian or Chinese names.")
            .ResolveOn(type, context => context.Source.Aliases);
        type.Field<StringGraphType>("description")
            .Description("A short description.")
            .ResolveOn(type, context => context.Source.Description);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("The documents that back the entity's facts.")
            .ResolveOn(type, context => GraphLoaders.For(context, store).Sources.LoadMany(context.Source.SourceKeys));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitationType>>>>("citations")
            .Description("Which passage of which source supports the entity or one of its fields.")
            .ResolveOn(type, context => context.Source.Citations);
        type.Field<NonNullGraphType<LongGraphType>>("version")
            .Description("Version of the entity, incremented on every change.")
            .ResolveOn(type, context => context.Source.Version);
        RelationshipFields.AddGeneric(type, store, options);
        EntityHistoryField.Add(type, options);
    }
}
