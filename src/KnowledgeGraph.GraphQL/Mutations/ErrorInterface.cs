using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>The <c>Error</c> interface every typed mutation error implements: message, code and the offending input path.</summary>
public sealed class ErrorInterface : InterfaceGraphType<UserError>
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "A problem that stopped a mutation; nothing was written.";
        ErrorFields.Add(this);
    }
}
