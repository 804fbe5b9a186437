namespace KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>Response bodies shaped like the examples of the Query API documentation.</summary>
public static class QueryApiResponses
{
    public const string Bookmark = "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q";

    public static string Data(string fields, string rows, string bookmark = Bookmark) =>
        $$$"""{"data":{"fields":{{{fields}}},"values":{{{rows}}}},"bookmarks":["{{{bookmark}}}"]}""";

    public static string Empty(string bookmark = Bookmark) => Data("[]", "[]", bookmark);

    public static string SingleValue(string field, string typedValue) => Data($"[\"{field}\"]", $"[[{typedValue}]]");

    public static string Error(string code, string message) =>
        $$"""{"errors":[{"code":"{{code}}","message":"{{message}}"}]}""";

    /// <summary>The answer to a statement that opened transaction <paramref name="id"/>, with the statement's data.</summary>
    public static string InTransaction(string id, string fields = "[]", string rows = "[]") =>
        $$$"""{"data":{"fields":{{{fields}}},"values":{{{rows}}}},"bookmarks":[],"transaction":{"id":"{{{id}}}","expires":"2026-11-28T21:48:29Z"}}""";
}
