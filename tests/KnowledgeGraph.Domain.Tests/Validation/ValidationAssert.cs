using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Validation;

internal static class ValidationAssert
{
    public static IReadOnlyList<ValidationError> Validate(GraphChangeSet changes, IExistingGraph? existing = null) =>
        GraphChangeValidator.Validate(changes, existing ?? ExistingGraph.Empty);

    /// <summary>Asserts exactly one error, at <paramref name="path"/> with <paramref name="code"/>, and returns it.</summary>
    public static ValidationError Single(IReadOnlyList<ValidationError> errors, string path, string code)
    {
        var error = Assert.Single(errors);
        Assert.Equal(path, error.Path);
        Assert.Equal(code, error.Code);
        return error;
    }

    public static void Valid(IReadOnlyList<ValidationError> errors) =>
        Assert.True(errors.Count == 0, "Unexpected errors: " + string.Join("; ", errors));
}
