namespace KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>
/// Marks a test class whose every test, inherited ones included, needs a real Neo4j. When <c>NEO4J_URI</c> is not
/// set, <see cref="Neo4jAwareTestFramework"/> reports each of them as skipped, by name, with the reason.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresNeo4jAttribute : Attribute;
