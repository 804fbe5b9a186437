using Xunit.Abstractions;
using Xunit.Sdk;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>A test (a theory counts once) reported as skipped with <see cref="Neo4jTestSettings.SkipReason"/>.</summary>
public sealed class SkippedWithoutNeo4jTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedWithoutNeo4jTestCase()
    {
    }

    public SkippedWithoutNeo4jTestCase(
        IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => Neo4jTestSettings.SkipReason;
}
