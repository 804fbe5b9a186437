using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.Client.TypedJson;

namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>A parsed Query API answer: data, bookmarks, counters, the open transaction's id, and errors.</summary>
internal sealed record ResponseBody(
    IReadOnlyList<string> Fields,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    IReadOnlyList<string> Bookmarks,
    QueryCounters? Counters,
    string? TransactionId,
    IReadOnlyList<Neo4jServerError> Errors)
{
    public static readonly ResponseBody Empty = new([], [], [], null, null, []);

    public static ResponseBody From(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Empty;
        }

        var errors = new List<Neo4jServerError>();
        if (root.TryGetProperty("errors", out var errorList) && errorList.ValueKind == JsonValueKind.Array)
        {
            foreach (var error in errorList.EnumerateArray())
            {
                errors.Add(new Neo4jServerError(
                    error.TryGetProperty("code", out var code) ? code.GetString() ?? "Neo.DatabaseError.General.UnknownError" : "Neo.DatabaseError.General.UnknownError",
                    error.TryGetProperty("message", out var message) ? message.GetString() ?? string.Empty : string.Empty));
            }
        }

        var fields = new List<string>();
        var rows = new List<IReadOnlyList<object?>>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var fieldList))
            {
                fields.AddRange(fieldList.EnumerateArray().Select(f => f.GetString()!));
            }

            if (data.TryGetProperty("values", out var values))
            {
                foreach (var row in values.EnumerateArray())
                {
                    rows.Add(row.ValueKind == JsonValueKind.Array
                        ? row.EnumerateArray().Select(TypedJsonDecoder.Decode).ToList()
                        : [TypedJsonDecoder.Decode(row)]);
                }
            }
        }

        var bookmarks = root.TryGetProperty("bookmarks", out var bookmarkList) && bookmarkList.ValueKind == JsonValueKind.Array
            ? bookmarkList.EnumerateArray().Select(b => b.GetString()!).ToList()
            : [];

        string? transactionId = null;
        if (root.TryGetProperty("transaction", out var transaction) && transaction.ValueKind == JsonValueKind.Object
            && transaction.TryGetProperty("id", out var id))
        {
            transactionId = id.GetString();
        }

        QueryCounters? counters = null;
        if (root.TryGetProperty("counters", out var c) && c.ValueKind == JsonValueKind.Object)
        {
            int Count(string name) => c.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;
            counters = new QueryCounters(
                c.TryGetProperty("containsUpdates", out var updates) && updates.ValueKind == JsonValueKind.True,
                Count("nodesCreated"), Count("nodesDeleted"), Count("propertiesSet"), Count("relationshipsCreated"),
                Count("relationshipsDeleted"), Count("labelsAdded"), Count("labelsRemoved"), Count("indexesAdded"),
                Count("indexesRemoved"), Count("constraintsAdded"), Count("constraintsRemoved"));
        }

        return new ResponseBody(fields, rows, bookmarks, counters, transactionId, errors);
    }

    public QueryResult ToQueryResult()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Fields.Count; i++)
        {
            index[Fields[i]] = i;
        }

        return new QueryResult(Fields, Rows.Select(r => new QueryRecord(index, r)).ToList(), Bookmarks, Counters);
    }
}
