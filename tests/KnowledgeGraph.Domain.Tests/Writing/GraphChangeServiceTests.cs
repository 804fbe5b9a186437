using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Importing;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Tests.Validation;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Writing;

/// <summary>
/// The one validate-and-apply service: a change set checked against the store before the store sees it, and an import
/// streamed in one pass — each part checked then written while nothing is wrong, the rest still checked after the
/// first problem, and then rolled back.
/// </summary>
public sealed class GraphChangeServiceTests
{
    private readonly RecordingImportStore _store = new();

    [Fact]
    public async Task A_change_set_breaking_a_rule_is_refused_with_the_domain_code_and_never_reaches_the_store()
    {
        var changes = ChangeSets.WithRelationship(ChangeSets.Relationship("CONECTS", "khorgos-eastern-gate", "khorgos"));

        var refused = await Assert.ThrowsAsync<ValidationException>(() => new GraphChangeService(_store).ApplyAsync(changes));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((ValidationCodes.UnknownRelationshipType, "relationships[1].type"), (error.Code, error.Path));
        Assert.Empty(_store.Applied);
    }

    [Fact]
    public async Task A_change_set_may_refer_to_what_the_store_holds_and_is_applied_once()
    {
        await new GraphChangeService(_store).ApplyAsync(ChangeSets.Valid());
        var changes = new GraphChangeSet
        {
            UpsertEntities = [new EntityUpsert(ChangeSets.Entity("altynkol", EntityKind.Region, new() { ["level"] = PropertyValue.FromText("Locality") }))],
            UpsertRelationships = [ChangeSets.Relationship(RelationshipTypes.LocatedIn, "khorgos-eastern-gate", "altynkol")],
        };

        var result = await new GraphChangeService(_store).ApplyAsync(changes);

        Assert.Equal(2, _store.Applied.Count);
        Assert.Equal((1, 1), (result.EntitiesWritten, result.RelationshipsWritten));
    }

    [Fact]
    public async Task The_concerns_given_decide_which_problems_refuse_a_change()
    {
        var changes = ChangeSets.WithRelationship(ChangeSets.Relationship("CONECTS", "khorgos-eastern-gate", "khorgos"));

        await new GraphChangeService(_store).ApplyAsync(changes, concerns: e => e.Code != ValidationCodes.UnknownRelationshipType);

        Assert.Single(_store.Applied);
    }

    [Fact]
    public async Task Clean_parts_are_each_written_as_read_and_committed_once_with_what_was_created()
    {
        var parts = ValidParts();

        var outcome = await ImportAsync(parts);

        Assert.True(outcome.Imported);
        Assert.Equal(parts.Select(p => p.ToChangeSet().RecordCount), _store.PartsWritten.Select(p => p.RecordCount));
        Assert.Equal((1, 0), (_store.Commits, _store.RollBacks));
        Assert.Equal((1, 2, 1), (outcome.Summary!.Sources.Created, outcome.Summary.Entities.Created, outcome.Summary.Relationships.Created));
        Assert.Equal(4, outcome.RecordCount);
    }

    [Fact]
    public async Task After_a_problem_nothing_more_is_written_but_later_parts_are_still_checked_then_everything_is_rolled_back()
    {
        var heard = new List<ValidationError>();
        var parts = ValidParts()
            .Append(Part("late.csv", ChangeSets.Relationship("CONECTS", "khorgos-eastern-gate", "khorgos", key: "bad-type")))
            .Append(Part("later.csv", ChangeSets.Relationship(RelationshipTypes.LocatedIn, "khorgos-eastern-gate", "nowhere")))
            .Append(Part("last.csv", ChangeSets.Relationship(RelationshipTypes.LocatedIn, "khorgos-eastern-gate", "khorgos", key: "fine")))
            .ToList();

        var outcome = await new GraphChangeService(_store).ImportAsync(parts.ToAsyncEnumerable(), new GraphImport(null, 7), 100, heard.Add);

        Assert.False(outcome.Imported);
        Assert.Equal(3, _store.PartsWritten.Count);
        Assert.Equal((0, 1), (_store.Commits, _store.RollBacks));
        Assert.Equal(
            [("late.csv#1.type", ValidationCodes.UnknownRelationshipType), ("later.csv#1.to", ValidationCodes.MissingEndpoint)],
            outcome.Problems.Select(p => (p.Path, p.Code)));
        Assert.Equal(2, outcome.ProblemCount);
        Assert.Equal("late.csv#1.type", Assert.Single(heard).Path);
        Assert.Equal(7, outcome.RecordCount);
    }

