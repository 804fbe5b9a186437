using System.Text.Json;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

public sealed class ErrorMappingTests
{
    public static TheoryData<Exception, string> DomainFailures => new()
    {
        { new EntityNotFoundException("atlantis"), DomainErrorCodes.NotFound },
        { new ValidationException("where.name", "BAD", "Bad name."), DomainErrorCodes.ValidationFailed },
        { new ConcurrencyConflictException("ktz", 3, 4), DomainErrorCodes.Conflict },
        { new LimitExceededException("depth", 5, 9), DomainErrorCodes.LimitExceeded },
        { new StoreUnavailableException("The database is locked."), DomainErrorCodes.StoreUnavailable },
    };

    [Theory]
    [MemberData(nameof(DomainFailures))]
    public async Task Domain_exceptions_become_errors_with_their_code_and_message(Exception failure, string code)
    {
        await using var host = new GraphQLTestHost(new FailingGraphStore(failure));

        var response = await host.ExecuteAsync("{ projects { totalCount } }");

        Assert.Equal([code], response.ErrorCodes);
        Assert.Equal(failure.Message, response.Errors[0].GetProperty("message").GetString());
        Assert.Equal("projects", response.Errors[0].GetProperty("path")[0].GetString());
        Assert.False(response.Errors[0].GetProperty("extensions").TryGetProperty("codes", out _));
    }

    [Fact]
    public async Task Errors_carry_the_facts_of_their_exception_as_extensions()
    {
        await using var conflictHost = new GraphQLTestHost(new FailingGraphStore(new ConcurrencyConflictException("ktz", 3, 4)));
        await using var validationHost = new GraphQLTestHost(new FailingGraphStore(new ValidationException(
            [new ValidationError("entities[0].name", ValidationCodes.Required, "A name is required."), new ValidationError("entities[1].key", ValidationCodes.InvalidKey, "Not a slug.")])));

        var conflict = (await conflictHost.ExecuteAsync("{ projects { totalCount } }")).Errors[0].GetProperty("extensions");
        var validation = (await validationHost.ExecuteAsync("{ projects { totalCount } }")).Errors[0].GetProperty("extensions");

        Assert.Equal("ktz", conflict.GetProperty("key").GetString());
        Assert.Equal(3, conflict.GetProperty("expectedVersion").GetInt64());
        Assert.Equal(4, conflict.GetProperty("actualVersion").GetInt64());
        Assert.Equal(
            [$"entities[0].name:{ValidationCodes.Required}", $"entities[1].key:{ValidationCodes.InvalidKey}"],
            validation.GetProperty("details").EnumerateArray().Select(d => $"{d.GetProperty("path").GetString()}:{d.GetProperty("code").GetString()}"));
    }

    [Fact]
    public async Task Other_exceptions_become_INTERNAL_SERVER_ERROR_without_details()
    {
        await using var host = new GraphQLTestHost(new FailingGraphStore(new InvalidOperationException("secret connection string")));

        var response = await host.ExecuteAsync("{ projects { totalCount } }");

        Assert.Equal([ErrorCodes.InternalServerError], response.ErrorCodes);
        Assert.Equal("An internal error occurred.", response.Errors[0].GetProperty("message").GetString());
        Assert.DoesNotContain("secret", response.Json, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, response.Root.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task Exception_details_are_exposed_only_when_configured()
    {
        await using var host = new GraphQLTestHost(
            new FailingGraphStore(new InvalidOperationException("secret connection string")),
            new Dictionary<string, string?> { ["GraphQL:ExposeExceptionDetails"] = "true" });

        var response = await host.ExecuteAsync("{ projects { totalCount } }");

        Assert.Equal([ErrorCodes.InternalServerError], response.ErrorCodes);
        Assert.Contains("secret connection string", response.Errors[0].GetProperty("extensions").GetProperty("details").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_field_is_nulled_with_its_error_while_other_fields_resolve()
    {
        await using var store = await SqliteStoreFactory.CreateAsync(FixtureGraph.Create());
        await using var host = new GraphQLTestHost(new SourcesUnavailableStore(store.Store));

        var response = await host.ExecuteAsync("""{ entity(key: "ktz") { name } source(key: "src-wire") { title } }""");

        Assert.Equal("Kazakhstan Temir Zholy", response.At("entity.name").GetString());
        Assert.Equal(JsonValueKind.Null, response.At("source").ValueKind);
        Assert.Equal([DomainErrorCodes.StoreUnavailable], response.ErrorCodes);
        Assert.Equal(["source"], response.Errors[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }
}
