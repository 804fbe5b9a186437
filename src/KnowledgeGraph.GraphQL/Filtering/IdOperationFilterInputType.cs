using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>Hot Chocolate's <c>IdOperationFilterInput</c>: global ids, as <c>node(id:)</c> takes them.</summary>
public sealed class IdOperationFilterInputType : InputObjectGraphType
{
    public IdOperationFilterInputType()
    {
        Name = "IdOperationFilterInput";
        Description = "Conditions on a global id (base64 of \"TypeName:key\", as node(id:) takes it). An id of another type matches "
            + "nothing; a value that is not a global id is refused with INVALID_ID.";
        OperationFilterFields.AddEquality<IdGraphType>(this);
    }
}
