using System.Net;
using System.Text.Json;
using GraphQLParser.AST;
using GraphQLParser.Visitors;
using KnowledgeGraph.Api.Ide;
using KnowledgeGraph.Api.Tests.Infrastructure;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Transport;

/// <summary>Banana Cake Pop's new documents start with the README's journalist questions, and they run on the real seed.</summary>
public sealed class IdeStarterDocumentTests
{
    [Fact]
    public async Task Ide_config_gives_new_documents_the_starter_document()
    {
        using var factory = new TransportFactory();

        var body = await ReadJsonAsync(await factory.CreateClient().GetAsync("/graphql/" + BananaCakePopMiddleware.ConfigFile));

        Assert.Equal(StarterDocument.Text, body.GetProperty("graphQLDocument").GetString());
    }

    [Fact]
    public void Ide_starter_document_holds_the_readme_journalist_questions_as_named_operations()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("### Three questions a journalist asks", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", StringComparison.Ordinal)];
        var questions = Hostile.ReadmeExampleTests.GraphQLBlock().Matches(section).Select(m => Printed(Operations(m.Groups[1].Value).Single().SelectionSet)).ToList();

        var starter = Operations(StarterDocument.Text);

        Assert.True(questions.Count >= 3, $"README's journalist section has {questions.Count} graphql blocks.");
        Assert.All(starter, operation => Assert.NotNull(operation.Name));
        Assert.Equal(questions, starter.Select(operation => Printed(operation.SelectionSet)));
    }

    [Fact]
    public async Task Ide_starter_document_operations_run_without_errors_on_the_seeded_graph()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        foreach (var operation in Operations(StarterDocument.Text))
        {
            var name = operation.Name!.StringValue;
            var response = await client.SendAsync(Post(JsonSerializer.Serialize(new { query = StarterDocument.Text, operationName = name })));
            var body = await ReadJsonAsync(response);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {(int)response.StatusCode} {body}");
            Assert.False(body.TryGetProperty("errors", out var errors), $"{name}: {errors}");
        }
    }

    private static List<GraphQLOperationDefinition> Operations(string document) =>
        GraphQLParser.Parser.Parse(document).Definitions.OfType<GraphQLOperationDefinition>().ToList();

    private static string Printed(ASTNode node) => new SDLPrinter().Print(node);
}
