namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Connection settings for the Neo4j Query API, bound from the <c>Storage:Neo4j</c> section. Credentials come from
/// configuration (environment, user secrets, an env file), never from the repository.
/// </summary>
public sealed class Neo4jOptions
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

    /// <summary>The problems with these settings, each naming the configuration key; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Uri))
        {
            problems.Add($"{SectionName}:Uri is required (e.g. http://localhost:7474).");
        }
        else if (!System.Uri.TryCreate(Uri, UriKind.Absolute, out var parsed) || (parsed.Scheme != "http" && parsed.Scheme != "https"))
        {
            problems.Add($"{SectionName}:Uri must be an absolute http or https address of the Query API; '{Uri}' is not.");
        }

        if (string.IsNullOrWhiteSpace(Database))
        {
            problems.Add($"{SectionName}:Database must not be empty.");
        }

        var hasUser = !string.IsNullOrEmpty(Username);
        var hasPassword = !string.IsNullOrEmpty(Password);
        if (hasUser != hasPassword)
        {
            problems.Add($"{SectionName}:Username and {SectionName}:Password must be set together.");
        }

        if (hasUser && !string.IsNullOrEmpty(BearerToken))
        {
            problems.Add($"Set either {SectionName}:Username/Password or {SectionName}:BearerToken, not both.");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:RequestTimeout must be positive.");
        }

        if (MaxRetries is < 0 or > 10)
        {
            problems.Add($"{SectionName}:MaxRetries must be between 0 and 10.");
        }

        if (RetryBaseDelay < TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay)
        {
            problems.Add($"{SectionName}:RetryBaseDelay must be non-negative and not above {SectionName}:RetryMaxDelay.");
        }

        if (BatchSize is < 1 or > 10_000)
        {
            problems.Add($"{SectionName}:BatchSize must be between 1 and 10000.");
        }

        return problems;
    }
}
