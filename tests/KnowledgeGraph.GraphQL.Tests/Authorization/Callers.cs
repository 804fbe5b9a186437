using System.Security.Claims;
using KnowledgeGraph.GraphQL.Authorization;

namespace KnowledgeGraph.GraphQL.Tests.Authorization;

/// <summary>Principals as the API's authentication hands them to the executer.</summary>
public static class Callers
{
    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());

    public static ClaimsPrincipal WithRoles(string name, params string[] roles) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, name), .. roles.Select(role => new Claim(ClaimTypes.Role, role))],
            authenticationType: "Test"));

    public static ClaimsPrincipal Reader { get; } = WithRoles("rita", Roles.Reader);

    public static ClaimsPrincipal Editor { get; } = WithRoles("ed", Roles.Editor);

    /// <summary>Holds the role claim but was never authenticated: must count for nothing.</summary>
    public static ClaimsPrincipal UnauthenticatedEditorClaim { get; } =
        new(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Editor)], authenticationType: null));

    public static ClaimsPrincipal RefusedToken { get; } = AuthenticationFailure.Principal("The bearer token has expired.");
}
