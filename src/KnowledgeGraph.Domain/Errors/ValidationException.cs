namespace KnowledgeGraph.Domain.Errors;

public sealed class ValidationException : DomainException
{
    public ValidationException(IReadOnlyList<ValidationError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public ValidationException(string path, string code, string message)
        : this([new ValidationError(path, code, message)])
    {
    }

    public IReadOnlyList<ValidationError> Errors { get; }

    public override string Code => DomainErrorCodes.ValidationFailed;

    private static string Describe(IReadOnlyList<ValidationError> errors) => errors.Count switch
    {
        0 => "The input is invalid.",
        1 => errors[0].ToString(),
        _ => $"{errors.Count} problems, the first: {errors[0]}",
    };
}
