using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Storage.Common.History;
using KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;
using static KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure.QueryApiResponses;
using static KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure.TypedValues;

namespace KnowledgeGraph.Storage.Neo4j.Tests.History;

/// <summary>How the history reads back the state of a creation stored without one, seen from the Query API.</summary>
public sealed class CreatedStatesTests
{
    private static readonly string Created = ChangeSnapshotJson.Write(ChangeSnapshot.Of(Entity("gateway", name: "Khorgos") with { Version = 1 }))!;
    private static readonly string Renamed = ChangeSnapshotJson.Write(ChangeSnapshot.Of(Entity("gateway", name: "Khorgos Gateway") with { Version = 2 }))!;

    private readonly FakeNeo4jServer _server = new();

    [Fact]
    public async Task A_compact_creation_reads_its_state_from_the_subject_s_next_change_having_read_the_current_record_first()
    {
        _server.RespondTo(request => request.Statement switch
        {
            var s when s.StartsWith("MATCH (c:Change", StringComparison.Ordinal) => HistoryPage(
                ChangeNode(5, "gateway", "Updated", before: Created, after: Renamed), ChangeNode(3, "gateway", "Created")),
            var s when s.StartsWith("MATCH (n:Entity)", StringComparison.Ordinal) => Data("""["n"]""", $"[[{EntityNode("gateway", "Project", "Khorgos Gateway", 2)}]]"),
            _ => Data("""["sequence","before"]""", $"[[{TypedValues.Int(3)},{JsonString(Created)}]]"),
        });

        var page = await Store().GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = "gateway", SubjectKind = ChangeSubjectKind.Entity });

        var creation = page.Items[1];
        Assert.Equal(Created, ChangeSnapshotJson.Write(creation.After));
        Assert.Equal(FieldDiff.Between(null, creation.After), creation.ChangedFields);
        Assert.Equal(Renamed, ChangeSnapshotJson.Write(page.Items[0].After));
        Assert.Equal(3, _server.Requests.Count);
        Assert.StartsWith("MATCH (n:Entity)", _server.Requests[1].Statement, StringComparison.Ordinal);
        Assert.StartsWith("UNWIND $rows", _server.Requests[2].Statement, StringComparison.Ordinal);
        Assert.Contains($"\"sequence\":{TypedValues.Int(3)}", _server.Requests[2].CompactParameters);
    }

    [Fact]
    public async Task A_compact_creation_of_a_subject_unchanged_since_reads_the_current_record()
    {
        _server.RespondTo(request => request.Statement switch
        {
            var s when s.Contains("CALL (key)", StringComparison.Ordinal) => Data("""["c"]""", $"[[{ChangeNode(3, "gateway", "Created")}]]"),
            var s when s.StartsWith("MATCH (n:Entity)", StringComparison.Ordinal) => Data("""["n"]""", $"[[{EntityNode("gateway", "Project", "Khorgos")}]]"),
            _ => Empty(),
        });

        var creation = Assert.Single(await Store().GetRecentChangesAsync(["gateway"], ChangeSubjectKind.Entity, 5));

        var after = Assert.IsType<EntitySnapshot>(creation.After).Entity;
        Assert.Equal(("gateway", "Khorgos", 1L), (after.Key, after.Name, after.Version));
        Assert.Equal(FieldDiff.Between(null, creation.After), creation.ChangedFields);
    }

    [Fact]
    public async Task A_creation_stored_whole_by_an_earlier_version_is_read_as_stored_with_nothing_more_asked()
    {
        _server.RespondTo(_ => HistoryPage(ChangeNode(3, "gateway", "Created", after: Created)));

        var creation = Assert.Single((await Store().GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = "gateway" })).Items);

        Assert.Equal(Created, ChangeSnapshotJson.Write(creation.After));
        Assert.Single(_server.Requests);
    }

    private static string HistoryPage(params string[] items) =>
        Data("""["total","items","hasMore"]""", $$"""[[{{TypedValues.Int(items.Length)}},{{List(items)}},{"$type":"Boolean","_value":false}]]""");

    private Neo4jGraphStore Store() => new(TestClients.Create(_server), Options.Create(TestClients.Options()), NullLogger<Neo4jGraphStore>.Instance);
}
