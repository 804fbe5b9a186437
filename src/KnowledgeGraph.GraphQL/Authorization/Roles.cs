namespace KnowledgeGraph.GraphQL.Authorization;

/// <summary>
/// The roles a caller may hold, as values of <see cref="System.Security.Claims.ClaimTypes.Role"/> claims. They are the
/// contract between whoever authenticates callers (JWT bearer tokens, API keys) and the schema that authorises them.
/// </summary>
public static class Roles
{
    /// <summary>May read the graph even when reads are not public.</summary>
    public const string Reader = "reader";

    /// <summary>May change the graph: every mutation requires it. An editor may also read.</summary>
    public const string Editor = "editor";
}
