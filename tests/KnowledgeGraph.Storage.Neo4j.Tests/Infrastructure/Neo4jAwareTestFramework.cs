using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestFramework("KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure.Neo4jAwareTestFramework", "KnowledgeGraph.Storage.Neo4j.Tests")]

namespace KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>
/// xunit's own framework, except that tests of classes marked <see cref="RequiresNeo4jAttribute"/> are discovered
/// as skipped when no Neo4j is configured. This reaches the facts the shared conformance suite declares, which a
/// custom fact attribute could not.
/// </summary>
public sealed class Neo4jAwareTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Neo4jAwareDiscoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);
}
