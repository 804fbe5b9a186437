namespace KnowledgeGraph.GraphQL.Authorization;

/// <summary>Who may run which kind of operation. Mutations always need <see cref="Roles.Editor"/>.</summary>
public sealed class OperationAccessOptions
{
    /// <summary>
    /// Whether anonymous callers may run queries and subscriptions. When false they need <see cref="Roles.Reader"/>
    /// or <see cref="Roles.Editor"/>.
    /// </summary>
    public bool PublicReads { get; set; } = true;
}
