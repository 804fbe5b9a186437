using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// Codes of problems found in seed files beyond the domain rules: while reading, in citations of archived sources and
/// source statements (<see cref="Provenance.ProvenanceRules"/>), and in sources (<see cref="Provenance.SourceRules"/>).
/// </summary>
public static class SeedErrorCodes
{
    public const string InvalidJson = "INVALID_JSON";
    public const string UnknownField = QueryCodes.UnknownField;
    public const string WrongJsonType = "WRONG_JSON_TYPE";
    public const string NoSeedFiles = "NO_SEED_FILES";

    /// <summary>A source's <c>archive</c> that names no file inside the seed directory.</summary>
    public const string ArchiveNotFound = "ARCHIVE_NOT_FOUND";

    /// <summary>A citation of an archived source without a quote.</summary>
    public const string QuoteRequired = "QUOTE_REQUIRED";

    /// <summary>A quote (of a citation or statement) not found verbatim in the source's archived text.</summary>
    public const string QuoteNotInArchive = "QUOTE_NOT_IN_ARCHIVE";

    /// <summary>A record that lists an archived source but has no citation of it.</summary>
    public const string ArchivedSourceUncited = "ARCHIVED_SOURCE_UNCITED";

    /// <summary>A statement whose source has no archive to check its quote against.</summary>
    public const string SourceNotArchived = "SOURCE_NOT_ARCHIVED";

    /// <summary>A statement's holds entry naming an entity or relationship the seed does not have.</summary>
    public const string StatementRecordMissing = "STATEMENT_RECORD_MISSING";

    /// <summary>A statement's holds entry naming neither or both of an entity and a relationship.</summary>
    public const string InvalidStatementHold = "INVALID_STATEMENT_HOLD";

    /// <summary>A statement that no record holds and whose note does not say why.</summary>
    public const string StatementNoteRequired = "STATEMENT_NOTE_REQUIRED";

    /// <summary>A URL that ends in, or holds in its path, an ellipsis: it was cut off when copied.</summary>
    public const string UrlTruncated = "URL_TRUNCATED";

    /// <summary>A URL with a path segment ending in a hyphen: a slug cut off when copied.</summary>
    public const string UrlDanglingHyphen = "URL_DANGLING_HYPHEN";

    /// <summary>A URL whose host ends with a dot.</summary>
    public const string UrlTrailingDotHost = "URL_TRAILING_DOT_HOST";

    /// <summary>A URL whose host has no top-level domain (a bare name or an IP address).</summary>
    public const string UrlHostWithoutTld = "URL_HOST_WITHOUT_TLD";

    /// <summary>A URL on a staging, development or test host.</summary>
    public const string UrlStagingHost = "URL_STAGING_HOST";

    /// <summary>A URL on a host of the reviewed list of mirrors and other hosts that cannot be cited.</summary>
    public const string HostNotCitable = "HOST_NOT_CITABLE";

    /// <summary>A source naming a listed publisher whose URL is on none of that publisher's domains.</summary>
    public const string PublisherDomainMismatch = "PUBLISHER_DOMAIN_MISMATCH";

    /// <summary>The same URL, once normalised, under two source keys.</summary>
    public const string DuplicateSourceUrl = "DUPLICATE_SOURCE_URL";
}
