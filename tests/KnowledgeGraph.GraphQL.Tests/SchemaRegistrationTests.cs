using GraphQL.Types;
using KnowledgeGraph.GraphQL.Schema;
using KnowledgeGraph.GraphQL.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Tests;

public sealed class SchemaRegistrationTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    [Fact]
    public async Task Registered_query_field_contributors_add_their_fields_to_the_root_query()
    {
        await using var host = fixture.CreateHost(
            new Dictionary<string, string?>(),
            services => services.AddSingleton<IQueryFieldContributor, GreetingContributor>());

        var response = await host.ExecuteAsync("{ greeting projects(first: 1) { totalCount } }");

        response.AssertNoErrors();
        Assert.Equal("Сәлем", response.At("greeting").GetString());
        Assert.Equal(6, response.At("projects.totalCount").GetInt32());
    }

    [Fact]
    public async Task Options_bind_from_the_GraphQL_section()
    {
        await using var host = fixture.CreateHost(new Dictionary<string, string?>
        {
            ["GraphQL:DefaultPageSize"] = "7",
            ["GraphQL:MaxPageSize"] = "70",
            ["GraphQL:ExposeExceptionDetails"] = "true",
        });

        var options = host.Services.GetRequiredService<IOptions<GraphQLSchemaOptions>>().Value;

        Assert.Equal(7, options.DefaultPageSize);
        Assert.Equal(70, options.MaxPageSize);
        Assert.True(options.ExposeExceptionDetails);
    }

    [Fact]
    public async Task A_default_page_size_above_the_maximum_is_rejected_naming_both_keys()
    {
        await using var host = fixture.CreateHost(new Dictionary<string, string?> { ["GraphQL:DefaultPageSize"] = "500" });

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<GraphQLSchemaOptions>>().Value);

        Assert.Contains("GraphQL:DefaultPageSize", failure.Message, StringComparison.Ordinal);
        Assert.Contains("GraphQL:MaxPageSize", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GraphQL:MaxListLength")]
    [InlineData("GraphQL:MaxFilterValues")]
    public async Task A_list_limit_below_one_is_rejected_naming_the_key(string key)
    {
        await using var host = fixture.CreateHost(new Dictionary<string, string?> { [key] = "0" });

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<GraphQLSchemaOptions>>().Value);

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }

    private sealed class GreetingContributor : IQueryFieldContributor
    {
        public void AddFields(ObjectGraphType query) =>
            query.Field<NonNullGraphType<StringGraphType>>("greeting").Resolve(_ => "Сәлем");
    }
}
