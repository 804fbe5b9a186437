using System.Security.Claims;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>Who makes a change: the caller's name claim, else its <c>sub</c> claim, else <c>anonymous</c>; with the input's comment.</summary>
public static class ChangeAuthors
{
    public const string Anonymous = "anonymous";

    public const int CommentMaxLength = 1000;

    public static ChangeAuthor Of(ClaimsPrincipal? user, string? comment) => new(NameOf(user), comment);

    public static string NameOf(ClaimsPrincipal? user) =>
        NonEmpty(user?.FindFirst(ClaimTypes.Name)?.Value) ?? NonEmpty(user?.FindFirst("sub")?.Value) ?? Anonymous;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
