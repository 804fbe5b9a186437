using System.Text;
using KnowledgeGraph.GraphQL.Nodes;

namespace KnowledgeGraph.GraphQL.Tests;

public sealed class GlobalIdTests
{
    [Fact]
    public void Encode_then_decode_returns_the_type_name_and_key()
    {
        var id = GlobalId.Encode("TrainingProgram", "luban-workshop-astana");

        Assert.True(GlobalId.TryDecode(id, out var typeName, out var key));
        Assert.Equal("TrainingProgram", typeName);
        Assert.Equal("luban-workshop-astana", key);
        Assert.Equal("TrainingProgram:luban-workshop-astana", Encoding.UTF8.GetString(Convert.FromBase64String(id)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("UHJvamVjdA==")]
    [InlineData("OmtleQ==")]
    [InlineData("UHJvamVjdDo=")]
    public void TryDecode_rejects_ids_that_are_not_base64_of_type_and_key(string id)
    {
        Assert.False(GlobalId.TryDecode(id, out _, out _));
    }
}
