using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Entities;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.People;

/// <summary>The <c>Person</c> type: fields generated from the kind's definition in <see cref="EntityKinds"/>.</summary>
public sealed class PersonType : EntityObjectGraphType, IEntityGraphType
{
    public PersonType(IGraphStore store, IOptions<GraphQLSchemaOptions> options)
        : base(EntityKind.Person, store, options)
    {
    }

    public static string GraphTypeName => nameof(EntityKind.Person);

    public static EntityKind? Kind => EntityKind.Person;

    public static string? ConnectionField => "people";
}
