using System.Globalization;
using System.Text;
using KnowledgeGraph.Exchange.Cypher;

namespace KnowledgeGraph.Exchange.Tests.Cypher;

/// <summary>
/// String literals of the Cypher script: decoded by the Cypher rules (an independent decoder below), every hostile
/// string comes back exactly, and no literal holds a raw line break, statement separator or control character.
/// </summary>
public sealed class CypherLiteralTests
{
    public static TheoryData<string> Hostile => new()
    {
        "plain",
        "it's",
        "\"double\"",
        "back\\slash",
        "\\'",
        "ends with backslash\\",
        "'; MATCH (n) DETACH DELETE n; //",
        "line\nbreak\r\nand\ttab",
        "\u0000\u0001\u001f\u007f\u0085",
        "\u2028\u2029\uFEFF",
        "Қорғас – 霍尔果斯 🚂",
        "lone \uD800 surrogate \uDC00",
        ":begin",
        "\\u0027 not an escape",
        "`backtick`",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_string_literal_decodes_back_to_the_original(string value)
    {
        var literal = CypherLiteral.String(value);

        Assert.Equal(value, Decode(literal));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_string_literal_holds_no_raw_quote_separator_line_break_or_control_character(string value)
    {
        var inner = CypherLiteral.String(value)[1..^1];

        Assert.DoesNotContain(inner, c => c is ';' or '\n' or '\r' or '\u2028' or '\u2029' || char.IsControl(c));
        Assert.DoesNotMatch(@"(?<!\\)(\\\\)*'", inner);
    }

    [Theory]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(5.0, "5.0")]
    [InlineData(-1e-7, "-1E-07")]
    [InlineData(1e21, "1E21")]
    public void Floats_are_written_so_they_read_back_as_the_same_double(double value, string expected)
    {
        Assert.Equal(expected, CypherLiteral.Float(value));
        Assert.Equal(value, double.Parse(expected, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Maps_lists_and_dates_render_as_cypher_values_and_odd_keys_are_back_quoted()
    {
        var map = CypherLiteral.Map([
            new("name", "x"), new("aliases", new List<string> { "a", "b'" }), new("on", new DateOnly(2024, 2, 29)),
            new("year", 2011L), new("odd key`", true),
        ]);

        Assert.Equal("{name: 'x', aliases: ['a', 'b\\''], on: date('2024-02-29'), year: 2011, `odd key```: true}", map);
    }

    /// <summary>Cypher's string-literal escapes: \\ \' \" \n \r \t \b \f \uXXXX.</summary>
    internal static string Decode(string literal)
    {
        Assert.StartsWith("'", literal);
        Assert.EndsWith("'", literal);
        var text = new StringBuilder();
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var c = literal[i];
            Assert.NotEqual('\'', c);
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            var escape = literal[++i];
            switch (escape)
            {
                case '\\' or '\'' or '"': text.Append(escape); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'u':
                    text.Append((char)int.Parse(literal.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default:
                    Assert.Fail($"'\\{escape}' is not a Cypher escape.");
                    break;
            }
        }

        return text.ToString();
    }
}
