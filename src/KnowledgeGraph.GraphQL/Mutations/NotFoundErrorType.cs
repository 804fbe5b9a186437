using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary><c>NotFoundError</c>: the entity, relationship or source the mutation is about does not exist.</summary>
public sealed class NotFoundErrorType : ObjectGraphType<NotFound>
{
    public NotFoundErrorType()
    {
        Name = "NotFoundError";
        Description = "The record the mutation is about does not exist (any more). Code NOT_FOUND.";
        Interface<ErrorInterface>();
        IsTypeOf = value => value is NotFound;
        ErrorFields.Add(this);
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The id (or the key, when the input named the record by key) that names nothing.")
            .Resolve(context => context.Source.Id);
    }
}
