using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Sqlite.Traversal;

/// <summary>Fails start-up with one message per invalid <see cref="SqliteTraversalOptions"/> value, each naming its key.</summary>
internal sealed class SqliteTraversalOptionsValidator : IValidateOptions<SqliteTraversalOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteTraversalOptions options)
    {
        var failures = options.Validate().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
