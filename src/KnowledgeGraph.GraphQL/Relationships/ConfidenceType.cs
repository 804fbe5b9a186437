using GraphQL.Types;
using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.GraphQL.Relationships;

/// <summary>The <c>Confidence</c> enum: how firmly the sources establish a relationship.</summary>
public sealed class ConfidenceType : EnumerationGraphType
{
    public ConfidenceType()
    {
        Name = "Confidence";
        Description = "How firmly the sources establish a relationship.";
        Add("CONFIRMED", Confidence.Confirmed, "Stated as fact by an official or primary source.");
        Add("REPORTED", Confidence.Reported, "Reported by secondary sources, announced but not confirmed, or disputed.");
    }
}
