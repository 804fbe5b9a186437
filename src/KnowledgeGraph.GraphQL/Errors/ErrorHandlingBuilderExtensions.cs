using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Errors;

public static class ErrorHandlingBuilderExtensions
{
    /// <summary>
    /// Maps exceptions escaping resolvers once: domain exceptions to errors with their code (see <see cref="DomainErrors"/>),
    /// anything else to INTERNAL_SERVER_ERROR with a generic message, its details exposed only when
    /// <see cref="GraphQLSchemaOptions.ExposeExceptionDetails"/> is on; and the errors of GraphQL.NET's validation
    /// rules to the documented codes (see <see cref="DocumentValidationCodes"/>).
    /// </summary>
    public static IGraphQLBuilder AddDomainErrorMapping(this IGraphQLBuilder builder)
    {
        builder.Services.Register(
            typeof(IDocumentValidator), _ => new CodedDocumentValidator(new DocumentValidator()), global::GraphQL.DI.ServiceLifetime.Singleton, replace: true);
        return builder
            .AddUnhandledExceptionHandler(context =>
            {
                context.Exception = DomainErrors.Find(context.OriginalException) is { } domain
                    ? DomainErrors.ToExecutionError(domain)
                    : new ExecutionError("An internal error occurred.", context.OriginalException) { Code = ErrorCodes.InternalServerError };
            })
            .AddErrorInfoProvider((options, services) =>
            {
                options.ExposeExceptionDetails = services.GetRequiredService<IOptions<GraphQLSchemaOptions>>().Value.ExposeExceptionDetails;
                options.ExposeCodes = false;
                options.ExposeData = false;
            });
    }
}
