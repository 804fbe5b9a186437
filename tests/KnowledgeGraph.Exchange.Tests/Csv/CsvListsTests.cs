using KnowledgeGraph.Exchange.Csv;

namespace KnowledgeGraph.Exchange.Tests.Csv;

public sealed class CsvListsTests
{
    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "one" }, "one")]
    [InlineData(new[] { "a", "b" }, "a|b")]
    [InlineData(new[] { "pipe | inside", "back\\slash" }, "pipe \\| inside|back\\\\slash")]
    [InlineData(new[] { "", "trailing\\" }, "|trailing\\\\")]
    public void Items_join_with_a_pipe_escaping_pipes_and_backslashes_and_split_back(string[] items, string cell)
    {
        Assert.Equal(cell, CsvLists.Join(items));
        Assert.Equal(items.Length == 0 ? [] : items, CsvLists.Split(cell, out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void A_backslash_escaping_anything_else_is_a_problem()
    {
        Assert.Null(CsvLists.Split("C:\\data", out var problem));
        Assert.Contains("character 3", problem);
    }

    [Fact]
    public void A_cell_holding_one_item_and_no_escape_is_that_item_itself()
    {
        var cell = new string(['b', 'e', 'n', 'c', 'h']);

        Assert.Same(cell, Assert.Single(CsvLists.Split(cell, out _)!));
    }
}
