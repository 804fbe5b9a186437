using GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Errors;

/// <summary>GraphQL.NET's document validator, its errors recoded by <see cref="DocumentValidationCodes"/> on every transport.</summary>
public sealed class CodedDocumentValidator(IDocumentValidator inner) : IDocumentValidator
{
    public Task<IValidationResult> ValidateAsync(in ValidationOptions options) => RecodeAsync(inner.ValidateAsync(options));

    private static async Task<IValidationResult> RecodeAsync(Task<IValidationResult> validation)
    {
        var result = await validation.ConfigureAwait(false);
        foreach (var error in result.Errors)
        {
            DocumentValidationCodes.Apply(error);
        }

        return result;
    }
}
