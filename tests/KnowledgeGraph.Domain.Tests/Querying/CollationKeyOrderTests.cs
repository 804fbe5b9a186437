using System.Globalization;
using System.Text;
using KnowledgeGraph.Domain.Querying;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Querying;

/// <summary>
/// The compact keys order text exactly as the collation's rules say — the order the seven-hex-digit keys of encoding 1
/// gave — checked over many random strings drawn from the alphabets the graph holds, against a comparer written here
/// from the rules alone, in .NET's ordinal order and in UTF-8 byte order (SQLite's BINARY collation) alike.
/// </summary>
public sealed class CollationKeyOrderTests
{
    private const int Pairs = 40_000;

    private static readonly string[] Alphabets =
    [
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~",
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
        "әғқңөұүһіӘҒҚҢӨҰҮҺІаагкноуухыфць",
        "霍尔果斯北京上海阿拉山口中国铁路",
        "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćčďēėęěğīıłńňōőřśşšţťūůűźżžÀÉÖÜßøæœ",
        "–—«»’“”№·…€£\t\u00A0\u3000\u0301\u2009",
    ];

    private static readonly Dictionary<int, (int Base, int Rank)> Kazakh = new()
    {
        ['ә'] = ('а', 1),
        ['ғ'] = ('г', 1),
        ['қ'] = ('к', 1),
        ['ң'] = ('н', 1),
        ['ө'] = ('о', 1),
        ['ұ'] = ('у', 1),
        ['ү'] = ('у', 2),
        ['һ'] = ('х', 1),
        ['і'] = ('ы', 1),
    };

    [Fact]
    public void Keys_of_random_text_compare_as_the_collation_rules_say_in_ordinal_and_utf8_order()
    {
        var random = new Random(20261204);
        for (var i = 0; i < Pairs; i++)
        {
            var first = RandomText(random);
            var second = random.Next(2) == 0 ? RandomText(random) : Variant(random, first);

            AssertSameOrder(first, second);
        }
    }

    [Fact]
    public void Keys_of_code_points_from_every_plane_compare_as_the_collation_rules_say()
    {
        var random = new Random(7);
        for (var i = 0; i < Pairs; i++)
        {
            var scalars = Enumerable.Range(0, random.Next(1, 4)).Select(_ => AnyScalar(random)).ToList();
            var first = string.Concat(scalars);
            var second = random.Next(2) == 0 ? string.Concat(scalars.SkipLast(1)) + AnyScalar(random) : AnyScalar(random);

            AssertSameOrder(first, second);
        }
    }

    [Fact]
    public void Keys_sort_the_boundaries_of_each_class_and_script_as_the_rules_say()
    {
        var edges = new[] { 0x1, 0x1F, 0x20, 0x21, 0x2F, 0x30, 0x39, 0x3A, 0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0x7E, 0x7F, 0xA0, 0xAA, 0x7FF, 0x800, 0xD7A3, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF }
            .Concat(Kazakh.Keys).Concat(Kazakh.Values.Select(k => k.Base)).Concat(Kazakh.Values.Select(k => k.Base + 1))
            .Select(char.ConvertFromUtf32)
            .ToList();
        var texts = edges.Concat(edges.SelectMany(a => edges.Select(b => a + b))).ToList();

        foreach (var first in texts)
        {
            foreach (var second in edges)
            {
                AssertSameOrder(first, second);
            }
        }
    }

    private static void AssertSameOrder(string first, string second)
    {
        var (firstKey, secondKey) = (Collation.Key(first), Collation.Key(second));
        var expected = ByRules(first, second);

        Assert.True(expected == Math.Sign(string.CompareOrdinal(firstKey, secondKey)), $"{Spelled(first)} against {Spelled(second)}: expected {expected}.");
        Assert.Equal(expected, Math.Sign(Encoding.UTF8.GetBytes(firstKey).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(secondKey))));
    }

    private static string Spelled(string text) => "[" + string.Join(' ', text.EnumerateRunes().Select(r => $"U+{r.Value:X4}")) + "]";

    /// <summary>The collation compared from its rules: per character its class, then its code point, a Kazakh letter right after its base letter; a text sorts before the longer texts it begins.</summary>
    private static int ByRules(string first, string second)
    {
        var (a, b) = (Places(first), Places(second));
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var comparison = a[i].CompareTo(b[i]);
            if (comparison != 0)
            {
                return Math.Sign(comparison);
            }
        }

        return a.Count.CompareTo(b.Count);
    }

    private static List<(int Class, int CodePoint, int Rank)> Places(string text) =>
        SearchComparison.Normalize(text).EnumerateRunes()
            .Select(rune => Kazakh.TryGetValue(rune.Value, out var kazakh)
                ? (ClassOf(rune), kazakh.Base, kazakh.Rank)
                : (ClassOf(rune), rune.Value, 0))
            .ToList();

    private static int ClassOf(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.SpaceSeparator ? 0 : Rune.IsNumber(rune) ? 2 : Rune.IsLetter(rune) ? 3 : 1;

    private static string RandomText(Random random)
    {
        var alphabet = Alphabets[random.Next(Alphabets.Length)];
        var mixed = random.Next(4) == 0;
        var text = new StringBuilder();
        for (var length = random.Next(0, 9); length > 0; length--)
        {
            var from = mixed ? Alphabets[random.Next(Alphabets.Length)] : alphabet;
            text.Append(random.Next(40) == 0 ? AnyScalar(random) : from[random.Next(from.Length)].ToString());
        }

        return text.ToString();
    }

    /// <summary>Text sharing a beginning with <paramref name="text"/>, so that comparisons reach past the first character.</summary>
    private static string Variant(Random random, string text)
    {
        var kept = text.Length == 0 ? 0 : random.Next(text.Length + 1);
        if (kept > 0 && char.IsHighSurrogate(text[kept - 1]))
        {
            kept--;
        }

        return text[..kept] + (random.Next(3) == 0 ? string.Empty : RandomText(random));
    }

    private static string AnyScalar(Random random)
    {
        var codePoint = random.Next(4) switch
        {
            0 => random.Next(0x20, 0x800),
            1 => random.Next(0x800, 0x10000),
            2 => random.Next(0x10000, 0x30000),
            _ => random.Next(0x30000, 0x110000),
        };
        return codePoint is >= 0xD800 and <= 0xDFFF ? "\uFFFD" : char.ConvertFromUtf32(codePoint);
    }
}
