using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Entities;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Companies;

/// <summary>The <c>Company</c> type: fields generated from the kind's definition in <see cref="EntityKinds"/>.</summary>
public sealed class CompanyType : EntityObjectGraphType, IEntityGraphType
{
    public CompanyType(IGraphStore store, IOptions<GraphQLSchemaOptions> options)
        : base(EntityKind.Company, store, options)
    {
    }

    public static string GraphTypeName => nameof(EntityKind.Company);

    public static EntityKind? Kind => EntityKind.Company;

    public static string? ConnectionField => "companies";
}
