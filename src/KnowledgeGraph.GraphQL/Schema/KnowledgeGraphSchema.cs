using KnowledgeGraph.GraphQL.Companies;
using KnowledgeGraph.GraphQL.Initiatives;
using KnowledgeGraph.GraphQL.Organizations;
using KnowledgeGraph.GraphQL.People;
using KnowledgeGraph.GraphQL.Projects;
using KnowledgeGraph.GraphQL.Regions;
using KnowledgeGraph.GraphQL.Subscriptions;
using KnowledgeGraph.GraphQL.TrainingPrograms;
using GraphQLSchema = GraphQL.Types.Schema;

namespace KnowledgeGraph.GraphQL.Schema;

/// <summary>The KnowledgeGraph GraphQL schema: a query root, a mutation root for curators and a subscription root.</summary>
public sealed class KnowledgeGraphSchema : GraphQLSchema
{
    public KnowledgeGraphSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = "The Kazakhstan–China knowledge graph: who builds, funds, runs and promotes what, where, and on whose word.";

        // Every kind is reachable through the Entity interface; registering them makes fragments on any kind valid
        // even when no field returns that kind directly.
        RegisterType(typeof(ProjectType));
        RegisterType(typeof(RegionType));
        RegisterType(typeof(CompanyType));
        RegisterType(typeof(InitiativeType));
        RegisterType(typeof(TrainingProgramType));
        RegisterType(typeof(PersonType));
        RegisterType(typeof(OrganizationType));
    }
}
