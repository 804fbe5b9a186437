namespace KnowledgeGraph.Seeding.Provenance;

/// <summary>
/// A source URL taken apart as written, without the normalisation <see cref="Uri"/> applies (which would hide a
/// trailing-dot host or rewrite a path): the host in lower case, the path, and the query and fragment.
/// </summary>
public sealed record SourceUrl(string Host, string Path, string Rest)
{
    /// <summary>Null when <paramref name="url"/> is not an absolute http(s) URL (the domain rules report that).</summary>
    public static SourceUrl? Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0 || !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            return null;
        }

        var authorityStart = schemeEnd + 3;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], authorityStart);
        if (authorityEnd < 0)
        {
            authorityEnd = url.Length;
        }

        var authority = url[authorityStart..authorityEnd];
        authority = authority[(authority.LastIndexOf('@') + 1)..];
        var port = authority.LastIndexOf(':');
        var host = (port >= 0 && !authority.EndsWith(']') ? authority[..port] : authority).ToLowerInvariant();
        var pathEnd = url.IndexOfAny(['?', '#'], authorityEnd);
        if (pathEnd < 0)
        {
            pathEnd = url.Length;
        }

        return new SourceUrl(host, url[authorityEnd..pathEnd], url[pathEnd..]);
    }

    /// <summary>The host's labels, without a trailing empty one.</summary>
    public IReadOnlyList<string> Labels => Host.TrimEnd('.').Split('.');

    /// <summary>True when the host is <paramref name="domain"/> or one of its subdomains.</summary>
    public bool IsOn(string domain)
    {
        var host = Host.TrimEnd('.');
        return string.Equals(host, domain, StringComparison.Ordinal) || host.EndsWith("." + domain, StringComparison.Ordinal);
    }

    /// <summary>
    /// The URL as compared for duplicates: scheme, a leading <c>www.</c>, a trailing dot of the host, a trailing
    /// <c>/</c> of the path and the fragment do not tell two documents apart.
    /// </summary>
    public string Normalised()
    {
        var host = Host.TrimEnd('.');
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var query = Rest.Split('#')[0];
        return host + Path.TrimEnd('/') + (query == "?" ? string.Empty : query);
    }
}
