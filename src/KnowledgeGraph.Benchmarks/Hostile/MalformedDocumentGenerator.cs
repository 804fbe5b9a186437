using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Benchmarks.Hostile;

/// <summary>
/// Writes malformed and pathological GraphQL requests, one <see cref="FuzzShape"/> at a time: case i of a shape is a
/// function of the seed, the shape and i alone (a seeded <see cref="Random"/> per case), so a run can be repeated and a
/// finding replayed. Documents alternate between POST and GET. Sizes are drawn per case between a tenth of a bound and
/// the bound: for a POST the extremes an anonymous client can send (10,000-deep nesting, 200,000-character literals),
/// for a GET what fits Kestrel's default 8 KB request line, so that the GET path parses them too (a GET that still
/// does not fit goes as a POST). Malformed JSON and invalid UTF-8 travel as raw POST bodies.
/// </summary>
public sealed class MalformedDocumentGenerator(int seed)
{
    /// <summary>Longest URL-escaped document sent as GET (Kestrel refuses a request line over 8 KB with 414).</summary>
    public const int MaxGetQueryLength = 7_500;

    public const int MaxJsonArrayNesting = 100_000;

    private static readonly Bounds PostBounds = new(Nesting: 10_000, Literal: 200_000, Repeat: 5_000);
    private static readonly Bounds GetBounds = new(Nesting: 800, Literal: 5_000, Repeat: 200);

    private static readonly string[] ValidQueries =
    [
        "{ __typename }",
        "{ statistics { entityCount relationshipCount } }",
        "{ search(text: \"khorgos\", first: 5) { score entity { key name } } }",
        "{ entities(first: 5) { nodes { key name } } }",
        "query Kinds { entityKinds { kind typeName } }",
    ];

    private static readonly string[] BadEscapes =
        ["\\x41", "\\uZZZZ", "\\uD800", "\\uDC00\\uD800", "\\u{110000}", "\\u", "\\", "\u0001", "\0", "\n", "\\q", "\u007f", "\uFFFE"];

    private static readonly byte[][] InvalidUtf8 =
        [[0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xE2, 0x82], [0xFE, 0xFE, 0xFF, 0xFF]];

    /// <summary>Shapes that are not a GraphQL document but a broken request body.</summary>
    public static bool IsRawBody(FuzzShape shape) =>
        shape is FuzzShape.InvalidUtf8 or FuzzShape.TruncatedJson or FuzzShape.DeepJsonArray or FuzzShape.DeepJsonObject;

    public FuzzCase Case(FuzzShape shape, int index)
    {
        var random = new Random(unchecked((seed * 397) ^ ((int)shape * 7919) ^ (index * 104_729)));
        if (IsRawBody(shape))
        {
            var body = shape switch
            {
                FuzzShape.InvalidUtf8 => InvalidUtf8Body(random),
                FuzzShape.TruncatedJson => TruncatedJson(random),
                FuzzShape.DeepJsonArray => DeepJson("{\"query\":\"query($v: [ID]) { __typename }\",\"variables\":{\"v\":", "[", "", "]", random, MaxJsonArrayNesting),
                _ => DeepJson("{\"query\":\"{ __typename }\",\"variables\":{\"a\":", "{\"a\":", "1", "}", random, PostBounds.Nesting),
            };
            return new FuzzCase(shape, FuzzTransport.RawBody, null, null, body);
        }

        var transport = index % 2 == 1 ? FuzzTransport.Get : FuzzTransport.Post;
        var bounds = transport == FuzzTransport.Get ? GetBounds : PostBounds;
        string? operationName = null;
        var query = shape switch
        {
            FuzzShape.UnbalancedBraces => UnbalancedBraces(random, bounds),
            FuzzShape.DeepSelection => DeepSelection(random, bounds),
            FuzzShape.DeepListValue => Nest("{ nodes(ids: ", "[", "\"x\"", "]", ") { id } }", random, bounds.Nesting),
            FuzzShape.HugeString => HugeString(random, bounds),
            FuzzShape.HugeNumber => HugeNumber(random, bounds),
            FuzzShape.ManyDirectives => ManyDirectives(random, bounds),
            FuzzShape.ManyVariables => ManyVariables(random, bounds),
            FuzzShape.BadEscapes => BadEscapesDocument(random),
            FuzzShape.ManyOperations => ManyOperations(random, bounds, out operationName),
            FuzzShape.AliasChains => AliasChains(random, bounds),
            FuzzShape.DeepListType => Nest("query($v: ", "[", "ID", "]", ") { __typename }", random, bounds.Nesting),
            FuzzShape.Valid => ValidQueries[random.Next(ValidQueries.Length)],
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown fuzz shape."),
        };
        if (transport == FuzzTransport.Get && Uri.EscapeDataString(query).Length > MaxGetQueryLength)
        {
            transport = FuzzTransport.Post;
        }

        return new FuzzCase(shape, transport, query, operationName, null);
    }

    /// <summary>A size between a tenth of <paramref name="bound"/> and the bound.</summary>
    private static int Draw(Random random, int bound) => random.Next(Math.Max(1, bound / 10), bound + 1);

    private static string UnbalancedBraces(Random random, Bounds bounds)
    {
        var valid = ValidQueries[random.Next(ValidQueries.Length)];
        return random.Next(3) switch
        {
            0 => valid[..random.Next(1, valid.Length - 1)],
            1 => new string('{', Draw(random, bounds.Nesting)) + " __typename",
            _ => valid + new string('}', Draw(random, bounds.Nesting)),
        };
    }

