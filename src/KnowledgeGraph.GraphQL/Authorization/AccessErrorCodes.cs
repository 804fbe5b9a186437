namespace KnowledgeGraph.GraphQL.Authorization;

/// <summary><c>extensions.code</c> values of refused operations; the names Hot Chocolate uses, so clients already know them.</summary>
public static class AccessErrorCodes
{
    /// <summary>The caller presented no credentials, or credentials that could not be verified.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The caller is known but lacks the role the operation needs.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
}
