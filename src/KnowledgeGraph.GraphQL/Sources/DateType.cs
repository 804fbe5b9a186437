using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.GraphQL.Schema;

namespace KnowledgeGraph.GraphQL.Sources;

/// <summary>A calendar date without time (ISO 8601, <c>yyyy-MM-dd</c>), named <c>Date</c> as in Hot Chocolate.</summary>
public sealed class DateType : DateOnlyGraphType
{
    public DateType()
    {
        Name = "Date";
        Description = "A calendar date without time, ISO 8601 (yyyy-MM-dd).";
        this.ApplyDirective(SpecifiedByDirective.DirectiveName, "url", "https://scalars.graphql.org/andimarek/local-date");
    }
}
