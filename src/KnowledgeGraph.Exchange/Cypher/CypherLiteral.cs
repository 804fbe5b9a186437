using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Exchange.Cypher;

/// <summary>
/// Cypher literals for a script, where values cannot travel as parameters. A string becomes a single-quoted literal
/// in which backslash, both quotes, every control character, the line and paragraph separators, the statement
/// separator <c>;</c> and any unpaired surrogate are escaped (<c>\\ \' \" \n \r \t \b \f \uXXXX</c>), so that no value
/// can end the literal, the statement or the line; other characters, Chinese and Kazakh included, stay as they are.
/// </summary>
public static partial class CypherLiteral
{
    public static string String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 2).Append('\'');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': text.Append(@"\\"); break;
                case '\'': text.Append(@"\'"); break;
                case '"': text.Append("\\\""); break;
                case '\n': text.Append(@"\n"); break;
                case '\r': text.Append(@"\r"); break;
                case '\t': text.Append(@"\t"); break;
                case '\b': text.Append(@"\b"); break;
                case '\f': text.Append(@"\f"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(c).Append(value[++i]);
                    }
                    else if (char.IsControl(c) || char.IsSurrogate(c) || c is ';' or '\u2028' or '\u2029' or '\uFEFF')
                    {
                        text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('\'').ToString();
    }

    /// <summary>A float literal that reads back as the same double: always with a fraction or an exponent, never NaN or infinite.</summary>
    public static string Float(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Cypher has no literal for NaN or infinity.");
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E", StringComparison.Ordinal);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <summary>
    /// A value of a property map: text, whole numbers, floats, booleans, dates (<c>date('YYYY-MM-DD')</c>) and lists of
    /// those. Anything else is a programming error.
    /// </summary>
    public static string Value(object? value) => value switch
    {
        null => "null",
        string text => String(text),
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => Float(number),
        DateOnly date => $"date('{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}')",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Value)) + "]",
        _ => throw new ArgumentException($"No Cypher literal for a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>A map literal, keys in the order given; a key that is not a plain identifier is back-quoted.</summary>
    public static string Map(IEnumerable<KeyValuePair<string, object?>> entries) =>
        "{" + string.Join(", ", entries.Select(e => $"{Name(e.Key)}: {Value(e.Value)}")) + "}";

    /// <summary>A property key, label or type: as is when a plain identifier, else back-quoted with back-quotes doubled.</summary>
    public static string Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return PlainIdentifier().IsMatch(name) ? name : "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainIdentifier();
}
