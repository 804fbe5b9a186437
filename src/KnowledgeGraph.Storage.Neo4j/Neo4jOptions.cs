using KnowledgeGraph.Configuration;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Connection settings for the Neo4j Query API, bound from the <c>Storage:Neo4j</c> section. Credentials come from
/// configuration (environment, user secrets, an env file), never from the repository.
/// </summary>
public sealed class Neo4jOptions : ISettings
{
    public const string SectionName = "Storage:Neo4j";

    /// <summary>Base HTTP(S) address of the server, e.g. <c>http://localhost:7474</c> or an Aura instance's https address.</summary>
    public string? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>An SSO bearer token; used instead of <see cref="Username"/>/<see cref="Password"/> when set.</summary>
    public string? BearerToken { get; set; }

    /// <summary>Timeout of one HTTP request.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a transient failure is retried before the store reports itself unavailable.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Delay before the first retry; each further retry doubles it.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Upper bound of one retry delay.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Rows per statement when writing or reading everything in batches.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// How often an import's open transaction, idle between two parts, is kept alive: the server rolls back a transaction
    /// that hears nothing for its idle timeout (30 s by default), and an idle gap lasts up to twice this.
    /// </summary>
    public TimeSpan TransactionKeepAlive { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<string> Validate(string section)
    {
        if (string.IsNullOrWhiteSpace(Uri))
        {
            yield return $"{section}:Uri is required (e.g. http://localhost:7474).";
        }
        else if (!System.Uri.TryCreate(Uri, UriKind.Absolute, out var parsed) || (parsed.Scheme != "http" && parsed.Scheme != "https"))
        {
            yield return $"{section}:Uri must be an absolute http or https address of the Query API; '{Uri}' is not.";
        }

        if (string.IsNullOrWhiteSpace(Database))
        {
            yield return $"{section}:Database must not be empty.";
        }

        var hasUser = !string.IsNullOrEmpty(Username);
        var hasPassword = !string.IsNullOrEmpty(Password);
        if (hasUser != hasPassword)
        {
            yield return $"{section}:Username and {section}:Password must be set together.";
        }

        if (hasUser && !string.IsNullOrEmpty(BearerToken))
        {
            yield return $"Set either {section}:Username/Password or {section}:BearerToken, not both.";
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            yield return $"{section}:RequestTimeout must be positive.";
        }

        if (MaxRetries is < 0 or > 10)
        {
            yield return $"{section}:MaxRetries must be between 0 and 10.";
        }

        if (RetryBaseDelay < TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay)
        {
            yield return $"{section}:RetryBaseDelay must be non-negative and not above {section}:RetryMaxDelay.";
        }

        if (TransactionKeepAlive <= TimeSpan.Zero)
        {
            yield return $"{section}:TransactionKeepAlive must be positive.";
        }

        if (BatchSize is < 1 or > 10_000)
        {
            yield return $"{section}:BatchSize must be between 1 and 10000.";
        }
    }
}
