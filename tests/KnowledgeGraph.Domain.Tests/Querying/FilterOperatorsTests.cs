using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Validation;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Querying;

public sealed class FilterOperatorsTests
{
    [Fact]
    public void Every_negated_operator_complements_a_positive_one_and_no_positive_one_is_left_without_its_negation()
    {
        var negated = Enum.GetValues<FilterOperator>().Where(op => FilterOperators.Complemented(op) is not null).ToList();
        var complemented = negated.Select(op => FilterOperators.Complemented(op)!.Value).ToList();

        Assert.All(negated, op => Assert.True(op == FilterOperator.Neq || op.ToString().StartsWith("Not", StringComparison.Ordinal), op.ToString()));
        Assert.Equal(complemented.Count, complemented.Distinct().Count());
        Assert.Equal(
            [FilterOperator.Eq, FilterOperator.In, FilterOperator.Contains, FilterOperator.StartsWith,
             FilterOperator.Gt, FilterOperator.Gte, FilterOperator.Lt, FilterOperator.Lte, FilterOperator.EndsWith],
            complemented.Order());
    }

    [Theory]
    [InlineData(FilterOperator.NotEndsWith, PropertyType.Integer, QueryCodes.InvalidOperator)]
    [InlineData(FilterOperator.NotGte, PropertyType.Text, QueryCodes.InvalidOperator)]
    [InlineData(FilterOperator.IsNull, PropertyType.Text, ValidationCodes.InvalidValue)]
    public void The_shared_check_refuses_what_no_store_can_run(FilterOperator op, PropertyType fieldType, string code)
    {
        var value = fieldType == PropertyType.Text ? PropertyValue.FromText("x") : PropertyValue.FromInteger(1);

        var error = Assert.Throws<ValidationException>(() => FilterValueCheck.Check(new FieldFilter("field", op, value), fieldType, "where"));

        Assert.Equal(code, error.Errors[0].Code);
    }

    [Fact]
    public void The_shared_check_accepts_null_checks_without_a_value_and_refuses_a_kind_it_does_not_know()
    {
        FilterValueCheck.Check(new FieldFilter("description", FilterOperator.IsNotNull, []), PropertyType.Text, "where");

        var error = Assert.Throws<ValidationException>(() => FilterValueCheck.Check(
            new FieldFilter(EntityFields.Kind, FilterOperator.In, [PropertyValue.FromText("Project"), PropertyValue.FromText("project")]),
            PropertyType.Text, "where", isKind: true));

        Assert.Equal(ValidationCodes.InvalidValue, error.Errors[0].Code);
        Assert.Contains("'project' is not a kind", error.Errors[0].Message, StringComparison.Ordinal);
    }
}
