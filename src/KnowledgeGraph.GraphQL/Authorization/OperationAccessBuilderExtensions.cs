using GraphQL;
using GraphQL.DI;

namespace KnowledgeGraph.GraphQL.Authorization;

public static class OperationAccessBuilderExtensions
{
    /// <summary>
    /// Runs <see cref="OperationAccessRule"/> for every execution through the DI-built executer, cached documents
    /// included. <see cref="OperationAccessOptions"/> default to public reads; the host configures them.
    /// </summary>
    public static IGraphQLBuilder AddOperationAccessControl(this IGraphQLBuilder builder)
    {
        builder.Services.Configure<OperationAccessOptions>();
        builder.Services.TryRegister<OperationAccessPolicy, OperationAccessPolicy>(ServiceLifetime.Singleton);
        builder.AddValidationRule<OperationAccessRule>(useForCachedDocuments: true);
        return builder;
    }
}
