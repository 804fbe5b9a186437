using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Http.Limits;

/// <summary>Refuses documents with more aliased fields than <c>GraphQL:Limits:MaxAliases</c> (alias-based amplification).</summary>
public sealed class AliasLimitRule(int maxAliases) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var counter = new AliasCounter();
        return new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (field.Alias is null)
            {
                return;
            }

            counter.Count++;
            if (counter.Count == maxAliases + 1)
            {
                validation.ReportError(new LimitValidationError(
                    $"The document uses more than {maxAliases} aliases; {GraphQLLimitSettings.Section}:MaxAliases allows {maxAliases}."));
            }
        }));
    }

    private sealed class AliasCounter
    {
        public int Count { get; set; }
    }
}
