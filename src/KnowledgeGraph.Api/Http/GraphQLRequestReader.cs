using System.Text.Json;
using GraphQL;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Validates and reads the request parameters <c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c>
/// (GraphQL over HTTP, "Request Parameters"); a parameter of the wrong JSON type is a malformed request.
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    /// <summary>Reads a JSON request body; returns the error message of a malformed body, or null.</summary>
    public string? TryReadBody(ReadOnlyMemory<byte> body, out GraphQLHttpRequest? request)
    {
        request = null;
        if (body.IsEmpty)
        {
            return "The request body is empty; expected a JSON object with a 'query' string.";
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            return $"The request body is not valid JSON: {exception.Message}";
        }

        using (document)
        {
            try
            {
                return ReadParameters(document.RootElement, out request);
            }
            catch (InvalidOperationException)
            {
                // JsonDocument checks structure, not the UTF-8 inside strings; reading one that is broken throws here.
                request = null;
                return "The request body is not valid UTF-8.";
            }
        }
    }

    private string? ReadParameters(JsonElement root, out GraphQLHttpRequest? request)
    {
        request = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return "The request body must be a JSON object.";
        }

        var query = ReadString(root, "query", out var error);
        if (error is not null) return error;
        var operationName = ReadString(root, "operationName", out error);
        if (error is not null) return error;
        var variables = ReadMap(root, "variables", out error);
        if (error is not null) return error;
        var extensions = ReadMap(root, "extensions", out error);
        if (error is not null) return error;

        request = new GraphQLHttpRequest(query, operationName, variables, extensions);
        return null;
    }

    /// <summary>Reads GET query-string parameters; <c>variables</c> and <c>extensions</c> are URL-encoded JSON.</summary>
    public string? TryReadQueryString(IQueryCollection parameters, out GraphQLHttpRequest? request)
    {
        request = null;
        var query = Single(parameters, "query", out var error);
        if (error is not null) return error;
        var operationName = Single(parameters, "operationName", out error);
        if (error is not null) return error;
        var variablesText = Single(parameters, "variables", out error);
        if (error is not null) return error;
        var extensionsText = Single(parameters, "extensions", out error);
        if (error is not null) return error;

        var variables = ParseMapText("variables", variablesText, out error);
        if (error is not null) return error;
        var extensions = ParseMapText("extensions", extensionsText, out error);
        if (error is not null) return error;

        request = new GraphQLHttpRequest(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions);
        return null;
    }

    private static string? ReadString(JsonElement root, string name, out string? error)
    {
        error = null;
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            error = $"The '{name}' parameter must be a string.";
            return null;
        }

        return value.GetString();
    }

    private Inputs? ReadMap(JsonElement root, string name, out string? error)
    {
        error = null;
        return root.TryGetProperty(name, out var value) ? ToInputs(name, value, out error) : null;
    }

    private Inputs? ParseMapText(string name, string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return ToInputs(name, document.RootElement, out error);
        }
        catch (JsonException)
        {
            error = $"The '{name}' parameter must be URL-encoded JSON.";
            return null;
        }
    }

    private Inputs? ToInputs(string name, JsonElement value, out string? error)
    {
        error = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            error = $"The '{name}' parameter must be a JSON object (a map).";
            return null;
        }

        return serializer.Deserialize<Inputs>(value.GetRawText());
    }

    private static string? Single(IQueryCollection parameters, string name, out string? error)
    {
        error = null;
        var values = parameters[name];
        if (values.Count > 1)
        {
            error = $"The '{name}' parameter was given {values.Count} times.";
            return null;
        }

        return values.Count == 0 ? null : values[0];
    }
}
