using System.Globalization;
using GraphQL.Types;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.GraphQL.Mutations;

namespace KnowledgeGraph.GraphQL.Sources;

/// <summary>
/// The <c>citations</c> input of entities and relationships: <c>CitationInput</c> names its source by global id
/// (<c>sourceId</c>, as the create and update mutations name sources), <c>CitationUpsertInput</c> by key
/// (<c>sourceKey</c>, as <c>upsertGraph</c> does). The domain checks them like any other write.
/// </summary>
public static class CitationInputFields
{
    public const string Field = "citations";
    public const string SourceIdField = "sourceId";
    public const string SourceKeyField = "sourceKey";

    public static void AddPassageFields(InputObjectGraphType type)
    {
        type.Field<StringGraphType>("quote").Description("The supporting sentence or passage, verbatim; not empty, at most 2000 characters.");
        type.Field<StringGraphType>("locator").Description("Where in the source: a page, paragraph or section.");
        type.Field<StringGraphType>("about").Description(
            "The field the passage supports (name, aliases, description, a property such as lengthKm; for a relationship sinceYear, amount…); left out for the record as a whole.");
    }

    /// <summary>Adds <c>citations</c> to a record's input type.</summary>
    public static void Add<TCitationInput>(InputObjectGraphType type, bool partial)
        where TCitationInput : InputObjectGraphType =>
        type.Field<ListGraphType<NonNullGraphType<TCitationInput>>>(Field).Description(
            "Which passage of which source supports the record or one of its fields; each cites one of the record's sources." +
            (partial ? " Replaces the list; null clears it; left out, the citations stay." : string.Empty));

    /// <summary>The citations the input gives (none when it sets the field to null); null when it leaves the field out.</summary>
    public static IReadOnlyList<Citation>? Read(MutationInput input, bool byId, ICollection<UserError> errors)
    {
        if (!input.Has(Field))
        {
            return null;
        }

        var items = input.Objects(Field) ?? [];
        var citations = new List<Citation>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var sourceKey = byId
                ? MutationIds.SourceKey(item.String(SourceIdField), InputPaths.Input(Field, i.ToString(CultureInfo.InvariantCulture), SourceIdField), errors)
                : item.String(SourceKeyField);
            citations.Add(new Citation
            {
                SourceKey = sourceKey ?? string.Empty,
                Quote = item.String("quote"),
                Locator = item.String("locator"),
                About = item.String("about"),
            });
        }

        return citations;
    }
}
