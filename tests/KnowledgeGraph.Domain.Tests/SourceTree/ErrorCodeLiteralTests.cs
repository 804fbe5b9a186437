using Xunit;

namespace KnowledgeGraph.Domain.Tests.SourceTree;

public sealed class ErrorCodeLiteralTests
{
    [Fact]
    public void Every_error_code_literal_in_src_is_spelled_once_in_its_definition_file()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(path => (Path.GetRelativePath(src, path), File.ReadAllText(path)))
            .ToList();

        Assert.NotEmpty(files);
        Assert.Empty(ErrorCodeLiterals.Violations(files));
    }

    [Fact]
    public void A_code_spelled_outside_its_definition_file_is_reported_with_its_place()
    {
        var violations = ErrorCodeLiterals.Violations(
        [
            ("Domain/ValidationCodes.cs", "public const string UnknownSource = \"UNKNOWN_SOURCE\";"),
            ("Neo4j/Planner.cs", "var a = 1;\nerrors.Add(new(path, \"UNKNOWN_SOURCE\", message));"),
        ]);

        Assert.Equal(["Neo4j/Planner.cs:2: \"UNKNOWN_SOURCE\" is spelled outside a *Codes.cs file; reference its constant."], violations);
    }

    [Fact]
    public void A_code_defined_in_two_definition_files_is_reported_once_naming_both()
    {
        var violations = ErrorCodeLiterals.Violations(
        [
            ("A/ValidationCodes.cs", "const string X = \"INVALID_VALUE\";"),
            ("B/CsvErrorCodes.cs", "const string Y = \"INVALID_VALUE\";"),
        ]);

        Assert.Equal(["\"INVALID_VALUE\" is defined 2 times: A/ValidationCodes.cs:1, B/CsvErrorCodes.cs:1; keep one and reference it."], violations);
    }

    [Fact]
    public void Single_words_lower_case_and_allow_listed_files_are_not_codes()
    {
        var violations = ErrorCodeLiterals.Violations(
        [
            ("Cypher/Builder.cs", "var q = \"MATCH\"; var t = \"Located_In\"; var m = \"neo4j_db\";"),
            ("Relationships/RelationshipTypes.cs", "public const string LocatedIn = \"LOCATED_IN\";"),
        ]);

        Assert.Empty(violations);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No KnowledgeGraph.sln above {AppContext.BaseDirectory}.");
    }
}
