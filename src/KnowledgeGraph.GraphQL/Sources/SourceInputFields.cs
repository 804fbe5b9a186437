using GraphQL.Types;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.GraphQL.Mutations;

namespace KnowledgeGraph.GraphQL.Sources;

/// <summary>The fields of source inputs (<c>title publisher url publishedOn accessedOn</c>) and their reading.</summary>
public static class SourceInputFields
{
    /// <param name="type">The input type to add the fields to.</param>
    /// <param name="partial">True for updates: left out = unchanged, null = cleared.</param>
    public static void Add(InputObjectGraphType type, bool partial)
    {
        var clears = partial ? " Null clears it." : string.Empty;
        if (partial)
        {
            type.Field<StringGraphType>("title").Description("New title of the document; cannot be cleared.");
        }
        else
        {
            type.Field<NonNullGraphType<StringGraphType>>("title").Description("Title of the document.");
        }

        type.Field<StringGraphType>("publisher").Description("Who published it: a news agency, ministry, company…" + clears);
        type.Field<StringGraphType>("url").Description("Absolute http(s) URL of the document." + clears);
        type.Field<DateType>("publishedOn").Description("Publication date." + clears);
        type.Field<DateType>("accessedOn").Description("When the URL was last read (not before publishedOn)." + clears);
    }

    /// <summary>The source <paramref name="input"/> describes, or <paramref name="current"/> with the fields the input gives changed.</summary>
    public static Source Read(MutationInput input, string key, Source? current = null) => new()
    {
        Key = key,
        Title = input.Has("title") ? input.String("title") ?? string.Empty : current?.Title ?? string.Empty,
        Publisher = input.Has("publisher") ? input.String("publisher") : current?.Publisher,
        Url = input.Has("url") ? input.String("url") : current?.Url,
        PublishedOn = input.Has("publishedOn") ? input.Date("publishedOn") : current?.PublishedOn,
        AccessedOn = input.Has("accessedOn") ? input.Date("accessedOn") : current?.AccessedOn,
    };
}
