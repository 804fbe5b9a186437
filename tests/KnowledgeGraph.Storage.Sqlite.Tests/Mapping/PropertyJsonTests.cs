using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Storage.Sqlite.Mapping;
using Xunit;

namespace KnowledgeGraph.Storage.Sqlite.Tests.Mapping;

public sealed class PropertyJsonTests
{
    [Fact]
    public void Write_keeps_integers_bare_and_gives_numbers_a_decimal_point_or_exponent()
    {
        var json = PropertyJson.Write(new Dictionary<string, PropertyValue>
        {
            ["startYear"] = PropertyValue.FromInteger(2015),
            ["lengthKm"] = PropertyValue.FromNumber(3),
            ["capacity"] = PropertyValue.FromNumber(1e21),
            ["sector"] = PropertyValue.FromText("Транспорт \"A\""),
        });

        Assert.Equal("{\"capacity\":1E+21,\"lengthKm\":3.0,\"sector\":\"Транспорт \\\"A\\\"\",\"startYear\":2015}", json);
    }

    [Fact]
    public void Read_restores_each_value_with_its_type()
    {
        var properties = PropertyJson.Read("{\"a\":3.0,\"b\":3,\"c\":\"3\",\"d\":-1.5E-7}");

        Assert.Equal(PropertyValue.FromNumber(3), properties["a"]);
        Assert.Equal(PropertyValue.FromInteger(3), properties["b"]);
        Assert.Equal(PropertyValue.FromText("3"), properties["c"]);
        Assert.Equal(PropertyValue.FromNumber(-1.5e-7), properties["d"]);
    }

    [Fact]
    public void WriteFoldedText_keeps_only_text_lower_cased_with_full_unicode()
    {
        var json = PropertyJson.WriteFoldedText(new Dictionary<string, PropertyValue>
        {
            ["name"] = PropertyValue.FromText("ҚОРҒАС Ǆ"),
            ["year"] = PropertyValue.FromInteger(1),
        });

        Assert.Equal("қорғас ǆ", System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("name").GetString());
        Assert.False(System.Text.Json.JsonDocument.Parse(json).RootElement.TryGetProperty("year", out _));
    }

    [Fact]
    public void Write_refuses_numbers_that_json_cannot_hold()
    {
        Assert.Throws<ArgumentException>(() => PropertyJson.Write(
            new Dictionary<string, PropertyValue> { ["capacity"] = PropertyValue.FromNumber(double.NaN) }));
    }
}
