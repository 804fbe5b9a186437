using System.Globalization;

namespace KnowledgeGraph.Domain.Entities;

/// <summary>
/// One typed value of an entity's kind-specific property. Kept to three scalar types so that every store
/// (SQLite JSON, Neo4j properties) can hold, filter and sort it natively.
/// </summary>
public readonly record struct PropertyValue
{
    private PropertyValue(PropertyType type, string? text, long integer, double number)
    {
        Type = type;
        Text = text;
        Integer = integer;
        Number = number;
    }

    public PropertyType Type { get; }

    public string? Text { get; }

    public long Integer { get; }

    public double Number { get; }

    public static PropertyValue FromText(string value) => new(PropertyType.Text, value ?? throw new ArgumentNullException(nameof(value)), 0, 0);

    public static PropertyValue FromInteger(long value) => new(PropertyType.Integer, null, value, 0);

    public static PropertyValue FromNumber(double value) => new(PropertyType.Number, null, 0, value);

    /// <summary>The value as a CLR object: <see cref="string"/>, <see cref="long"/> or <see cref="double"/>.</summary>
    public object AsObject() => Type switch
    {
        PropertyType.Text => Text!,
        PropertyType.Integer => Integer,
        _ => Number,
    };

    /// <summary>Numeric view used for comparisons; integers widen to doubles.</summary>
    public double AsDouble() => Type == PropertyType.Integer ? Integer : Number;

    public override string ToString() => Type switch
    {
        PropertyType.Text => Text!,
        PropertyType.Integer => Integer.ToString(CultureInfo.InvariantCulture),
        _ => Number.ToString("R", CultureInfo.InvariantCulture),
    };
}
