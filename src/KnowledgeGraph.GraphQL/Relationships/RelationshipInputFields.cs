using GraphQL.Types;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.GraphQL.Mutations;

namespace KnowledgeGraph.GraphQL.Relationships;

/// <summary>The property fields of relationship inputs (<c>role sinceYear untilYear amount currency note confidence</c>) and their reading.</summary>
public static class RelationshipInputFields
{
    /// <param name="type">The input type to add the fields to.</param>
    /// <param name="partial">True for updates: left out = unchanged, null = cleared.</param>
    public static void Add(InputObjectGraphType type, bool partial)
    {
        var clears = partial ? " Null clears it." : string.Empty;
        type.Field<StringGraphType>("role").Description("The part the start plays, e.g. \"operator\", \"shareholder\"." + clears);
        type.Field<IntGraphType>("sinceYear").Description("Year the relationship began." + clears);
        type.Field<IntGraphType>("untilYear").Description("Year it ended (not before sinceYear); null while it lasts." + clears);
        type.Field<FloatGraphType>("amount").Description("An amount attached to it (a stake, a loan, an investment); needs a currency." + clears);
        type.Field<StringGraphType>("currency").Description("ISO 4217 code of amount (three upper-case letters, e.g. USD)." + clears);
        type.Field<StringGraphType>("note").Description("Free-text remark." + clears);
        type.Field<ConfidenceType>("confidence").Description(partial
            ? "How firmly the sources establish it; cannot be cleared."
            : "How firmly the sources establish it; CONFIRMED when left out.");
    }

    /// <summary>
    /// The relationship's properties as <paramref name="input"/> gives them over <paramref name="current"/> (or over
    /// the defaults). In an update (<paramref name="partial"/>) an explicit null cannot clear the confidence: that is
    /// reported in <paramref name="errors"/> and null returned; elsewhere null means the default, CONFIRMED.
    /// </summary>
    public static Relationship? Read(MutationInput input, Relationship current, ICollection<UserError> errors, bool partial)
    {
        if (partial && input.Has("confidence") && input.Raw("confidence") is null)
        {
            errors.Add(new InputError("The confidence cannot be cleared; give CONFIRMED or REPORTED.", Domain.Validation.ValidationCodes.Required,
                InputPaths.Input("confidence")));
            return null;
        }

        return current with
        {
            Role = input.Has("role") ? input.String("role") : current.Role,
            SinceYear = input.Has("sinceYear") ? input.Int("sinceYear") : current.SinceYear,
            UntilYear = input.Has("untilYear") ? input.Int("untilYear") : current.UntilYear,
            Amount = input.Has("amount") ? input.Double("amount") : current.Amount,
            Currency = input.Has("currency") ? input.String("currency") : current.Currency,
            Note = input.Has("note") ? input.String("note") : current.Note,
            Confidence = input.Enum<Confidence>("confidence") ?? current.Confidence,
        };
    }
}
