using System.Text;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Querying;

public sealed class CollationTests
{
    [Theory]
    [InlineData("KTZ Express", "ktz express")]
    [InlineData("Élan  Énergie", "elan energie")]
    [InlineData("Ёлкино", "елкино")]
    [InlineData("ҚОРҒАС", "қорғас")]
    [InlineData("Алма\u0301ты", "Алматы")]
    public void Case_accents_and_spacing_do_not_change_the_key(string text, string same)
    {
        Assert.Equal(Collation.Key(same), Collation.Key(text));
    }

    [Theory]
    [InlineData("а", "ә", "б")]
    [InlineData("г", "ғ", "д")]
    [InlineData("к", "қ", "л")]
    [InlineData("н", "ң", "о")]
    [InlineData("о", "ө", "п")]
    [InlineData("у", "ұ", "ү")]
    [InlineData("ұ", "ү", "ф")]
    [InlineData("х", "һ", "ц")]
    [InlineData("ы", "і", "ь")]
    public void Kazakh_letters_sort_between_their_base_letter_and_the_next_one(string before, string letter, string after)
    {
        Assert.True(string.CompareOrdinal(Collation.Key(before), Collation.Key(letter)) < 0);
        Assert.True(string.CompareOrdinal(Collation.Key(letter), Collation.Key(after)) < 0);
    }

    [Theory]
    [InlineData("Karaganda", "KTZ – Huawei")]
    [InlineData("ktz", "KTZ Express")]
    [InlineData("Aktau Port", "Aktau-Port")]
    [InlineData("Aktau-Port", "Aktau2")]
    [InlineData("Aktau2", "AktauA")]
    [InlineData("Zhezkazgan", "Астана")]
    [InlineData("Яссы", "上海")]
    [InlineData("上海", "北京")]
    [InlineData("北京", "\U00020000")]
    public void Spaces_then_punctuation_then_digits_then_letters_by_script(string first, string second)
    {
        Assert.True(string.CompareOrdinal(Collation.Key(first), Collation.Key(second)) < 0, $"'{first}' should sort before '{second}'.");
    }

    [Fact]
    public void Keys_use_only_characters_that_every_store_compares_alike()
    {
        var key = Collation.Key("Қорғас 霍尔果斯 \U00020000 Élan – «KTZ» \uFF21 \u0001");

        Assert.All(key, c => Assert.InRange(c, '\u0020', '\uD7FF'));
    }

    [Theory]
    [InlineData("Entity 123456")]
    [InlineData("KTZ Express (Kazakhstan Temir Zholy), 2019!")]
    [InlineData("Алматы Қорғас")]
    [InlineData("霍尔果斯")]
    public void A_key_takes_no_more_utf8_bytes_than_the_folded_text(string text)
    {
        Assert.Equal(SearchComparison.Normalize(text).Length, Collation.Key(text).Length);
        Assert.InRange(Encoding.UTF8.GetByteCount(Collation.Key(text)), 1, Encoding.UTF8.GetByteCount(SearchComparison.Normalize(text)));
    }

    [Fact]
    public void Sort_order_puts_missing_values_last_in_both_directions_and_breaks_ties_by_key()
    {
        var ascending = new EntitySortOrder([new SortField("startYear")]);
        var descending = new EntitySortOrder([new SortField("startYear", SortDirection.Desc)]);
        var missing = new SortPosition([null], "a");
        var early = new SortPosition([PropertyValue.FromInteger(2010)], "b");
        var late = new SortPosition([PropertyValue.FromNumber(2020.5)], "c");
        var lateTwin = new SortPosition([PropertyValue.FromNumber(2020.5)], "d");

        Assert.Equal([early, late, lateTwin, missing], new[] { missing, lateTwin, late, early }.Order(ascending));
        Assert.Equal([late, lateTwin, early, missing], new[] { missing, lateTwin, early, late }.Order(descending));
    }

    [Fact]
    public void An_entity_position_holds_collation_keys_for_text_and_the_key_as_it_is()
    {
        var order = new EntitySortOrder([new SortField("key"), new SortField("sector"), new SortField("startYear"), new SortField("description")]);
        var entity = new Entity
        {
            Key = "Khorgos-Gateway",
            Kind = EntityKind.Project,
            Name = "Khorgos Gateway",
            Properties = new Dictionary<string, PropertyValue> { ["sector"] = PropertyValue.FromText("Logistics"), ["startYear"] = PropertyValue.FromInteger(2015) },
        };

        var position = order.PositionOf(entity);

        Assert.Equal(
            [PropertyValue.FromText("Khorgos-Gateway"), PropertyValue.FromText(Collation.Key("logistics")), PropertyValue.FromInteger(2015), null],
            position.Values);
        Assert.Equal("Khorgos-Gateway", position.Key);
        Assert.Equal([new SortField("name")], new EntitySortOrder([]).Fields);
    }

    /// <summary>
    /// ASCII text takes a table-driven path. A combining accent is dropped by the folding but is not ASCII, so the same
    /// text with one appended takes the general path: both keys must agree, for every ASCII character alone, next to
    /// letters and white space, and in random mixes.
    /// </summary>
    [Fact]
    public void Ascii_text_gets_the_key_the_general_path_gives()
    {
        var texts = new List<string>();
        for (var c = (char)0; c < 128; c++)
        {
            texts.Add(c.ToString());
            texts.Add($"a{c}b");
            texts.Add($" {c} ");
        }

        var random = new Random(12);
        for (var i = 0; i < 2000; i++)
        {
            // Every 50th text longer than the fast path's stack buffer.
            texts.Add(new string([.. Enumerable.Range(0, i % 50 == 0 ? random.Next(200, 700) : random.Next(0, 24)).Select(_ => random.Next(4) == 0 ? " \t\n\r\v\f"[random.Next(6)] : (char)random.Next(128))]));
        }

        Assert.All(texts, text => Assert.Equal(Collation.Key(text + "\u0301"), Collation.Key(text)));
    }

    [Theory]
    [InlineData("  Entity   42 ", "Entity 42")]
    [InlineData("\tKTZ\r\nExpress", "ktz express")]
    [InlineData(" \t ", "")]
    public void Ascii_white_space_folds_as_elsewhere(string text, string same)
    {
        Assert.Equal(Collation.Key(same), Collation.Key(text));
    }
}
