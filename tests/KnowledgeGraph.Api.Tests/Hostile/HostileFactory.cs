using GraphQL;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>The real application under its default limits, with a count of the documents it actually executed.</summary>
public sealed class HostileFactory(IDictionary<string, string?>? overrides = null) : ApiFactory(overrides)
{
    public CountingDocumentExecuter Executer { get; } = new(new DocumentExecuter());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IDocumentExecuter>(Executer)));
    }
}

/// <summary>Counts executions, to show that a refused document never reached the executer.</summary>
public sealed class CountingDocumentExecuter(IDocumentExecuter inner) : IDocumentExecuter
{
    private int executions;

    public int Executions => Volatile.Read(ref executions);

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options)
    {
        Interlocked.Increment(ref executions);
        return inner.ExecuteAsync(options);
    }
}
