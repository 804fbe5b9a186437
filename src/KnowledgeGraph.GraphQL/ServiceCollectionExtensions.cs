using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using KnowledgeGraph.Configuration;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.GraphQL.Authorization;
using KnowledgeGraph.GraphQL.Curation;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.History;
using KnowledgeGraph.GraphQL.Limits;
using KnowledgeGraph.GraphQL.Metadata;
using KnowledgeGraph.GraphQL.Mutations;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Relationships;
using KnowledgeGraph.GraphQL.Schema;
using KnowledgeGraph.GraphQL.Search;
using KnowledgeGraph.GraphQL.Sources;
using KnowledgeGraph.GraphQL.Subscriptions;
using KnowledgeGraph.GraphQL.Traversal;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.GraphQL;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the KnowledgeGraph GraphQL schema (GraphQL.NET, System.Text.Json), its graph types, root-query and
    /// root-mutation contributors, domain error mapping, and the <c>GraphQL</c> options section. Needs an <c>IGraphStore</c> (and an
    /// <c>IGraphTraversal</c> for the traversal fields, an <c>IChangeHistory</c> for <c>history</c>). <paramref name="configure"/> lets the host add to the GraphQL
    /// builder (limits, instrumentation…).
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphSchema(this IServiceCollection services, Action<IGraphQLBuilder>? configure = null)
    {
        services.AddSettings<GraphQLSchemaOptions>(GraphQLSchemaOptions.SectionName);

        // Root query fields, in the order they appear in the schema.
        services.AddSingleton<IQueryFieldContributor, NodeQueries>();
        services.AddSingleton<IQueryFieldContributor, EntityQueries>();
        services.AddSingleton<IQueryFieldContributor, KindConnectionQueries>();
        services.AddSingleton<IQueryFieldContributor, SearchQueries>();
        services.AddSingleton<IQueryFieldContributor, SourceQueries>();
        services.AddSingleton<IQueryFieldContributor, RelationshipQueries>();
        services.AddSingleton<IQueryFieldContributor, MetadataQueries>();
        services.AddSingleton<IQueryFieldContributor, HistoryQueries>();
        services.AddTraversalSchema();

        // Root mutation fields, in the order they appear in the schema; all of them write through one GraphWriter, over
        // the application's one validate-and-apply service.
        services.AddSingleton<GraphChangeService>();
        services.AddSingleton<GraphWriter>();
        services.AddSingleton<IMutationFieldContributor, EntityMutations>();
        services.AddSingleton<IMutationFieldContributor, RelationshipMutations>();
        services.AddSingleton<IMutationFieldContributor, SourceMutations>();
        services.AddSingleton<IMutationFieldContributor, SourceAttachmentMutations>();
        services.AddSingleton<IMutationFieldContributor, UpsertGraphMutation>();

        // A factory, not a type registration: a host may register no change feed (the GraphQL tests' bare stores), and
        // the hub is resolved only after entityChanged has found one.
        services.AddSingleton(sp => new EntityChangeHub(sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<IGraphChangeFeed>()));

        services.AddGraphQL(builder =>
        {
            builder
                .AddSchema<KnowledgeGraphSchema>()
                // Names and aliases are Kazakh, Russian and Chinese: send their letters as UTF-8 rather than \uXXXX
                // escapes (a third of the bytes, and readable); characters that matter to HTML stay escaped.
                .AddSystemTextJson(options => options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
                // Resolvers answer from memory or through batch loaders, so running sibling fields as parallel tasks
                // only adds per-field task overhead: queries run serially (batching is unaffected).
                .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
                .AddGraphTypes(typeof(KnowledgeGraphSchema).Assembly)
                .AddDomainErrorMapping()
                .AddOperationAccessControl()
                .AddInputListLimits();
            configure?.Invoke(builder);
        });
        return services;
    }
}
