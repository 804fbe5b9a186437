using GraphQL.Types;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.GraphQL.Nodes;

namespace KnowledgeGraph.GraphQL.Sources;

/// <summary>A public document backing facts of the graph; every entity and relationship cites at least one.</summary>
public sealed class SourceType : ObjectGraphType<Source>
{
    public const string GraphTypeName = "Source";

    public SourceType()
    {
        Name = GraphTypeName;
        Description = "A public document that backs facts in the graph. Every entity and every relationship cites at least one.";
        Interface<NodeInterface>();
        IsTypeOf = value => value is Source;

        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Global id: base64 of \"Source:<key>\".")
            .Resolve(context => GlobalId.Encode(GraphTypeName, context.Source.Key));
        Field<NonNullGraphType<StringGraphType>>("key")
            .Description("The source's natural key.")
            .Resolve(context => context.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("title")
            .Description("Title of the document.")
            .Resolve(context => context.Source.Title);
        Field<StringGraphType>("publisher")
            .Description("Who published it: a news agency, ministry, company…")
            .Resolve(context => context.Source.Publisher);
        Field<StringGraphType>("url")
            .Description("Absolute http(s) URL of the document.")
            .Resolve(context => context.Source.Url);
        Field<DateType>("publishedOn")
            .Description("Publication date.")
            .Resolve(context => context.Source.PublishedOn);
        Field<DateType>("accessedOn")
            .Description("When the URL was last read, for web pages that change.")
            .Resolve(context => context.Source.AccessedOn);
    }
}
