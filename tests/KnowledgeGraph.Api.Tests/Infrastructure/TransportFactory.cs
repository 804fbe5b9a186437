using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>The real application with <see cref="TestSchema"/> in place of the knowledge-graph schema: for transport cases.</summary>
public class TransportFactory(IDictionary<string, string?>? overrides = null)
    : ApiFactory(new Dictionary<string, string?>(overrides ?? new Dictionary<string, string?>()) { ["Seed:LoadOnStartup"] = "false" })
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<ISchema>(new TestSchema())));
    }
}
