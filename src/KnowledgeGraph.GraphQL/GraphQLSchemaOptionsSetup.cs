using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL;

/// <summary>Binds <see cref="GraphQLSchemaOptions"/> from the <c>GraphQL</c> section when the host has a configuration.</summary>
internal sealed class GraphQLSchemaOptionsSetup(IEnumerable<IConfiguration> configurations) : IConfigureOptions<GraphQLSchemaOptions>
{
    public void Configure(GraphQLSchemaOptions options) =>
        configurations.LastOrDefault()?.GetSection(GraphQLSchemaOptions.SectionName).Bind(options);
}
