using KnowledgeGraph.GraphQL.Projects;
using KnowledgeGraph.GraphQL.Regions;

namespace KnowledgeGraph.GraphQL.Entities;

/// <summary>
/// Properties an object field groups into one concept (<c>investment { amount currency }</c>, <c>coordinates { latitude
/// longitude }</c>): one shape per concept, so their flat output fields are deprecated, kept for one release so that
/// clients can move over.
/// </summary>
public static class GroupedProperties
{
    private static readonly Dictionary<string, string> ReplacedBy = new(StringComparer.Ordinal)
    {
        [InvestmentType.AmountProperty] = "investment { amount }",
        [InvestmentType.CurrencyProperty] = "investment { currency }",
        [CoordinatesType.LatitudeProperty] = "coordinates { latitude }",
        [CoordinatesType.LongitudeProperty] = "coordinates { longitude }",
    };

    /// <summary>Why the flat output field of <paramref name="property"/> is deprecated, or null when it is not.</summary>
    public static string? DeprecationReason(string property) =>
        ReplacedBy.TryGetValue(property, out var grouped) ? $"Use {grouped}. This flat field will be removed in the next release." : null;
}
