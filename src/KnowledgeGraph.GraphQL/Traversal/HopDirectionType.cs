using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Traversal;

/// <summary>The <c>HopDirection</c> enum: whether a path step walks its relationship from start to end or against it.</summary>
public sealed class HopDirectionType : EnumerationGraphType
{
    public HopDirectionType()
    {
        Name = "HopDirection";
        Description = "Whether a path step follows its relationship as stated (from its start to its end) or walks it backwards.";
        Add("FORWARD", true, "The step goes from the relationship's start to its end: `from` is the start.");
        Add("BACKWARD", false, "The step goes from the relationship's end to its start: `from` is the end.");
    }
}
