using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary><c>SourceInUseError</c>: a cited source cannot be deleted.</summary>
public sealed class SourceInUseErrorType : ObjectGraphType<SourceInUse>
{
    public SourceInUseErrorType()
    {
        Name = "SourceInUseError";
        Description = "The source is still cited by entities or relationships: detach it from them (or delete them) first. Code SOURCE_IN_USE.";
        Interface<ErrorInterface>();
        IsTypeOf = value => value is SourceInUse;
        ErrorFields.Add(this);
        Field<NonNullGraphType<IdGraphType>>("sourceId").Description("Global id of the source.").Resolve(context => context.Source.SourceId);
    }
}
