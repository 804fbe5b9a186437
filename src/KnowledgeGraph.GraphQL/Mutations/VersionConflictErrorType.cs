using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary><c>VersionConflictError</c>: optimistic concurrency refused a change made from an outdated read.</summary>
public sealed class VersionConflictErrorType : ObjectGraphType<VersionConflict>
{
    public VersionConflictErrorType()
    {
        Name = "VersionConflictError";
        Description = "The entity was changed by someone else since it was read: reload it and apply the change again. Code CONFLICT.";
        Interface<ErrorInterface>();
        IsTypeOf = value => value is VersionConflict;
        ErrorFields.Add(this);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the entity.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<LongGraphType>>("expectedVersion")
            .Description("The version the change was made from.")
            .Resolve(context => context.Source.ExpectedVersion);
        Field<NonNullGraphType<LongGraphType>>("actualVersion")
            .Description("The version stored now; 0 when the entity no longer exists (or already exists, for a create).")
            .Resolve(context => context.Source.ActualVersion);
    }
}
