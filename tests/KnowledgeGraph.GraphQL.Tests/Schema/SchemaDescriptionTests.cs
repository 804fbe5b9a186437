using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests.Schema;

/// <summary>
/// Every element a client's tooling shows — type, field, argument, enum value, input field and directive — says what
/// it is: a new one without a description fails here, naming it (graphql-schema-linter's description rules ask the
/// same of the live schema in the e2e suite).
/// </summary>
public sealed class SchemaDescriptionTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    /// <summary>The specification's own scalars, described by the specification rather than by this schema.</summary>
    private static readonly HashSet<string> SpecifiedScalars = ["String", "Int", "Float", "Boolean", "ID"];

    [Fact]
    public void Every_schema_element_has_a_description()
    {
        var schema = fixture.Host.Schema;
        schema.Initialize();
        var missing = new List<string>();

        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !SpecifiedScalars.Contains(t.Name)))
        {
            Check(type.Description, type.Name);
            switch (type)
            {
                case IComplexGraphType complex:
                    foreach (var field in complex.Fields)
                    {
                        Check(field.Description, $"{type.Name}.{field.Name}");
                        foreach (var argument in field.Arguments ?? [])
                        {
                            Check(argument.Description, $"{type.Name}.{field.Name}({argument.Name}:)");
                        }
                    }

                    break;
                case EnumerationGraphType enumeration:
                    foreach (var value in enumeration.Values)
                    {
                        Check(value.Description, $"{type.Name}.{value.Name}");
                    }

                    break;
            }
        }

        foreach (var directive in schema.Directives)
        {
            Check(directive.Description, $"@{directive.Name}");
            foreach (var argument in directive.Arguments ?? [])
            {
                Check(argument.Description, $"@{directive.Name}({argument.Name}:)");
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} schema elements have no description:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");

        void Check(string? description, string element)
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                missing.Add(element);
            }
        }
    }

    [Fact]
    public void Fields_of_one_name_on_the_error_types_have_one_type()
    {
        var schema = fixture.Host.Schema;
        schema.Initialize();
        var errorInterface = schema.AllTypes["Error"] as IInterfaceGraphType;
        Assert.NotNull(errorInterface);
        var errorTypes = errorInterface.PossibleTypes.ToList();
        Assert.True(errorTypes.Count >= 4, $"Error has {errorTypes.Count} implementations.");

        // graphql-js and Apollo refuse a selection in which one response name has two types (OverlappingFieldsCanBeMerged),
        // so `... on NotFoundError { id } ... on VersionConflictError { id }` needs both ids to be of one type.
        var conflicts = errorTypes
            .SelectMany(type => type.Fields.Select(field => (Type: type.Name, Field: field.Name, Of: field.ResolvedType!.ToString())))
            .GroupBy(f => f.Field)
            .Where(g => g.Select(f => f.Of).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(f => $"{f.Type} {f.Of}"))}")
            .ToList();

        Assert.True(conflicts.Count == 0, string.Join(Environment.NewLine, conflicts));
    }
}
