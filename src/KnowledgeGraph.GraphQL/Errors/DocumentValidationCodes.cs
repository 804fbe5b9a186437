using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQL.Validation.Errors.Custom;
using GraphQLParser.AST;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Validation;
using ValidationError = GraphQL.Validation.ValidationError;

namespace KnowledgeGraph.GraphQL.Errors;

/// <summary>
/// Gives the errors of GraphQL.NET's own validation rules the service's documented code: a document that does not fit
/// the schema (an unknown field or input field, an argument or variable of the wrong type…) is
/// <see cref="DomainErrorCodes.ValidationFailed"/>, as a bad value given to a resolver is. GraphQL.NET's per-rule codes
/// (<c>ARGUMENTS_OF_CORRECT_TYPE</c>, <c>FIELDS_ON_CORRECT_TYPE</c>…) would be one more vocabulary for clients to learn;
/// the rule's section of the specification stays in <c>extensions.number</c>. A value that does not fit its input type
/// also gets one <c>details</c> entry naming the argument or variable, as <see cref="DomainErrors"/> writes them.
/// The service's own rules (limits, access) keep their codes.
/// </summary>
public static class DocumentValidationCodes
{
    public static void Apply(ExecutionError error)
    {
        if (error is not ValidationError validation || validation.GetType().Assembly != typeof(ValidationError).Assembly)
        {
            return;
        }

        validation.Code = DomainErrorCodes.ValidationFailed;
        if (InvalidValuePath(validation) is { } path)
        {
            (validation.Extensions ??= new Dictionary<string, object?>())["details"] = new List<Dictionary<string, object?>>
            {
                new() { ["path"] = path, ["code"] = ValidationCodes.InvalidValue, ["message"] = validation.Message },
            };
        }
    }

    /// <summary>The argument or variable whose value does not fit its type, when that is what <paramref name="error"/> reports.</summary>
    private static string? InvalidValuePath(ValidationError error) => error switch
    {
        ArgumentsOfCorrectTypeError => error.Nodes.OfType<GraphQLArgument>().FirstOrDefault()?.Name.StringValue,
        InvalidVariableError => error.Nodes.OfType<GraphQLVariableDefinition>().FirstOrDefault() is { } variable
            ? "$" + variable.Variable.Name.StringValue
            : null,
        _ => null,
    };
}
