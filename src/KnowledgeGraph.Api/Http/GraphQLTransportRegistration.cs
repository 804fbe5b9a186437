using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using KnowledgeGraph.Api.Authentication;
using KnowledgeGraph.Api.Http.Limits;
using KnowledgeGraph.Api.Http.Middleware;
using KnowledgeGraph.Api.Http.RateLimiting;
using KnowledgeGraph.Api.Ide;
using KnowledgeGraph.Api.WebSockets;
using KnowledgeGraph.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http;

public static class GraphQLTransportRegistration
{
    public const string EndpointPath = "/graphql";
    internal const string CorsPolicy = "graphql";

    /// <summary>
    /// The GraphQL-over-HTTP transport: settings (<c>GraphQL</c>, <c>GraphQL:Limits</c>, <c>GraphQL:RateLimit</c>,
    /// <c>Cors</c>), the executer and serializer (unless the schema registered its own), the rate limiter and CORS.
    /// Needs an <see cref="GraphQL.Types.ISchema"/> in the container.
    /// </summary>
    public static IServiceCollection AddGraphQLTransport(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSettings<GraphQLSettings>(GraphQLSettings.Section);
        services.AddSettings<GraphQLLimitSettings>(GraphQLLimitSettings.Section);
        services.AddSettings<CorsSettings>(CorsSettings.Section);
        services.AddSettings<PersistedQuerySettings>(PersistedQuerySettings.Section);
        services.AddSettings<Caching.ResponseCacheSettings>(Caching.ResponseCacheSettings.Section);
        services.AddHybridCache();
        if (environment.IsDevelopment() && configuration[$"{GraphQLSettings.Section}:ExposeExceptionDetails"] is null)
        {
            services.PostConfigure<GraphQLSettings>(s => s.ExposeExceptionDetails = true);
        }

        services.TryAddSingleton<IDocumentExecuter, DocumentExecuter>();
        services.TryAddSingleton<IErrorInfoProvider>(sp => new ErrorInfoProvider(o =>
            o.ExposeExceptionDetails = sp.GetRequiredService<IOptions<GraphQLSettings>>().Value.ExposeExceptionDetails));
        services.TryAddSingleton<IGraphQLTextSerializer>(sp => new GraphQLSerializer(sp.GetRequiredService<IErrorInfoProvider>()));
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<GraphQLResponseWriter>();
        services.AddSingleton<ClientKeys>();
        services.AddSingleton<ResponseCaching.GraphQLResponseCache>();
        services.AddSingleton<ValidationRuleFactory>();
        services.AddSingleton<GraphQLExecutionOptions>();
        services.AddSingleton<Caching.PersistedQueryStore>();
        services.AddSingleton<Pipeline.PreparationWork>();
        services.AddSingleton<Pipeline.ParsedDocumentCache>();
        services.AddSingleton<Pipeline.GraphQLRequestPipeline>();
        services.AddSingleton<BananaCakePopFiles>();
        services.AddGraphQLWebSockets();

        services.AddClientRateLimiting();

        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<CorsSettings>>((options, cors) =>
            options.AddPolicy(CorsPolicy, policy =>
            {
                var origins = cors.Value.AllowedOrigins;
                if (origins.Contains("*"))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins(origins);
                }

                policy.WithMethods("GET", "POST").AllowAnyHeader();
            }));
        return services;
    }

    /// <summary>
    /// Maps <c>/graphql</c> as a chain of small middlewares, each answering its case or passing on:
    /// CORS → edge errors → IDE assets → credentials → WebSocket (graphql-transport-ws) → method → IDE page → Accept → POST → GET
    /// → preparation (persisted query, document limits, depth, expanded size, cost: the pipeline WebSocket operations share) → execution.
    /// The rate limit comes before all of them, for the whole app
    /// (<see cref="RateLimitingRegistration.UseClientRateLimiting"/>), so opening a socket takes a permit too.
    /// </summary>
    public static IApplicationBuilder MapGraphQLTransport(this IApplicationBuilder app)
    {
        app.Map(EndpointPath, graphql =>
        {
            var cors = graphql.ApplicationServices.GetRequiredService<IOptions<CorsSettings>>().Value;
            if (cors.AllowedOrigins.Length > 0)
            {
                graphql.UseCors(CorsPolicy);
            }

            graphql.UseMiddleware<EdgeErrorMiddleware>();
            graphql.MapWhen(context => context.Request.Path.HasValue && context.Request.Path != "/", assets => MapIdeAssets(assets));
            graphql.UseMiddleware<CredentialsMiddleware>();
            graphql.UseGraphQLWebSockets();
            graphql.UseMiddleware<MethodMiddleware>();
            graphql.UseMiddleware<BananaCakePopMiddleware>();
            graphql.UseMiddleware<AcceptMiddleware>();
            graphql.UseMiddleware<PostRequestMiddleware>();
            graphql.UseMiddleware<GetRequestMiddleware>();
            graphql.UseMiddleware<PreparationMiddleware>();
            graphql.UseMiddleware<ExecutionMiddleware>();
        });
        return app;
    }

    private static void MapIdeAssets(IApplicationBuilder assets)
    {
        var files = assets.ApplicationServices.GetRequiredService<BananaCakePopFiles>();
        var settings = assets.ApplicationServices.GetRequiredService<IOptions<GraphQLSettings>>();
        assets.Use(async (context, next) =>
        {
            if (!await BananaCakePopMiddleware.TryWriteConfigAsync(context, settings.Value))
            {
                await next(context);
            }
        });
        assets.UseWhen(_ => settings.Value.EnableIde, ide => ide.UseStaticFiles(new StaticFileOptions { FileProvider = files.Provider }));
        assets.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    }
}
