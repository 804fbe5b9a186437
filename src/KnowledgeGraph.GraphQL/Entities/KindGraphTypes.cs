using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.GraphQL.Companies;
using KnowledgeGraph.GraphQL.Initiatives;
using KnowledgeGraph.GraphQL.Organizations;
using KnowledgeGraph.GraphQL.People;
using KnowledgeGraph.GraphQL.Projects;
using KnowledgeGraph.GraphQL.Regions;
using KnowledgeGraph.GraphQL.TrainingPrograms;

namespace KnowledgeGraph.GraphQL.Entities;

/// <summary>Which graph type stands for each kind, and the name of the kind's root connection field.</summary>
public static class KindGraphTypes
{
    private static readonly Dictionary<EntityKind, (Type GraphType, string ConnectionField)> ByKind = new()
    {
        [EntityKind.Project] = (typeof(ProjectType), "projects"),
        [EntityKind.Region] = (typeof(RegionType), "regions"),
        [EntityKind.Company] = (typeof(CompanyType), "companies"),
        [EntityKind.Initiative] = (typeof(InitiativeType), "initiatives"),
        [EntityKind.TrainingProgram] = (typeof(TrainingProgramType), "trainingPrograms"),
        [EntityKind.Person] = (typeof(PersonType), "people"),
        [EntityKind.Organization] = (typeof(OrganizationType), "organizations"),
    };

    public static Type GraphTypeOf(EntityKind kind) => ByKind[kind].GraphType;

    /// <summary>The graph type of a set of neighbour kinds: the kind's own type for one kind, the Entity interface otherwise.</summary>
    public static Type GraphTypeOf(IReadOnlyCollection<EntityKind> kinds) =>
        kinds.Count == 1 ? GraphTypeOf(kinds.First()) : typeof(EntityInterface);

    public static string ConnectionFieldOf(EntityKind kind) => ByKind[kind].ConnectionField;

    /// <summary>The GraphQL type name of a kind (also the prefix of its global ids).</summary>
    public static string TypeNameOf(EntityKind kind) => kind.ToString();
}
