using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>Discovers tests as usual, but turns those needing Neo4j into skipped test cases when it is not configured.</summary>
public sealed class Neo4jAwareDiscoverer(
    IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
    : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
{
    protected override bool FindTestsForMethod(
        ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
    {
        var needsNeo4j = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresNeo4jAttribute)).Any();
        var isTest = testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any();
        if (!needsNeo4j || !isTest || Neo4jTestSettings.IsConfigured)
        {
            return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
        }

        var testCase = new SkippedWithoutNeo4jTestCase(
            DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
        return ReportDiscoveredTestCase(testCase, includeSourceInformation, messageBus);
    }
}
