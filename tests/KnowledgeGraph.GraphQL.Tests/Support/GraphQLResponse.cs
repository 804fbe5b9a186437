using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Tests.Support;

/// <summary>A serialised GraphQL response with helpers to read data and errors.</summary>
public sealed class GraphQLResponse(string json)
{
    public string Json { get; } = json;

    public JsonElement Root { get; } = JsonDocument.Parse(json).RootElement;

    public JsonElement Data => Root.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors =>
        Root.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToList() : [];

    /// <summary>The value at a dotted path below <c>data</c>, e.g. <c>projects.nodes</c>.</summary>
    public JsonElement At(string path)
    {
        var element = Data;
        foreach (var part in path.Split('.'))
        {
            element = int.TryParse(part, out var index) ? element[index] : element.GetProperty(part);
        }

        return element;
    }

    /// <summary>The string property <paramref name="property"/> of every element of the array at <paramref name="path"/>.</summary>
    public IReadOnlyList<string?> Strings(string path, string property) =>
        At(path).EnumerateArray().Select(e => e.GetProperty(property).GetString()).ToList();

    public IReadOnlyList<string?> ErrorCodes =>
        Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null).ToList();

    /// <summary>Fails with the whole response when it has errors.</summary>
    public GraphQLResponse AssertNoErrors()
    {
        Xunit.Assert.True(Errors.Count == 0, "Expected no errors, got: " + Json);
        return this;
    }
}
