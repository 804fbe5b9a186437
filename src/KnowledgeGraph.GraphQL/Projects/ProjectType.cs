using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Entities;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Projects;

/// <summary>The <c>Project</c> type: generated fields plus <c>investment { amount currency }</c>.</summary>
public sealed class ProjectType : EntityObjectGraphType, IEntityGraphType
{
    public ProjectType(IGraphStore store, IOptions<GraphQLSchemaOptions> options)
        : base(EntityKind.Project, store, options)
    {
        Field<InvestmentType>("investment")
            .Description("The investment amount with its currency; null when the amount is unknown.")
            .Resolve(context => context.Source.Property(InvestmentType.AmountProperty) is null ? null : context.Source);
    }

    public static string GraphTypeName => nameof(EntityKind.Project);

    public static EntityKind? Kind => EntityKind.Project;

    public static string? ConnectionField => "projects";
}
