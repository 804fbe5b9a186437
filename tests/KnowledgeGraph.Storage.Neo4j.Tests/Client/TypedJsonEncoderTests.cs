using System.Text;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.Client.TypedJson;
using KnowledgeGraph.Storage.Neo4j.Client.Values;
using Xunit;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Client;

public sealed class TypedJsonEncoderTests
{
    private static string Encode(object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            TypedJsonEncoder.Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Theory]
    [InlineData(null, """{"$type":"Null","_value":null}""")]
    [InlineData(true, """{"$type":"Boolean","_value":true}""")]
    [InlineData("Қорғас", """{"$type":"String","_value":"\u049A\u043E\u0440\u0493\u0430\u0441"}""")]
    [InlineData(42L, """{"$type":"Integer","_value":"42"}""")]
    [InlineData(7, """{"$type":"Integer","_value":"7"}""")]
    [InlineData(3.0, """{"$type":"Float","_value":"3.0"}""")]
    [InlineData(0.1, """{"$type":"Float","_value":"0.1"}""")]
    [InlineData(double.NaN, """{"$type":"Float","_value":"NaN"}""")]
    [InlineData(double.NegativeInfinity, """{"$type":"Float","_value":"-Infinity"}""")]
    public void Write_types_scalars_so_a_whole_double_stays_a_float(object? value, string expected) =>
        Assert.Equal(expected, Encode(value));

    [Fact]
    public void Write_types_temporal_binary_and_spatial_values()
    {
        Assert.Equal("""{"$type":"Date","_value":"2024-05-17"}""", Encode(new DateOnly(2024, 5, 17)));
        Assert.Equal("""{"$type":"LocalTime","_value":"12:50:35.556"}""", Encode(new TimeOnly(12, 50, 35, 556)));
        Assert.Equal("""{"$type":"Time","_value":"12:50:35\u002B01:00"}""", Encode(new Neo4jTime(new TimeOnly(12, 50, 35), TimeSpan.FromHours(1))));
        Assert.Equal("""{"$type":"LocalDateTime","_value":"2015-07-04T19:32:24"}""", Encode(new DateTime(2015, 7, 4, 19, 32, 24)));
        Assert.Equal("""{"$type":"OffsetDateTime","_value":"2015-11-21T21:40:32.142Z"}""", Encode(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero)));
        Assert.Equal("""{"$type":"Duration","_value":"P14M3DT14706.5S"}""", Encode(new Neo4jDuration(14, 3, 14706, 500_000_000)));
        Assert.Equal("""{"$type":"Point","_value":"SRID=4326;POINT (71.4 51.1)"}""", Encode(new Neo4jPoint(4326, 71.4, 51.1)));
        Assert.Equal("""{"$type":"Base64","_value":"A2\u002B/"}""", Encode(new byte[] { 0x03, 0x6F, 0xBF }));
    }

    [Fact]
    public void Write_sends_a_zoned_datetime_as_the_documented_zoned_type_and_an_offset_one_without_a_zone()
    {
        var stockholm = new Neo4jZonedDateTime(new DateTimeOffset(2018, 10, 12, 11, 37, 41, 474, TimeSpan.FromHours(2)), "Europe/Stockholm");

        Assert.Equal("""{"$type":"ZonedDateTime","_value":"2018-10-12T11:37:41.474\u002B02:00[Europe/Stockholm]"}""", Encode(stockholm));
        Assert.Equal("""{"$type":"OffsetDateTime","_value":"2018-10-12T11:37:41.474\u002B02:00"}""", Encode(stockholm.Value));
        Assert.Equal(stockholm, TypedJsonDecoder.Decode(JsonDocument.Parse(Encode(stockholm)).RootElement));
    }

    [Fact]
    public void Write_types_lists_and_maps_recursively()
    {
        var json = Encode(new Dictionary<string, object?> { ["keys"] = new List<string> { "a" }, ["n"] = 1L });

        Assert.Equal("""{"$type":"Map","_value":{"keys":{"$type":"List","_value":[{"$type":"String","_value":"a"}]},"n":{"$type":"Integer","_value":"1"}}}""", json);
    }

    [Fact]
    public void Encoded_values_decode_to_what_was_written()
    {
        object?[] values = [null, false, "text", long.MaxValue, double.MaxValue, 1e-300, new DateOnly(1999, 12, 31), new TimeOnly(23, 59, 59),
            new DateTimeOffset(2020, 2, 29, 12, 0, 0, TimeSpan.FromHours(5)), new Neo4jDuration(1, 2, 3, 4), new Neo4jPoint(9157, 1, 2, 3)];

        foreach (var value in values)
        {
            Assert.Equal(value, TypedJsonDecoder.Decode(JsonDocument.Parse(Encode(value)).RootElement));
        }
    }

    [Fact]
    public void Write_refuses_values_cypher_cannot_take()
    {
        Assert.Throws<ArgumentException>(() => Encode(new Uri("http://127.0.0.1")));
    }
}
