using GraphQL.Types;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.GraphQL.Batching;

namespace KnowledgeGraph.GraphQL.Sources;

/// <summary>Which passage of which source supports a fact: the <c>citations</c> of entities and relationships.</summary>
public sealed class CitationType : ObjectGraphType<Citation>
{
    public CitationType(IGraphStore store)
    {
        Name = "Citation";
        Description = "A statement-level citation: the source that states a fact, the passage that states it, and which field it supports.";

        Field<NonNullGraphType<SourceType>>("source")
            .Description("The cited document; always one of the record's sources.")
            .Resolve(context => GraphLoaders.For(context, store).Sources.Load(context.Source.SourceKey));
        Field<StringGraphType>("quote")
            .Description("The supporting sentence or passage, verbatim from the source.")
            .Resolve(context => context.Source.Quote);
        Field<StringGraphType>("locator")
            .Description("Where in the source the passage is: a page, paragraph or section.")
            .Resolve(context => context.Source.Locator);
        Field<StringGraphType>("about")
            .Description("The field the passage supports, as named in the seed format (name, lengthKm, sinceYear…); null for the record as a whole.")
            .Resolve(context => context.Source.About);
    }
}
