namespace KnowledgeGraph.Storage.Neo4j.Tests.CypherCheck;

/// <summary>
/// What tests/cypher-check/check.mjs found: the self-test's cases, how many statements it checked, analysed in full (the
/// others shared the analysis of a statement of the same shape) and failed, and each statement that failed or drew a
/// warning, with the front-end's diagnostics.
/// </summary>
public sealed record CypherCheckResult(
    string Package,
    string CypherVersion,
    CypherCheckResult.SelfTestResult SelfTest,
    int Checked,
    int Analysed,
    int Failed,
    IReadOnlyList<CypherCheckResult.StatementResult> Statements)
{
    public sealed record SelfTestResult(bool Passed, IReadOnlyList<SelfTestCase> Cases);

    public sealed record SelfTestCase(string Text, string Expect, bool Ok, string Got);

    /// <summary>A statement's outcome; <see cref="SameShapeAs"/> names the statement whose full analysis it shares, if any.</summary>
    public sealed record StatementResult(
        string Builder, string Text, string? SameShapeAs, bool Failed, IReadOnlyList<Diagnostic> Errors, IReadOnlyList<Diagnostic> Warnings);

    /// <summary>One error or warning, 1-based position; an allowed warning carries the reason it is allowed.</summary>
    public sealed record Diagnostic(int Line, int Column, string Message, string? AllowedBecause)
    {
        public override string ToString() =>
            $"line {Line}, col {Column}: {Message}" + (AllowedBecause is null ? string.Empty : $" (allowed: {AllowedBecause})");
    }
}
