using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.Client.TypedJson;
using KnowledgeGraph.Storage.Neo4j.Client.Values;
using Xunit;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Client;

public sealed class TypedJsonDecoderTests
{
    private static object? Decode(string json) => TypedJsonDecoder.Decode(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void Decode_reads_scalars_of_every_documented_kind()
    {
        Assert.Null(Decode("""{"$type":"Null","_value":null}"""));
        Assert.Equal(true, Decode("""{"$type":"Boolean","_value":true}"""));
        Assert.Equal(123L, Decode("""{"$type":"Integer","_value":"123"}"""));
        Assert.Equal(-9223372036854775808L, Decode("""{"$type":"Integer","_value":"-9223372036854775808"}"""));
        Assert.Equal(4.56, Decode("""{"$type":"Float","_value":"4.56"}"""));
        Assert.Equal(3.2E9, Decode("""{"$type":"Float","_value":"3.2E9"}"""));
        Assert.Equal(2.0E-7, Decode("""{"$type":"Float","_value":"2.0E-7"}"""));
        Assert.Equal("Hello World", Decode("""{"$type":"String","_value":"Hello World"}"""));
        Assert.Equal(new byte[] { 0x03, 0x6F, 0xBF }, Decode("""{"$type":"Base64","_value":"A2+/"}"""));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Nan")]
    public void Decode_reads_not_a_number(string text) =>
        Assert.True(double.IsNaN((double)Decode($$"""{"$type":"Float","_value":"{{text}}"}""")!));

    [Fact]
    public void Decode_reads_infinities()
    {
        Assert.Equal(double.PositiveInfinity, Decode("""{"$type":"Float","_value":"Infinity"}"""));
        Assert.Equal(double.NegativeInfinity, Decode("""{"$type":"Float","_value":"-Infinity"}"""));
    }

    [Fact]
    public void Decode_reads_temporal_values()
    {
        Assert.Equal(new DateOnly(2015, 3, 26), Decode("""{"$type":"Date","_value":"2015-03-26"}"""));
        Assert.Equal(new Neo4jTime(new TimeOnly(12, 50, 35, 556), TimeSpan.FromHours(1)), Decode("""{"$type":"Time","_value":"12:50:35.556+01:00"}"""));
        Assert.Equal(new Neo4jTime(new TimeOnly(8, 0), TimeSpan.Zero), Decode("""{"$type":"Time","_value":"08:00:00Z"}"""));
        Assert.Equal(new TimeOnly(12, 50, 35, 556), Decode("""{"$type":"LocalTime","_value":"12:50:35.556"}"""));
        Assert.Equal(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero), Decode("""{"$type":"OffsetDateTime","_value":"2015-11-21T21:40:32.142Z"}"""));
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(-1)), Decode("""{"$type":"OffsetDateTime","_value":"2024-01-01T21:40:32-01:00"}"""));
        Assert.Equal(new DateTime(2015, 7, 4, 19, 32, 24), Decode("""{"$type":"LocalDateTime","_value":"2015-07-04T19:32:24"}"""));
    }

    [Theory]
    [InlineData("OffsetDateTime")]
    [InlineData("ZonedDateTime")]
    public void Decode_keeps_the_zone_id_of_a_zoned_datetime(string type)
    {
        var value = Decode($$"""{"$type":"{{type}}","_value":"2015-11-21T21:40:32.142Z[Antarctica/Troll]"}""");

        Assert.Equal(new Neo4jZonedDateTime(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero), "Antarctica/Troll"), value);
    }

    [Theory]
    [InlineData("P14DT16H12M", 0, 14, 58320, 0)]
    [InlineData("P1Y2M3DT4H5M6.5S", 14, 3, 14706, 500_000_000)]
    [InlineData("P2W", 0, 14, 0, 0)]
    [InlineData("PT0.000000001S", 0, 0, 0, 1)]
    [InlineData("PT-0.5S", 0, 0, -1, 500_000_000)]
    public void Decode_reads_durations_keeping_months_days_and_seconds_apart(string text, long months, long days, long seconds, int nanoseconds)
    {
        Assert.Equal(new Neo4jDuration(months, days, seconds, nanoseconds), Decode($$"""{"$type":"Duration","_value":"{{text}}"}"""));
    }

    [Fact]
    public void Decode_reads_2d_and_3d_points()
    {
        Assert.Equal(new Neo4jPoint(7203, 1.2, 3.4), Decode("""{"$type":"Point","_value":"SRID=7203;POINT (1.2 3.4)"}"""));
        Assert.Equal(new Neo4jPoint(9157, 1.0, 2.0, 3.0), Decode("""{"$type":"Point","_value":"SRID=9157;POINT Z (1.0 2.0 3.0)"}"""));
    }

    [Theory]
    [InlineData("""{"type":"Point","coordinates":[1.2,3.4],"crs":{"srid":7203,"name":"cartesian","type":"link","properties":{"href":"https://spatialreference.org/ref/sr-org/7203/ogcwkt/","type":"ogcwkt"}}}""", 7203, 1.2, 3.4, null)]
    [InlineData("""{"type":"Point","coordinates":[71.4,51.1,347.0],"crs":{"srid":4979,"name":"wgs-84-3d","type":"link","properties":{"href":"https://spatialreference.org/ref/epsg/4979/ogcwkt/","type":"ogcwkt"}}}""", 4979, 71.4, 51.1, 347.0)]
    public void Decode_reads_a_point_written_as_an_object_of_coordinates_and_crs(string point, int srid, double x, double y, double? z)
    {
        Assert.Equal(new Neo4jPoint(srid, x, y, z), Decode($$"""{"$type":"Point","_value":{{point}}}"""));
    }

    [Fact]
    public void Decode_reads_a_zoned_datetime_with_nanoseconds()
    {
        var value = Decode("""{"$type":"ZonedDateTime","_value":"2018-10-12T11:37:41.474716862+02:00[Europe/Stockholm]"}""");

        Assert.Equal(new Neo4jZonedDateTime(new DateTimeOffset(2018, 10, 12, 11, 37, 41, TimeSpan.FromHours(2)).AddTicks(4_747_168), "Europe/Stockholm"), value);
    }

    [Fact]
    public void Decode_reads_lists_and_maps_of_typed_values()
    {
        var list = Assert.IsType<List<object?>>(Decode("""{"$type":"List","_value":[{"$type":"String","_value":"A"},{"$type":"Integer","_value":"2"}]}"""));
        var map = Assert.IsType<Dictionary<string, object?>>(Decode("""{"$type":"Map","_value":{"fieldA":{"$type":"String","_value":"A"},"inner":{"$type":"List","_value":[]}}}"""));

        Assert.Equal(["A", 2L], list);
        Assert.Equal("A", map["fieldA"]);
        Assert.Empty(Assert.IsType<List<object?>>(map["inner"]));
    }

    [Fact]
    public void Decode_reads_nodes_with_typed_properties()
    {
        var node = Assert.IsType<Neo4jNode>(Decode("""
            {"$type":"Node","_value":{"_element_id":"4:ff04:2","_labels":["Entity","Project"],
             "_properties":{"name":{"$type":"String","_value":"Phil"},"startYear":{"$type":"Integer","_value":"2015"}}}}
            """));

        Assert.Equal("4:ff04:2", node.ElementId);
        Assert.Equal(["Entity", "Project"], node.Labels);
        Assert.Equal("Phil", node["name"]);
        Assert.Equal(2015L, node["startYear"]);
        Assert.Null(node["missing"]);
    }

    [Fact]
    public void Decode_reads_relationships_with_their_ends()
    {
        var relationship = Assert.IsType<Neo4jRelationship>(Decode("""
            {"$type":"Relationship","_value":{"_element_id":"5:ff04:2","_start_node_element_id":"4:ff04:0","_end_node_element_id":"4:ff04:2",
             "_type":"LIKES","_properties":{"since":{"$type":"String","_value":"forever!"}}}}
            """));

        Assert.Equal(new[] { "5:ff04:2", "4:ff04:0", "4:ff04:2", "LIKES" }, new[] { relationship.ElementId, relationship.StartNodeElementId, relationship.EndNodeElementId, relationship.Type });
        Assert.Equal("forever!", relationship["since"]);
    }

    [Fact]
    public void Decode_reads_a_path_as_alternating_nodes_and_relationships()
    {
        var path = Assert.IsType<Neo4jPath>(Decode(PathJson));

        Assert.Equal(["4:x:0", "4:x:2"], path.Nodes.Select(n => n.ElementId));
        Assert.Equal("LIKES", Assert.Single(path.Relationships).Type);
    }

    [Fact]
    public void Decode_reads_vectors_and_unsupported_values()
    {
        Assert.Equal(new[] { 1.0, -5.0, 10.0 }, Assert.IsType<Neo4jVector>(Decode("""{"$type":"Vector","_value":{"coordinatesType":"INT8","coordinates":["1","-5","10"]}}""")).Coordinates);
        Assert.Equal(new Neo4jUnsupportedValue("Type X is not supported."), Decode("""{"$type":"Unsupported","_value":"Type X is not supported."}"""));
    }

    [Fact]
    public void Decode_reads_plain_json_too()
    {
        Assert.Equal(42L, Decode("42"));
        Assert.Equal(4.5, Decode("4.5"));
        Assert.Equal(["a", true], Assert.IsType<List<object?>>(Decode("""["a", true]""")));
        Assert.Equal("Alice", Assert.IsType<Dictionary<string, object?>>(Decode("""{"name":"Alice"}"""))["name"]);
    }

    [Fact]
    public void Decode_rejects_an_unknown_type()
    {
        var error = Assert.Throws<FormatException>(() => Decode("""{"$type":"Quaternion","_value":"1"}"""));

        Assert.Contains("Quaternion", error.Message);
    }

    public const string PathJson = """
        {"$type":"Path","_value":[
          {"$type":"Node","_value":{"_element_id":"4:x:0","_labels":["Entity","Project"],"_properties":{"key":{"$type":"String","_value":"khorgos"},"kind":{"$type":"String","_value":"Project"},"name":{"$type":"String","_value":"Khorgos"},"version":{"$type":"Integer","_value":"1"}}}},
          {"$type":"Relationship","_value":{"_element_id":"5:x:1","_start_node_element_id":"4:x:2","_end_node_element_id":"4:x:0","_type":"LIKES","_properties":{"key":{"$type":"String","_value":"r1"}}}},
          {"$type":"Node","_value":{"_element_id":"4:x:2","_labels":["Entity","Region"],"_properties":{"key":{"$type":"String","_value":"kz"},"kind":{"$type":"String","_value":"Region"},"name":{"$type":"String","_value":"Kazakhstan"},"version":{"$type":"Integer","_value":"1"}}}}
        ]}
        """;
}
