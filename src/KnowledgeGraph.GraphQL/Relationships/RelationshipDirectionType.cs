using GraphQL.Types;
using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.GraphQL.Relationships;

/// <summary>The <c>RelationshipDirection</c> enum: OUT, IN, BOTH, seen from the entity a relationship is read from.</summary>
public sealed class RelationshipDirectionType : EnumerationGraphType
{
    public RelationshipDirectionType()
    {
        Name = "RelationshipDirection";
        Description = "Which way a relationship runs, seen from the entity it is read from.";
        Add("OUT", RelationshipDirection.Outgoing, "The entity is the relationship's start (\"Project OPERATED_BY Company\" read from the project).");
        Add("IN", RelationshipDirection.Incoming, "The entity is the relationship's end (the same relationship read from the company).");
        Add("BOTH", RelationshipDirection.Both, "Either way.");
    }
}
