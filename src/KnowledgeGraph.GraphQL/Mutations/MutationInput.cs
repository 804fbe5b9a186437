using System.Globalization;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>
/// A mutation's <c>input</c> object as GraphQL.NET parsed it: field name → value, where a field the caller left out is
/// absent and one set to null is present with null. Partial updates rely on that difference.
/// </summary>
public sealed class MutationInput(IReadOnlyDictionary<string, object?> fields)
{
    public static MutationInput From(object? value) => new(value switch
    {
        IReadOnlyDictionary<string, object?> dictionary => dictionary,
        IDictionary<string, object?> dictionary => dictionary.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        null => new Dictionary<string, object?>(),
        _ => throw new ArgumentException($"An input object was expected, not {value.GetType().Name}.", nameof(value)),
    });

    /// <summary>Whether the caller gave the field at all (possibly as null).</summary>
    public bool Has(string name) => fields.ContainsKey(name);

    public object? Raw(string name) => fields.GetValueOrDefault(name);

    public string? String(string name) => Raw(name) is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    public int? Int(string name) => Raw(name) is { } value ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;

    public long? Long(string name) => Raw(name) is { } value ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;

    public double? Double(string name) => Raw(name) is { } value ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : null;

    public DateOnly? Date(string name) => Raw(name) is DateOnly date ? date : null;

    public T? Enum<T>(string name)
        where T : struct, Enum => Raw(name) is T value ? value : null;

    /// <summary>The list's items as text; null when absent or null.</summary>
    public IReadOnlyList<string>? Strings(string name) => Raw(name) is IEnumerable<object?> items
        ? items.Select(item => Convert.ToString(item, CultureInfo.InvariantCulture) ?? string.Empty).ToList()
        : null;

    /// <summary>The list's items as input objects; null when absent or null.</summary>
    public IReadOnlyList<MutationInput>? Objects(string name) => Raw(name) is IEnumerable<object?> items
        ? items.Select(From).ToList()
        : null;

    public MutationInput? Object(string name) => Raw(name) is { } value ? From(value) : null;

    /// <summary>The names of the fields given (possibly as null), in no particular order.</summary>
    public IEnumerable<string> Names => fields.Keys;
}
