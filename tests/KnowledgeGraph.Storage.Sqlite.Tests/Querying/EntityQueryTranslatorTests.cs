using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Storage.Sqlite.Querying;
using Xunit;

namespace KnowledgeGraph.Storage.Sqlite.Tests.Querying;

/// <summary>Snapshots of the SQL an entity query becomes: any change to it shows up here in review.</summary>
public sealed class EntityQueryTranslatorTests
{
    [Fact]
    public void Translate_builds_parameterised_conditions_and_an_order_with_missing_values_last()
    {
        var sql = EntityQueryTranslator.Translate(new EntityQuery
        {
            Kind = EntityKind.Project,
            Filter = new AndFilter([
                new FieldFilter("name", FilterOperator.Contains, PropertyValue.FromText("ҚОРҒАС")),
                new OrFilter([
                    new FieldFilter("startYear", FilterOperator.Gte, PropertyValue.FromInteger(2015)),
                    new FieldFilter("sector", FilterOperator.NotIn, [PropertyValue.FromText("Energy"), PropertyValue.FromText("Other")]),
                ]),
            ]),
            Order = [new SortField("startYear", SortDirection.Desc)],
        });

        Assert.Equal(
            "SELECT COUNT(*) FROM entities e WHERE e.kind = @p0 AND (instr(e.name_folded, @p1) > 0 AND (json_extract(e.properties, @p2) >= @p3 OR " +
            "(json_extract(e.properties, @p4) IS NULL OR NOT (json_extract(e.properties, @p4) IN (SELECT value FROM json_each(@p5))))))",
            sql.Count);
        Assert.EndsWith(
            " ORDER BY json_extract(e.properties, @p6) IS NULL ASC, json_extract(e.properties, @p6) DESC, e.key ASC LIMIT $take", sql.Page);
        Assert.Equal(
            ["Project", "қорғас", "$.startYear", 2015L, "$.sector", "[\"Energy\",\"Other\"]", "$.startYear"],
            sql.Parameters.Values.Select(p => p.Value));
    }

    [Fact]
    public void Translate_without_filter_or_order_reads_everything_by_name_then_key()
    {
        var sql = EntityQueryTranslator.Translate(new EntityQuery());

        Assert.Equal("SELECT COUNT(*) FROM entities e WHERE 1", sql.Count);
        Assert.Equal((51, null, null), (sql.Window.Limit, sql.Window.AheadProbe, sql.Window.BehindProbe));
        Assert.EndsWith(" FROM entities e WHERE 1 ORDER BY e.name_sort ASC, e.key ASC LIMIT $take", sql.Page);
        Assert.Empty(sql.Parameters.Values);
    }

    [Fact]
    public void Translate_seeks_after_a_position_with_an_or_chain_that_puts_missing_values_last()
    {
        var sql = EntityQueryTranslator.Translate(new EntityQuery
        {
            Kind = EntityKind.Project,
            Order = [new SortField("sector"), new SortField("startYear", SortDirection.Desc)],
            After = new SortPosition([PropertyValue.FromText("0000061"), null], "khorgos"),
        });

        Assert.Contains(
            " FROM entities e WHERE e.kind = @p0 AND ((json_extract(e.properties_sort, @p1) > @p3 OR json_extract(e.properties_sort, @p1) IS NULL) " +
            "OR (json_extract(e.properties_sort, @p1) = @p3 AND json_extract(e.properties, @p2) IS NULL AND e.key > @p4)) ORDER BY ",
            sql.Page);
        Assert.Equal(
            "(json_extract(e.properties_sort, @p1) < @p5 OR (json_extract(e.properties_sort, @p1) = @p5 AND json_extract(e.properties, @p2) IS NOT NULL) " +
            "OR (json_extract(e.properties_sort, @p1) = @p5 AND json_extract(e.properties, @p2) IS NULL AND e.key <= @p6))",
            sql.Window.BehindProbe);
        Assert.Equal(["Project", "$.sector", "$.startYear", "0000061", "khorgos", "0000061", "khorgos"], sql.Parameters.Values.Select(p => p.Value));
    }

    [Fact]
    public void Translate_seeks_by_name_with_a_leading_range_the_name_index_can_serve()
    {
        var sql = EntityQueryTranslator.Translate(new EntityQuery
        {
            Before = new SortPosition([PropertyValue.FromText("0000061")], "khorgos"),
            FromEnd = true,
        });

        Assert.EndsWith(
            " FROM entities e WHERE 1 AND (e.name_sort <= @p0 AND (e.name_sort < @p0 OR (e.name_sort = @p0 AND e.key < @p1))) ORDER BY e.name_sort DESC, e.key DESC LIMIT $take",
            sql.Page);
        Assert.Equal(
            "SELECT (SELECT COUNT(*) FROM entities e WHERE 1), " +
            "EXISTS (SELECT 1 FROM entities e WHERE 1 AND (e.name_sort >= @p2 AND (e.name_sort > @p2 OR (e.name_sort = @p2 AND e.key >= @p3))))",
            sql.Summary(count: true, aheadProbe: true));
    }

    [Theory]
    [InlineData("name", FilterOperator.Gt)]
    [InlineData("startYear", FilterOperator.Contains)]
    [InlineData("startYear", FilterOperator.StartsWith)]
    public void Translate_refuses_operators_that_do_not_fit_the_field_type(string field, FilterOperator op)
    {
        var value = field == "name" ? PropertyValue.FromText("x") : PropertyValue.FromInteger(1);

        var error = Assert.Throws<ValidationException>(() => EntityQueryTranslator.Translate(
            new EntityQuery { Kind = EntityKind.Project, Filter = new FieldFilter(field, op, value) }));

        Assert.Equal(EntityQueryTranslator.ErrorInvalidOperator, error.Errors[0].Code);
    }

    [Fact]
    public void Translate_refuses_a_value_of_the_wrong_type_and_names_its_path()
    {
        var error = Assert.Throws<ValidationException>(() => EntityQueryTranslator.Translate(new EntityQuery
        {
            Kind = EntityKind.Project,
            Filter = new AndFilter([new FieldFilter("startYear", FilterOperator.Eq, PropertyValue.FromText("2015"))]),
        }));

        Assert.Equal("filter.and[0].value", error.Errors[0].Path);
    }

    [Fact]
    public void Translate_names_the_path_of_an_unknown_sort_field()
    {
        var error = Assert.Throws<ValidationException>(() => EntityQueryTranslator.Translate(
            new EntityQuery { Kind = EntityKind.Region, Order = [new SortField("name"), new SortField("sector")] }));

        Assert.Equal("order[1].field", error.Errors[0].Path);
        Assert.Equal(EntityQueryTranslator.ErrorUnknownField, error.Errors[0].Code);
    }
}
