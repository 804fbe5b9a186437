using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Seeding.Provenance;

/// <summary>
/// The rules a seed's sources obey beyond the domain's (an absolute http(s) URL): the URL is not cut off (no
/// ellipsis, no dangling hyphen), its host is a real public one (no trailing dot, a top-level domain, no staging
/// label), the host is not on the reviewed list of mirrors and copies, a listed publisher is cited on its own domain,
/// and no document is listed under two keys. The lists are <see cref="SourcePolicy"/>.
/// </summary>
public static class SourceRules
{
    public static IReadOnlyList<ValidationError> Validate(SeedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<ValidationError>();
        var firstByUrl = new Dictionary<string, SeedRecord<Source>>(StringComparer.Ordinal);
        foreach (var record in document.Sources)
        {
            var source = record.Value;
            if (string.IsNullOrEmpty(source.Url) || SourceUrl.Parse(source.Url) is not { } url)
            {
                continue;
            }

            var path = record.Origin + ".url";
            var before = errors.Count;
            CheckShape(path, source.Url, url, errors);
            CheckHost(path, url, errors);
            if (errors.Count == before)
            {
                CheckPublisher(record.Origin + ".publisher", source, url, errors);
            }

            if (firstByUrl.TryGetValue(url.Normalised(), out var first) && first.Value.Key != source.Key)
            {
                errors.Add(new ValidationError(path, SeedErrorCodes.DuplicateSourceUrl,
                    $"The source '{source.Key}' has the same URL as '{first.Value.Key}' ({first.Origin}): one document, one source key."));
            }
            else
            {
                firstByUrl.TryAdd(url.Normalised(), record);
            }
        }

        return errors;
    }

    private static void CheckShape(string path, string raw, SourceUrl url, List<ValidationError> errors)
    {
        if (raw.Contains('…', StringComparison.Ordinal) || raw.Contains("%E2%80%A6", StringComparison.OrdinalIgnoreCase) ||
            raw.EndsWith("...", StringComparison.Ordinal) || url.Path.Contains("...", StringComparison.Ordinal))
        {
            errors.Add(new ValidationError(path, SeedErrorCodes.UrlTruncated,
                $"The URL '{raw}' holds an ellipsis: it was cut off when copied. Give the document's full address."));
        }

        if (url.Path.Split('/').FirstOrDefault(s => s.EndsWith('-')) is { } segment)
        {
            errors.Add(new ValidationError(path, SeedErrorCodes.UrlDanglingHyphen,
                $"The URL path segment '{segment}' ends with a hyphen: the address looks cut off. Give the document's full address."));
        }
    }

    private static void CheckHost(string path, SourceUrl url, List<ValidationError> errors)
    {
        if (url.Host.EndsWith('.'))
        {
            errors.Add(new ValidationError(path, SeedErrorCodes.UrlTrailingDotHost,
                $"The host '{url.Host}' ends with a dot; write it as '{url.Host.TrimEnd('.')}'."));
        }

        var labels = url.Labels;
        var tld = labels[^1];
        if (labels.Count < 2 || !(tld.Length >= 2 && tld.All(char.IsAsciiLetter) || tld.StartsWith("xn--", StringComparison.Ordinal)))
        {
            errors.Add(new ValidationError(path, SeedErrorCodes.UrlHostWithoutTld,
                $"The host '{url.Host}' has no top-level domain: a source is a public document with a public address."));
            return;
        }

        if (labels.Take(labels.Count - 2).FirstOrDefault(SourcePolicy.StagingLabels.Contains) is { } staging)
        {
            errors.Add(new ValidationError(path, SeedErrorCodes.UrlStagingHost,
                $"The host '{url.Host}' is a '{staging}' copy of a site; cite the document on the public site."));
        }

        if (SourcePolicy.NotCitableHosts.FirstOrDefault(h => url.IsOn(h.Host)) is { } listed)
        {
            errors.Add(new ValidationError(path, SeedErrorCodes.HostNotCitable,
                $"The host '{url.Host}' may not be cited: {listed.Reason}."));
        }
    }

    private static void CheckPublisher(string path, Source source, SourceUrl url, List<ValidationError> errors)
    {
        var named = PublisherNames.Named(source.Publisher);
        if (named.Count == 0 || named.Any(p => p.Domains.Any(url.IsOn)))
        {
            return;
        }

        var expected = string.Join("; ", named.Select(p => $"{p.Publisher}: {string.Join(", ", p.Domains)}"));
        errors.Add(new ValidationError(path, SeedErrorCodes.PublisherDomainMismatch,
            $"The publisher '{source.Publisher}' names {string.Join(" and ", named.Select(p => p.Publisher))}, but the URL is on " +
            $"'{url.Host}' ({expected}): cite the original on the publisher's own site, or name the site that published it."));
    }
}