    [Fact]
    public async Task A_part_the_store_refuses_stops_the_writing_and_its_problem_is_located_where_it_was_read()
    {
        _store.VanishedAtCommit.Add("khorgos");
        var parts = ValidParts().Append(Part("more.csv", ChangeSets.Relationship(RelationshipTypes.LocatedIn, "khorgos-eastern-gate", "khorgos", key: "again"))).ToList();

        var outcome = await ImportAsync(parts);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("relationships.csv#1.to", ValidationCodes.MissingEndpoint), (problem.Path, problem.Code));
        Assert.Equal(2, _store.PartsWritten.Count);
        Assert.Equal((0, 1), (_store.Commits, _store.RollBacks));
    }

    [Fact]
    public async Task Reading_problems_are_reported_and_the_domain_rules_of_later_parts_are_no_longer_checked()
    {
        var unreadable = new ValidationError("entities.csv:3 (column startYear)", ValidationCodes.InvalidValue, "'soon' is not a year.");
        var parts = new IImportPart[]
        {
            new ListImportPart("entities.csv", new GraphChangeSet(), unreadable),
            Part("relationships.csv", ChangeSets.Relationship("CONECTS", "a", "b")),
        };

        var outcome = await ImportAsync(parts);

        Assert.Equal(unreadable, Assert.Single(outcome.Problems));
        Assert.True(outcome.HasReadErrors);
        Assert.Empty(_store.PartsWritten);
        Assert.Equal(1, _store.RollBacks);
    }

    [Fact]
    public async Task Problems_beyond_the_limit_are_counted_but_not_kept()
    {
        var parts = Enumerable.Range(0, 5).Select(i => Part($"bad{i}.csv", ChangeSets.Relationship("CONECTS", "a", "b", key: $"r{i}"))).ToList();

        var outcome = await new GraphChangeService(_store).ImportAsync(parts.ToAsyncEnumerable(), new GraphImport(null, 5), problemLimit: 2);

        Assert.Equal(2, outcome.Problems.Count);
        Assert.True(outcome.ProblemCount > outcome.Problems.Count);
    }

    [Fact]
    public async Task A_key_used_in_an_earlier_part_is_a_duplicate_named_by_where_it_was_first_read()
    {
        var parts = ValidParts().Append(new ListImportPart("again.csv", new GraphChangeSet { UpsertSources = [ChangeSets.Source()] })).ToList();

        var outcome = await ImportAsync(parts);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal((ValidationCodes.DuplicateKey, "again.csv#1.key"), (problem.Code, problem.Path));
        Assert.Contains("sources.csv#1", problem.Message);
    }

    [Fact]
    public async Task Into_a_store_holding_records_the_summary_tells_created_updated_and_unchanged()
    {
        await new GraphChangeService(_store).ApplyAsync(ChangeSets.Valid());
        var renamed = ChangeSets.Entity("khorgos", EntityKind.Region, new() { ["level"] = PropertyValue.FromText("Locality") }) with { Name = "Khorgos border area" };
        var entities = new GraphChangeSet
        {
            UpsertEntities =
            [
                ChangeSets.Valid().UpsertEntities[0],
                new EntityUpsert(renamed),
                new EntityUpsert(ChangeSets.Entity("altynkol", EntityKind.Region, new() { ["level"] = PropertyValue.FromText("Locality") })),
            ],
        };

        var outcome = await ImportAsync([new ListImportPart("entities.csv", entities)]);

        Assert.Equal((1, 1, 1), (outcome.Summary!.Entities.Created, outcome.Summary.Entities.Updated, outcome.Summary.Entities.Unchanged));
    }

    [Fact]
    public async Task A_cancelled_import_throws_and_rolls_back_what_it_wrote()
    {
        using var cancel = new CancellationTokenSource();
        var parts = Cancelling(ValidParts(), afterParts: 2, cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new GraphChangeService(_store).ImportAsync(parts, new GraphImport(null, 4), 10, cancellationToken: cancel.Token));

        Assert.Equal(2, _store.PartsWritten.Count);
        Assert.Equal((0, 1), (_store.Commits, _store.RollBacks));
    }

    private Task<ImportOutcome> ImportAsync(IReadOnlyList<IImportPart> parts) =>
        new GraphChangeService(_store).ImportAsync(parts.ToAsyncEnumerable(), new GraphImport(null, parts.Sum(p => p.RecordCount)), 100);

    /// <summary><see cref="ChangeSets.Valid"/> as three files read one after the other: the relationship refers to entities of an earlier part.</summary>
    private static List<IImportPart> ValidParts()
    {
        var valid = ChangeSets.Valid();
        return
        [
            new ListImportPart("sources.csv", new GraphChangeSet { UpsertSources = valid.UpsertSources }),
            new ListImportPart("entities.csv", new GraphChangeSet { UpsertEntities = valid.UpsertEntities }),
            new ListImportPart("relationships.csv", new GraphChangeSet { UpsertRelationships = valid.UpsertRelationships }),
        ];
    }

    private static ListImportPart Part(string file, Relationship relationship) =>
        new(file, new GraphChangeSet { UpsertRelationships = [relationship] });

    private static async IAsyncEnumerable<IImportPart> Cancelling(IEnumerable<IImportPart> parts, int afterParts, CancellationTokenSource cancel)
    {
        var given = 0;
        foreach (var part in parts)
        {
            if (given++ == afterParts)
            {
                await cancel.CancelAsync();
            }

            yield return part;
        }
    }
}
