using System.Security.Claims;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Authorization;

/// <summary>
/// The one access decision of the service, by operation type: mutations need an authenticated <see cref="Roles.Editor"/>;
/// queries and subscriptions are open unless <see cref="OperationAccessOptions.PublicReads"/> is off, and then need
/// <see cref="Roles.Reader"/> or <see cref="Roles.Editor"/>. The validation rule enforces it; the transport asks it
/// too before answering from a response cache.
/// </summary>
public sealed class OperationAccessPolicy(IOptions<OperationAccessOptions> options)
{
    private static readonly string[] ReadRoles = [Roles.Reader, Roles.Editor];
    private static readonly string[] WriteRoles = [Roles.Editor];

    public bool PublicReads => options.Value.PublicReads;

    /// <summary>Null when <paramref name="user"/> may run an operation of <paramref name="operation"/>'s type.</summary>
    public AccessDenial? Check(OperationType operation, ClaimsPrincipal? user)
    {
        var (roles, what) = operation switch
        {
            OperationType.Mutation => (WriteRoles, "A mutation"),
            _ when PublicReads => (null, string.Empty),
            OperationType.Subscription => (ReadRoles, "A subscription"),
            _ => (ReadRoles, "A query"),
        };
        if (roles is null)
        {
            return null;
        }

        var required = string.Join(" or ", roles.Select(r => $"'{r}'"));
        if (user?.Identity?.IsAuthenticated != true)
        {
            var failure = AuthenticationFailure.ReasonOf(user);
            return new AccessDenial(AccessErrorCodes.NotAuthenticated, failure is null
                ? $"{what} requires an authenticated caller with the role {required}; send a bearer token (Authorization: Bearer <jwt>) or an API key (X-Api-Key)."
                : $"{what} requires an authenticated caller with the role {required}; the credentials sent were refused: {failure}");
        }

        if (!roles.Any(role => HasRole(user, role)))
        {
            var name = user.Identity.Name is { Length: > 0 } n ? $"'{n}'" : "The caller";
            return new AccessDenial(AccessErrorCodes.NotAuthorized,
                $"{what} requires the role {required}; {name} does not have it.");
        }

        return null;
    }

    private static bool HasRole(ClaimsPrincipal user, string role) =>
        user.Identities.Any(identity => identity.IsAuthenticated
            && identity.Claims.Any(claim => claim.Type == ClaimTypes.Role && string.Equals(claim.Value, role, StringComparison.Ordinal)));
}
