using System.Reflection;
using KnowledgeGraph.Domain.Validation;
using Xunit;

namespace KnowledgeGraph.Seeding.Tests;

/// <summary>
/// One fixture per provenance and source rule under <c>Fixtures/Provenance</c>: <c>valid/seed</c> is a complete valid
/// seed (an archived article, quoted citations, statements); every other folder adds one <c>violation.json</c> to it
/// that breaks exactly one rule, and must fail <c>validate</c> with that rule's code at the named record.
/// </summary>
public sealed class ProvenanceRuleTests
{
    private const string Violation = "seed/violation.json: ";

    /// <summary>Fixture folder, the code it must fail with, and where.</summary>
    public static TheoryData<string, string, string> Violations => new()
    {
        { "citation-source-not-listed", ValidationCodes.CitationSourceNotListed, "entities[0] (key 'china').citations[1].source" },
        { "citation-about-unknown", ValidationCodes.CitationAboutUnknown, "entities[0] (key 'china').citations[0].about" },
        { "quote-empty", ValidationCodes.Required, "entities[0] (key 'china').citations[1].quote" },
        { "archive-not-found", SeedErrorCodes.ArchiveNotFound, "sources[0] (key 'speech').archive" },
        { "quote-required", SeedErrorCodes.QuoteRequired, "entities[0] (key 'china').citations[0].quote" },
        { "quote-not-in-archive", SeedErrorCodes.QuoteNotInArchive, "entities[0] (key 'china').citations[0].quote" },
        { "archived-source-uncited", SeedErrorCodes.ArchivedSourceUncited, "entities[0] (key 'china').citations" },
        { "statement-record-missing", SeedErrorCodes.StatementRecordMissing, "statements[0] (id 's03').holds[0].relationship" },
        { "statement-note-required", SeedErrorCodes.StatementNoteRequired, "statements[0] (id 's03').note" },
        { "statement-quote-not-in-archive", SeedErrorCodes.QuoteNotInArchive, "statements[0] (id 's03').quote" },
        { "statement-source-not-archived", SeedErrorCodes.SourceNotArchived, "statements[0] (id 's03').source" },
        { "invalid-statement-hold", SeedErrorCodes.InvalidStatementHold, "statements[0] (id 's03').holds[0]" },
        { "url-truncated", SeedErrorCodes.UrlTruncated, "sources[0] (key 'other').url" },
        { "url-dangling-hyphen", SeedErrorCodes.UrlDanglingHyphen, "sources[0] (key 'other').url" },
        { "url-trailing-dot-host", SeedErrorCodes.UrlTrailingDotHost, "sources[0] (key 'other').url" },
        { "url-host-without-tld", SeedErrorCodes.UrlHostWithoutTld, "sources[0] (key 'other').url" },
        { "url-staging-host", SeedErrorCodes.UrlStagingHost, "sources[0] (key 'other').url" },
        { "host-not-citable", SeedErrorCodes.HostNotCitable, "sources[0] (key 'other').url" },
        { "publisher-domain-mismatch", SeedErrorCodes.PublisherDomainMismatch, "sources[0] (key 'other').publisher" },
        { "duplicate-source-url", SeedErrorCodes.DuplicateSourceUrl, "sources[0] (key 'other').url" },
    };

    private static string Fixtures => Path.Combine(RepositoryPaths.Fixtures, "Provenance");

    [Fact]
    public void The_valid_fixture_passes_validate()
    {
        var document = SeedReader.ReadDirectory(Path.Combine(Fixtures, "valid", "seed"));

        var errors = SeedValidator.Validate(document);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Equal(2, document.Statements.Count);
        Assert.NotNull(Assert.Single(document.Archives).Value.Text);
    }

    [Theory]
    [MemberData(nameof(Violations))]
    public async Task Each_rule_fixture_fails_validate_with_its_code_at_the_record(string fixture, string code, string path)
    {
        using var seed = SeedWithViolation(fixture);
        using var output = new StringWriter();

        var exit = await SeedCommands.ValidateAsync(seed.Directory, output);

        Assert.Equal(SeedCommands.Invalid, exit);
        var error = Assert.Single(SeedValidator.Validate(SeedReader.ReadDirectory(seed.Directory)));
        Assert.Equal((code, Violation + path), (error.Code, error.Path));
        Assert.Contains($"[{code}]", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_fixture_folder_is_a_tested_rule()
    {
        var tested = Violations.Select(row => (string)row[0]).Append("valid").Order(StringComparer.Ordinal);

        var folders = Directory.EnumerateDirectories(Fixtures).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(tested, folders);
    }

    [Fact]
    public void Every_seed_rule_code_has_a_fixture()
    {
        string[] readingCodes = [SeedErrorCodes.InvalidJson, SeedErrorCodes.UnknownField, SeedErrorCodes.WrongJsonType, SeedErrorCodes.NoSeedFiles];
        var ruleCodes = typeof(SeedErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            .Except(readingCodes);

        var covered = Violations.Select(row => (string)row[1]);

        Assert.Empty(ruleCodes.Except(covered));
    }

    private static TemporarySeed SeedWithViolation(string fixture) =>
        TemporarySeed.CopyOf(Path.Combine(Fixtures, "valid", "seed"))
            .Write("violation.json", File.ReadAllText(Path.Combine(Fixtures, fixture, "violation.json")));
}
