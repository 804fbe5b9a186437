using System.Collections;
using System.Globalization;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>Reads the coerced values of filter inputs: objects, lists and scalars.</summary>
internal static class FilterInputValues
{
    public static IDictionary<string, object?> Object(object value) => (IDictionary<string, object?>)value;

    public static IEnumerable<object?> Items(object value) => value is IEnumerable items and not string ? items.Cast<object?>() : [value];

    /// <summary>A coerced scalar as the store's value; enum values (kinds) become their names.</summary>
    public static PropertyValue ToValue(PropertyType type, object value) => type switch
    {
        PropertyType.Integer => PropertyValue.FromInteger(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        PropertyType.Number => PropertyValue.FromNumber(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        _ => PropertyValue.FromText(Convert.ToString(value, CultureInfo.InvariantCulture)!),
    };

    public static ValidationException NullRefused(string path, string instead) =>
        new(path, ErrorCodes.NullNotSupported, $"{path} must not be null; {instead}.");
}
