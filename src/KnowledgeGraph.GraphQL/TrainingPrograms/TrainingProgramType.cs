using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Entities;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.TrainingPrograms;

/// <summary>The <c>TrainingProgram</c> type: fields generated from the kind's definition in <see cref="EntityKinds"/>.</summary>
public sealed class TrainingProgramType : EntityObjectGraphType, IEntityGraphType
{
    public TrainingProgramType(IGraphStore store, IOptions<GraphQLSchemaOptions> options)
        : base(EntityKind.TrainingProgram, store, options)
    {
    }

    public static string GraphTypeName => nameof(EntityKind.TrainingProgram);

    public static EntityKind? Kind => EntityKind.TrainingProgram;

    public static string? ConnectionField => "trainingPrograms";
}
