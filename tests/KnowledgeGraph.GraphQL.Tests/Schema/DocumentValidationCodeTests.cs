using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.GraphQL.Authorization;
using KnowledgeGraph.GraphQL.Tests.Authorization;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests.Schema;

/// <summary>
/// A document that does not fit the schema fails with the service's documented code, VALIDATION_FAILED, not with
/// GraphQL.NET's per-rule codes; the rule's section of the specification stays in <c>number</c>, and a value that does
/// not fit its type names the argument or variable in <c>details</c> with INVALID_VALUE.
/// </summary>
public sealed class DocumentValidationCodeTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    public static TheoryData<string, string, string?> Documents() => new()
    {
        { "{ projects(where: { nope: { eq: 1 } }) { totalCount } }", "5.6.1", "where" },
        { "{ projects(first: \"ten\") { totalCount } }", "5.6.1", "first" },
        { "{ projects { nope } }", "5.3.1", null },
        { "{ projects(nope: 1) { totalCount } }", "5.4.1", null },
        { "{ entity { name } }", "5.4.2.1", null },
        {
            "mutation { upsertGraph(input: { entities: [{ project: { key: \"a\", name: \"A\", sourceKeys: [\"s\"] }, region: { key: \"b\", name: \"B\", sourceKeys: [\"s\"] } }] }) { errors { __typename } } }",
            "3.10", null
        },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task A_document_that_does_not_fit_the_schema_is_VALIDATION_FAILED(string document, string number, string? detailPath)
    {
        var response = await fixture.Host.ExecuteAsync(document);

        var error = Assert.Single(response.Errors);
        var extensions = error.GetProperty("extensions");
        Assert.Equal(DomainErrorCodes.ValidationFailed, extensions.GetProperty("code").GetString());
        Assert.Equal(number, extensions.GetProperty("number").GetString());
        if (detailPath is null)
        {
            Assert.False(extensions.TryGetProperty("details", out _), response.Json);
            return;
        }

        var detail = Assert.Single(extensions.GetProperty("details").EnumerateArray());
        Assert.Equal(detailPath, detail.GetProperty("path").GetString());
        Assert.Equal(ValidationCodes.InvalidValue, detail.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_variable_of_the_wrong_type_is_VALIDATION_FAILED_naming_the_variable()
    {
        var response = await fixture.Host.ExecuteAsync("query($first: Int) { projects(first: $first) { totalCount } }", new { first = "ten" });

        var extensions = Assert.Single(response.Errors).GetProperty("extensions");
        Assert.Equal(DomainErrorCodes.ValidationFailed, extensions.GetProperty("code").GetString());
        Assert.Equal("5.8", extensions.GetProperty("number").GetString());
        Assert.Equal("$first", Assert.Single(extensions.GetProperty("details").EnumerateArray()).GetProperty("path").GetString());
    }

    [Fact]
    public async Task The_service_s_own_validation_rules_keep_their_codes()
    {
        var response = await fixture.Host.ExecuteAsync("mutation { deleteSource(input: { id: \"x\" }) { deletedId } }", user: Callers.Anonymous);

        Assert.Equal([AccessErrorCodes.NotAuthenticated], response.ErrorCodes);
    }
}
