using System.Text.RegularExpressions;

namespace KnowledgeGraph.Domain.Tests.SourceTree;

/// <summary>
/// Finds error-code string literals spelled where they should be referenced. An error-code literal is a C# string
/// literal that is UPPER_SNAKE_CASE with at least one underscore (<c>"UNKNOWN_SOURCE"</c>); each must appear exactly
/// once across the sources, in a definition file (a file named <c>*Codes.cs</c>: ValidationCodes.cs, EdgeErrorCodes.cs…).
/// Single-word codes (<c>"CONFLICT"</c>, <c>"REQUIRED"</c>) are not caught: the shape alone cannot tell them from Cypher
/// keywords, HTTP methods and enum names.
/// </summary>
public static partial class ErrorCodeLiterals
{
    /// <summary>
    /// UPPER_SNAKE literals that are not error codes, by file name, each with the reason: the graph's own vocabulary
    /// and names fixed by other systems. Anything new that is not a code is added here with its reason.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> NotCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["RelationshipTypes.cs"] = "the relationship types' names (LOCATED_IN…) are the registry's data, defined there once",
        ["PathModeType.cs"] = "ALL_SHORTEST is the name of a GraphQL enum value",
        ["ApiProcess.cs"] = "ASPNETCORE_ENVIRONMENT is the name of ASP.NET Core's environment variable",
    };

    /// <summary>Each problem as <c>path:line: message</c>; empty when every code literal is spelled once, in a definition file.</summary>
    public static IReadOnlyList<string> Violations(IEnumerable<(string Path, string Text)> files)
    {
        var occurrences = new List<(string Literal, string Path, int Line)>();
        foreach (var (path, text) in files)
        {
            if (NotCodes.ContainsKey(Path.GetFileName(path)))
            {
                continue;
            }

            foreach (Match match in Literal().Matches(text))
            {
                occurrences.Add((match.Groups["code"].Value, path, LineOf(text, match.Index)));
            }
        }

        var problems = new List<string>();
        foreach (var group in occurrences.GroupBy(o => o.Literal, StringComparer.Ordinal))
        {
            foreach (var (literal, path, line) in group)
            {
                if (!IsDefinitionFile(path))
                {
                    problems.Add($"{path}:{line}: \"{literal}\" is spelled outside a *Codes.cs file; reference its constant.");
                }
            }

            var definitions = group.Where(o => IsDefinitionFile(o.Path)).ToList();
            if (definitions.Count > 1)
            {
                problems.Add($"\"{group.Key}\" is defined {definitions.Count} times: " +
                             string.Join(", ", definitions.Select(d => $"{d.Path}:{d.Line}")) + "; keep one and reference it.");
            }
        }

        return problems;
    }

    private static bool IsDefinitionFile(string path) => Path.GetFileName(path).EndsWith("Codes.cs", StringComparison.Ordinal);

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex("\"(?<code>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"")]
    private static partial Regex Literal();
}
