using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Subscriptions;
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

        // The introspection current clients ask for (graphql-js's getIntrospectionQuery with every option on):
        // isRepeatable, deprecation of arguments and input fields, and the spec's directives listed.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Filter = new CurrentIntrospectionFilter();
        Directives.Register(new OneOfDirective(), new SpecifiedByDirective());

        // GraphQL.NET's own Long has no description; one registered here replaces it.
        RegisterType(new LongGraphType { Description = "A signed 64-bit integer (versions, sequence numbers), as a JSON number." });
        // Change times are UTC instants, written as RFC 3339 date-times.
        RegisterType(new DateTimeGraphType().ApplyDirective(SpecifiedByDirective.DirectiveName, "url", "https://scalars.graphql.org/andimarek/date-time"));

        // Every kind is reachable through the Entity interface; registering them makes fragments on any kind valid
        // even when no field returns that kind directly.
        foreach (var kindType in KindGraphTypes.All)
        {
            RegisterType(kindType);
        }
    }

    protected override void OnBeforeInitializeType(IGraphType graphType) => CurrentIntrospection.Extend(graphType);
}
