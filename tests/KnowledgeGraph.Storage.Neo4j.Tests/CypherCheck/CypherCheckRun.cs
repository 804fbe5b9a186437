using System.Text;

namespace KnowledgeGraph.Storage.Neo4j.Tests.CypherCheck;

/// <summary>One run of the Cypher check: Node's exit code and output, the parsed result, and the folder of its manifest.</summary>
public sealed record CypherCheckRun(int ExitCode, string Output, string Error, CypherCheckResult? Result, string Folder)
{
    public IEnumerable<CypherCheckResult.StatementResult> Failures => Result?.Statements.Where(s => s.Failed) ?? [];

    /// <summary>Each failed statement by builder, with its text and every diagnostic; else Node's own output.</summary>
    public string DescribeFailures()
    {
        var text = new StringBuilder();
        foreach (var failure in Failures)
        {
            text.Append("FAIL ").AppendLine(failure.Builder).Append("  ").AppendLine(failure.Text.ReplaceLineEndings("\n  "));
            foreach (var error in failure.Errors)
            {
                text.Append("  error ").AppendLine(error.ToString());
            }

            foreach (var warning in failure.Warnings.Where(w => w.AllowedBecause is null))
            {
                text.Append("  warning (not allowed) ").AppendLine(warning.ToString());
            }
        }

        if (text.Length == 0)
        {
            text.AppendLine($"exit code {ExitCode}").AppendLine(Output).AppendLine(Error);
        }

        return text.Append("manifest and result: ").AppendLine(Folder).ToString();
    }
}