    private static string DeepSelection(Random random, Bounds bounds)
    {
        var depth = Draw(random, bounds.Nesting);
        var open = "{" + string.Concat(Enumerable.Repeat("a{", depth)) + "a";
        return random.Next(3) == 0 ? open : open + new string('}', depth + 1);
    }

    /// <summary>
    /// <paramref name="prefix"/>, then <paramref name="inner"/> inside a tenth of <paramref name="bound"/> to
    /// <paramref name="bound"/> pairs of <paramref name="open"/> and <paramref name="close"/>, then <paramref name="suffix"/>.
    /// </summary>
    private static string Nest(string prefix, string open, string inner, string close, string suffix, Random random, int bound)
    {
        var depth = Draw(random, bound);
        var text = new StringBuilder(prefix.Length + (depth * (open.Length + close.Length)) + inner.Length + suffix.Length).Append(prefix);
        text.Insert(text.Length, open, depth).Append(inner);
        return text.Insert(text.Length, close, depth).Append(suffix).ToString();
    }

    private static string HugeString(Random random, Bounds bounds)
    {
        var text = new string((char)('a' + random.Next(26)), Draw(random, bounds.Literal));
        return random.Next(3) switch
        {
            0 => $"{{ search(text: \"{text}\") {{ score }} }}",
            1 => $"{{ search(text: \"\"\"{text}\"\"\") {{ score }} }}",
            _ => $"{{ search(text: \"{text}) {{ score }} }}",
        };
    }

    private static string HugeNumber(Random random, Bounds bounds)
    {
        var digits = Digits(random, Draw(random, bounds.Literal / 2));
        return random.Next(2) == 0
            ? $"{{ entities(first: {digits}) {{ nodes {{ key }} }} }}"
            : $"{{ entities(first: 1.{digits}e{Digits(random, random.Next(1, 1_000))}) {{ nodes {{ key }} }} }}";
    }

    private static string ManyDirectives(Random random, Bounds bounds)
    {
        var count = Draw(random, bounds.Repeat);
        var directives = random.Next(3) switch
        {
            0 => Enumerable.Repeat(" @skip(if: false)", count),
            1 => Enumerable.Repeat(" @include(if: true)", count),
            _ => Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $" @d{i}(a: {i})")),
        };
        return "{ __typename" + string.Concat(directives) + " }";
    }

    private static string ManyVariables(Random random, Bounds bounds)
    {
        var count = Draw(random, bounds.Repeat);
        var duplicate = random.Next(2) == 0;
        var definitions = Enumerable.Range(0, count)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"$v{(duplicate ? i % 10 : i)}: Int = {i}"));
        return $"query({string.Join(", ", definitions)}) {{ __typename }}";
    }

    private static string BadEscapesDocument(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(1, 51); i > 0; i--)
        {
            text.Append("ok").Append(BadEscapes[random.Next(BadEscapes.Length)]);
        }

        return $"{{ search(text: \"{text}\") {{ score }} }}";
    }

    private static byte[] InvalidUtf8Body(Random random)
    {
        var body = new List<byte>("{\"query\":\"{ search(text: \\\""u8.ToArray());
        for (var i = random.Next(1, 101); i > 0; i--)
        {
            body.AddRange("ok"u8.ToArray());
            body.AddRange(InvalidUtf8[random.Next(InvalidUtf8.Length)]);
        }

        body.AddRange("\\\") { score } }\"}"u8.ToArray());
        return [.. body];
    }

    private static string ManyOperations(Random random, Bounds bounds, out string? operationName)
    {
        var count = Draw(random, bounds.Repeat);
        operationName = random.Next(3) switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"Q{random.Next(count)}"),
            1 => "Missing",
            _ => null,
        };
        return string.Join(" ", Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"query Q{i} {{ __typename }}")));
    }

    /// <summary>Many aliases of one field, each name made long by a shared prefix (up to a thousandth of the literal bound).</summary>
    private static string AliasChains(Random random, Bounds bounds)
    {
        var count = Draw(random, bounds.Repeat);
        var prefix = new string('a', random.Next(0, (bounds.Literal / 1_000) + 1));
        return "{ " + string.Concat(Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{prefix}a{i}: __typename "))) + "}";
    }

    private static byte[] TruncatedJson(Random random)
    {
        var whole = JsonSerializer.Serialize(new { query = ValidQueries[random.Next(ValidQueries.Length)], variables = new { a = 1 } });
        var text = random.Next(6) switch
        {
            0 => string.Empty,
            1 => "null",
            2 => "[]",
            3 => "\"{ __typename }\"",
            4 => whole + new string('}', random.Next(1, 100)),
            _ => whole[..random.Next(1, whole.Length - 1)],
        };
        return Encoding.UTF8.GetBytes(text);
    }

    private static byte[] DeepJson(string prefix, string open, string inner, string close, Random random, int bound) =>
        Encoding.UTF8.GetBytes(Nest(prefix, open, inner, close, "}}", random, bound));

    private static string Digits(Random random, int count)
    {
        var digits = new char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + random.Next(i == 0 ? 1 : 0, 10));
        }

        return new string(digits);
    }

    /// <summary>Upper bounds of a case's sizes: nesting depth, literal length, repetitions (directives, variables, operations, aliases).</summary>
    private sealed record Bounds(int Nesting, int Literal, int Repeat);
}
