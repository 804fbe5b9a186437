using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Traversal;

/// <summary>Binds <see cref="TraversalOptions"/> from the <c>Traversal</c> section when the host has a configuration.</summary>
internal sealed class TraversalOptionsSetup(IEnumerable<IConfiguration> configurations) : IConfigureOptions<TraversalOptions>
{
    public void Configure(TraversalOptions options) =>
        configurations.LastOrDefault()?.GetSection(TraversalOptions.SectionName).Bind(options);
}
