using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.History;

public sealed class ChangeRecorderTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 14, 18, 30, 0, TimeSpan.FromHours(5));

    [Fact]
    public void Complete_numbers_records_from_the_first_sequence_in_the_order_subjects_were_first_touched()
    {
        var recorder = new ChangeRecorder();
        recorder.Record(null, new SourceSnapshot(Source("wire")));
        recorder.Record(null, new EntitySnapshot(Entity("gateway", "Gateway", 1)));

        var records = recorder.Complete(10, 4, new ChangeAuthor("aigerim", "import"), At);

        Assert.Equal([10L, 11L], records.Select(r => r.Sequence));
        Assert.Equal([ChangeSubjectKind.Source, ChangeSubjectKind.Entity], records.Select(r => r.SubjectKind));
        Assert.All(records, r => Assert.Equal(4, r.GraphVersion));
        Assert.All(records, r => Assert.Equal(("aigerim", "import"), (r.Author, r.Comment)));
        Assert.All(records, r => Assert.Equal(new DateTimeOffset(2026, 3, 14, 13, 30, 0, TimeSpan.Zero), r.At));
        Assert.All(records, r => Assert.Equal(TimeSpan.Zero, r.At.Offset));
        Assert.Null(records[0].EntityKind);
        Assert.Null(records[0].Version);
        Assert.Equal(EntityKind.Project, records[1].EntityKind);
        Assert.Equal(1, records[1].Version);
    }

    [Fact]
    public void A_subject_touched_twice_keeps_its_first_before_and_its_last_after()
    {
        var recorder = new ChangeRecorder();
        recorder.Record(new EntitySnapshot(Entity("gateway", "v1", 1)), new EntitySnapshot(Entity("gateway", "v2", 2)));
        recorder.Record(new EntitySnapshot(Entity("gateway", "v2", 2)), new EntitySnapshot(Entity("gateway", "v3", 3)));

        var record = Assert.Single(recorder.Complete(1, 1, null, At));

        Assert.Equal(ChangeOperation.Updated, record.Operation);
        Assert.Equal("v1", ((EntitySnapshot)record.Before!).Entity.Name);
        Assert.Equal("v3", ((EntitySnapshot)record.After!).Entity.Name);
        Assert.Equal(3, record.Version);
    }

    [Fact]
    public void A_subject_that_ends_as_it_began_records_nothing()
    {
        var recorder = new ChangeRecorder();
        recorder.Record(null, new EntitySnapshot(Entity("temp", "Temporary", 1)));
        recorder.Record(new EntitySnapshot(Entity("temp", "Temporary", 1)), null);
        recorder.Record(new EntitySnapshot(Entity("gateway", "v1", 1)), new EntitySnapshot(Entity("gateway", "v1", 2)));

        Assert.Equal(0, recorder.CountChanges());
        Assert.Empty(recorder.Complete(1, 1, null, At));
    }

    [Fact]
    public void A_deletion_records_the_kind_it_had_and_no_version()
    {
        var recorder = new ChangeRecorder();
        recorder.Record(new EntitySnapshot(Entity("gateway", "Gateway", 4)), null);

        var record = Assert.Single(recorder.Complete(1, 9, null, At));

        Assert.Equal(ChangeOperation.Deleted, record.Operation);
        Assert.Equal(EntityKind.Project, record.EntityKind);
        Assert.Null(record.Version);
        Assert.Null(record.Author);
        Assert.Equal(1, recorder.CountChanges());
    }

    [Fact]
    public void Record_refuses_states_of_two_different_subjects()
    {
        var recorder = new ChangeRecorder();

        Assert.Throws<ArgumentException>(() => recorder.Record(new EntitySnapshot(Entity("a", "A", 1)), new EntitySnapshot(Entity("b", "B", 1))));
    }

    private static Entity Entity(string key, string name, long version) =>
        new() { Key = key, Kind = EntityKind.Project, Name = name, SourceKeys = ["wire"], Version = version };

    private static Source Source(string key) => new() { Key = key, Title = "Title of " + key };
}
