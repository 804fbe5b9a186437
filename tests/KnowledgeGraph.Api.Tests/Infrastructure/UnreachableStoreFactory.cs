using System.Reflection;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>The application over a store that initialises but then cannot be reached (every read fails).</summary>
public sealed class UnreachableStoreFactory() : ApiFactory(new Dictionary<string, string?> { ["Seed:LoadOnStartup"] = "false" })
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(UnreachableStore.Create())));
    }

    public class UnreachableStore : DispatchProxy
    {
        public static IGraphStore Create() => DispatchProxy.Create<IGraphStore, UnreachableStore>();

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod?.Name == nameof(IGraphStore.InitializeAsync)
                ? Task.CompletedTask
                : throw new StoreUnavailableException("The test store is unreachable.");
    }
}
