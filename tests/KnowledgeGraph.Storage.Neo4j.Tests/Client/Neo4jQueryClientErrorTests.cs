using System.Net;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;
using Xunit;
using static KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure.QueryApiResponses;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Client;

public sealed class Neo4jQueryClientErrorTests
{
    [Fact]
    public async Task Constraint_violation_becomes_a_validation_error_and_is_not_retried()
    {
        var server = new FakeNeo4jServer().Respond(
            Error("Neo.ClientError.Schema.ConstraintValidationFailed", "Node(12) already exists with label `Entity` and property `key` = 'khorgos'"),
            HttpStatusCode.BadRequest);
        var client = TestClients.Create(server);

        var error = await Assert.ThrowsAsync<ValidationException>(() => client.RunAsync(new CypherStatement("CREATE (:Entity {key: $k})"), AccessMode.Write));

        Assert.Equal(Neo4jErrorMapper.ConstraintViolationCode, Assert.Single(error.Errors).Code);
        Assert.Contains("khorgos", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Syntax_error_is_a_client_exception_carrying_the_neo4j_code()
    {
        var server = new FakeNeo4jServer().Respond(Error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC'"), HttpStatusCode.BadRequest);
        var client = TestClients.Create(server);

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => client.RunAsync(new CypherStatement("MATC (n) RETURN n"), AccessMode.Read));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("Invalid input 'MATC'", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Errors_in_a_202_answer_are_errors_too()
    {
        var server = new FakeNeo4jServer().Respond(Error("Neo.ClientError.Statement.ParameterMissing", "Expected parameter(s): key"));
        var client = TestClients.Create(server);

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => client.RunAsync(new CypherStatement("RETURN $key"), AccessMode.Read));

        Assert.Equal("Neo.ClientError.Statement.ParameterMissing", error.Code);
    }

    [Fact]
    public async Task Unauthorized_names_the_configuration_keys_to_check()
    {
        var server = new FakeNeo4jServer().Respond(Error("Neo.ClientError.Security.Unauthorized", "Invalid username or password."), HttpStatusCode.Unauthorized);
        var client = TestClients.Create(server);

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => client.RunAsync(new CypherStatement("RETURN 1"), AccessMode.Read));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Contains("Storage:Neo4j:Username/Password", error.Message);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("""{"$type":"Point","_value":42}""")]
    [InlineData("""{"$type":"Point","_value":{"coordinates":[1.0],"crs":{"srid":7203}}}""")]
    [InlineData("""{"$type":"Integer","_value":"forty-two"}""")]
    [InlineData("""{"$type":"Integer","_value":"99999999999999999999"}""")]
    [InlineData("""{"$type":"Node","_value":{"_labels":["Entity"]}}""")]
    [InlineData("""{"$type":"List","_value":{"not":"a list"}}""")]
    [InlineData("""{"$type":"Base64","_value":"***"}""")]
    [InlineData("""{"$type":"Quaternion","_value":"1"}""")]
    public async Task A_value_of_a_shape_the_client_cannot_read_is_a_client_exception(string value)
    {
        var server = new FakeNeo4jServer().Respond(SingleValue("v", value));
        var client = TestClients.Create(server);

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => client.RunAsync(new CypherStatement("RETURN $v AS v"), AccessMode.Read));

        Assert.Equal(Neo4jErrorMapper.InvalidFormatCode, error.Code);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_http_error_without_a_neo4j_body_is_a_client_exception()
    {
        var server = new FakeNeo4jServer().RespondWithStatus(HttpStatusCode.NotFound);
        var client = TestClients.Create(server);

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => client.RunAsync(new CypherStatement("RETURN 1"), AccessMode.Read));

        Assert.Contains("404", error.Message);
        Assert.Single(server.Requests);
    }
}
