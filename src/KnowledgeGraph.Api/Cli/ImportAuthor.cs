using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// Who an import is recorded under in the change history: <c>--author</c>, else the operating-system account that ran
/// it (an import has no GraphQL caller), and why: <c>--comment</c>, else where the data came from.
/// </summary>
internal static class ImportAuthor
{
    public static ChangeAuthor From(IConfiguration arguments, string origin)
    {
        var author = arguments["author"];
        var comment = arguments["comment"];
        return new ChangeAuthor(
            string.IsNullOrWhiteSpace(author) ? $"{Environment.UserName} (command line)" : author.Trim(),
            string.IsNullOrWhiteSpace(comment) ? origin : comment.Trim());
    }
}
