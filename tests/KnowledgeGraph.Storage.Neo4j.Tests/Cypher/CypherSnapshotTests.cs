using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Mapping;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Cypher;

public sealed class CypherSnapshotTests
{
    [Fact]
    public void Query_with_filters_ordering_and_paging_is_parameterised()
    {
        var query = new EntityQuery
        {
            Kind = EntityKind.Project,
            Filter = new AndFilter(
            [
                new FieldFilter("name", FilterOperator.Contains, Text("KHOR")),
                new OrFilter([new FieldFilter("startYear", FilterOperator.Gte, Int(2015)), new FieldFilter("status", FilterOperator.Neq, Text("Cancelled"))]),
                new FieldFilter("sector", FilterOperator.NotIn, [Text("Energy"), Text("Digital")]),
                new FieldFilter("description", FilterOperator.NotContains, Text("Pipeline")),
                new FieldFilter("key", FilterOperator.StartsWith, Text("Khorgos")),
            ]),
            Order = [new SortField("startYear", SortDirection.Desc), new SortField("name")],
            After = new SortPosition([Int(2015), Text("0000061")], "khorgos-gateway"),
            Take = 5,
        };

        CypherSnapshot.Match("query-entities-filtered", EntityCypher.Query(query));
    }

    [Fact]
    public void Query_read_from_the_end_reverses_the_order_and_probes_past_both_bounds()
    {
        var query = new EntityQuery
        {
            Kind = EntityKind.Project,
            Order = [new SortField("sector"), new SortField("lengthKm", SortDirection.Desc)],
            After = new SortPosition([Text("0000061"), null], "aktau"),
            Before = new SortPosition([null, Num(12.5)], "khorgos-gateway"),
            FromEnd = true,
            Take = 5,
        };

        CypherSnapshot.Match("query-entities-from-end", EntityCypher.Query(query));
    }

    [Fact]
    public void Query_without_kind_or_order_sorts_by_name_then_key()
    {
        CypherSnapshot.Match("query-entities-default", EntityCypher.Query(new EntityQuery()));
    }

    [Fact]
    public void Query_reads_only_the_extras_asked_for()
    {
        var after = new SortPosition([Text("0000061")], "khorgos-gateway");

        CypherSnapshot.Match("query-entities-count-only", EntityCypher.Query(new EntityQuery { After = after, Take = 0, Extras = PageExtras.TotalCount }));
        CypherSnapshot.Match("query-entities-next-only", EntityCypher.Query(new EntityQuery { After = after, Before = after, Take = 2, Extras = PageExtras.HasNext }));
        Assert.Null(EntityCypher.Query(new EntityQuery { After = after, Take = 0, Extras = PageExtras.None }));
    }

    [Fact]
    public void Query_with_empty_and_and_or_uses_constant_predicates()
    {
        var query = new EntityQuery { Filter = new OrFilter([new AndFilter([]), new OrFilter([])]), Take = 1 };

        CypherSnapshot.Match("query-entities-empty-operands", EntityCypher.Query(query));
    }

    [Fact]
    public void Relationships_of_many_anchors_are_read_in_one_batched_statement()
    {
        var query = new RelationshipQuery
        {
            Types = new HashSet<string> { RelationshipTypes.OperatedBy, RelationshipTypes.LocatedIn, "NOT_A_TYPE) DETACH DELETE (n" },
            NeighbourKinds = new HashSet<EntityKind> { EntityKind.Region, EntityKind.Company },
            Role = "operator",
        };

        CypherSnapshot.Match("relationships-for-anchors", RelationshipCypher.ForAnchors(["khorgos", "aktau"], query));
    }

    [Fact]
    public void Outgoing_relationships_skip_the_incoming_branch()
    {
        CypherSnapshot.Match("relationships-outgoing", RelationshipCypher.ForAnchors(["khorgos"], new RelationshipQuery { Direction = RelationshipDirection.Outgoing }));
    }

    [Fact]
    public void Relationship_queries_naming_only_unknown_types_issue_no_statement()
    {
        Assert.Null(RelationshipCypher.ForAnchors(["khorgos"], new RelationshipQuery { Types = new HashSet<string> { "FRIEND_OF" } }));
    }

    [Fact]
    public void Search_turns_typed_text_into_escaped_prefix_terms()
    {
        CypherSnapshot.Match("search", SearchCypher.Search(new SearchQuery("Khorgos (GATEWAY)* 霍尔", new HashSet<EntityKind> { EntityKind.Project, EntityKind.Region }, 5)));
    }

    [Fact]
    public void Search_terms_are_cut_as_lucenes_standard_tokenizer_cuts_katakana_runs_whole_han_and_hiragana_per_character()
    {
        Assert.Equal("(name:アスタナ^4 OR name:アスタナ*^2 OR aliasText:アスタナ^2 OR アスタナ OR アスタナ*)", SearchCypher.LuceneQuery("アスタナ"));
        Assert.Equal(
            ["アスタナ", "霍", "尔", "ひ", "ら"],
            SearchCypher.LuceneQuery("アスタナ 霍尔 ひら")!.Split(" AND ").Select(term => term[6..term.IndexOf('^', StringComparison.Ordinal)]));
    }

    [Fact]
    public void Search_refuses_more_words_than_the_shared_limit_before_lucene_refuses_the_clauses()
    {
        var text = string.Join(" ", Enumerable.Range(0, SearchText.MaxWords + 1).Select(i => $"w{i}"));

        var error = Assert.Throws<LimitExceededException>(() => SearchCypher.Search(new SearchQuery(text)));

        Assert.Equal(SearchText.WordsLimit, error.Limit);
        Assert.NotNull(SearchCypher.Search(new SearchQuery(string.Join(" ", Enumerable.Range(0, SearchText.MaxWords).Select(i => $"w{i}")))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("( ) : ^ * - + ~ \"")]
    public void Search_without_words_issues_no_statement(string text)
    {
        Assert.Null(SearchCypher.Search(new SearchQuery(text)));
    }

    [Fact]
    public void Entity_upserts_set_the_kind_label_from_the_enum_and_remove_the_others()
    {
        var rows = new[] { EntityProperties.Of(Entity("khorgos", properties: ("startYear", Int(2015))), 1) };

        CypherSnapshot.Match("upsert-entities", WriteCypher.UpsertEntities(EntityKind.Project, rows));
    }

    [Fact]
    public void Recorded_changes_are_created_as_change_nodes_with_json_snapshots()
    {
        var recorder = new ChangeRecorder();
        recorder.Record(
            ChangeSnapshot.Of(Entity("khorgos", name: "Khorgos") with { Version = 1 }),
            ChangeSnapshot.Of(Entity("khorgos", name: "Khorgos Gateway", properties: ("lengthKm", Num(12.0))) with { Version = 2 }));
        var at = new DateTimeOffset(2026, 3, 14, 13, 30, 5, TimeSpan.Zero);
        var rows = recorder.Complete(41, 9, new ChangeAuthor("aigerim", "renamed"), at).Select(ChangeMapper.ToProperties);

        CypherSnapshot.Match("record-changes", ChangeCypher.Record(rows, "5d41402abc4b2a76b9719d911017c592"));
    }

    [Fact]
    public void A_creation_is_recorded_without_its_state_or_field_list()
    {
        var rows = new[] { ChangeMapper.ToProperties(Creation()) };

        CypherSnapshot.Match("record-creation", ChangeCypher.Record(rows, "5d41402abc4b2a76b9719d911017c592"));
    }

    [Fact]
    public void The_state_a_compact_creation_left_is_looked_up_as_the_before_state_of_the_subject_s_next_change()
    {
        CypherSnapshot.Match("next-before", ChangeCypher.NextBefore([Creation()]));
    }

    private static ChangeRecord Creation()
    {
        var recorder = new ChangeRecorder();
        recorder.Record(null, ChangeSnapshot.Of(Entity("khorgos", name: "Khorgos") with { Version = 1 }));
        return recorder.Complete(41, 9, new ChangeAuthor("importer", "bulk load"), new DateTimeOffset(2026, 3, 14, 13, 30, 5, TimeSpan.Zero)).Single();
    }

    [Fact]
    public void A_lost_commit_is_looked_for_under_the_graph_lock_by_its_first_change_and_write_id()
    {
        CypherSnapshot.Match("commit-landed", WriteCypher.CommitLanded(41, "5d41402abc4b2a76b9719d911017c592"));
    }

    [Fact]
    public void History_of_one_subject_is_read_through_the_subject_index_newest_first()
    {
        var query = new ChangeHistoryQuery { SubjectKey = "khorgos", SubjectKind = ChangeSubjectKind.Entity, BeforeSequence = 40, Take = 10 };

        CypherSnapshot.Match("history", ChangeCypher.History(query));
    }

    [Fact]
    public void Recent_changes_of_many_subjects_are_read_in_one_statement_limited_per_subject()
    {
        CypherSnapshot.Match("recent-changes", ChangeCypher.Recent(["khorgos", "aktau", "khorgos"], ChangeSubjectKind.Entity, 3));
    }

    [Fact]
    public void Entity_deletion_reads_the_relationships_it_takes_with_it_before_deleting()
    {
        CypherSnapshot.Match("relationships-of-entities", WriteCypher.RelationshipsOfEntities(["khorgos", "kz"]));
        CypherSnapshot.Match("delete-entities", WriteCypher.DeleteEntities(["khorgos", "kz"]));
    }

    [Fact]
    public void Relationship_creation_takes_its_type_from_the_registry()
    {
        var rows = new[]
        {
            new Dictionary<string, object?> { ["key"] = "r1", ["fromKey"] = "khorgos", ["toKey"] = "kz", ["properties"] = RelationshipProperties.Of(Relationship("r1", RelationshipTypes.LocatedIn, "khorgos", "kz")) },
        };

        CypherSnapshot.Match("create-relationships", WriteCypher.CreateRelationships(RelationshipTypes.Find(RelationshipTypes.LocatedIn)!, rows));
    }

    [Fact]
    public void Statistics_are_read_in_one_statement()
    {
        CypherSnapshot.Match("statistics", GraphCypher.Statistics());
    }

    [Fact]
    public void Neighbourhood_levels_cap_the_expansion_of_each_entity_inside_the_database()
    {
        var spec = new NeighborhoodSpec
        {
            RootKey = "khorgos",
            Depth = 2,
            Direction = RelationshipDirection.Outgoing,
            RelationshipTypes = new HashSet<string> { RelationshipTypes.LocatedIn, RelationshipTypes.PartOf },
        };

        CypherSnapshot.Match("neighbourhood-level", TraversalCypher.ExpandLevel(["khorgos", "aktau"], spec, 51));
    }

    [Theory]
    [InlineData(PathMode.Shortest)]
    [InlineData(PathMode.AllShortest)]
    [InlineData(PathMode.All)]
    public void Paths_use_neo4j_path_selectors_with_the_length_from_the_spec(PathMode mode)
    {
        var spec = new PathSpec { FromKey = "khorgos", ToKey = "beijing", MaxLength = 5, Mode = mode, First = 3 };

        CypherSnapshot.Match($"paths-{mode.ToString().ToLowerInvariant()}", TraversalCypher.Paths(spec));
    }

    [Fact]
    public void All_paths_select_the_first_simple_paths_with_a_shortest_k_selector_that_filters_before_it_selects()
    {
        var statement = TraversalCypher.Paths(new PathSpec { FromKey = "a", ToKey = "b", MaxLength = 5, Mode = PathMode.All, First = 3 });

        Assert.StartsWith("MATCH SHORTEST 3 (p = (a:Entity {key: $from})-[]-{1,5}(b:Entity {key: $to})\n  WHERE all(", statement!.Text);
        Assert.Contains("nodes(p)[i + 1..]))\nRETURN p", statement.Text);
    }

    [Fact]
    public void Ties_at_the_cut_off_length_are_read_at_exactly_that_length_in_key_order()
    {
        var spec = new PathSpec { FromKey = "khorgos", ToKey = "beijing", MaxLength = 5, Mode = PathMode.All, First = 3, RelationshipTypes = new HashSet<string> { RelationshipTypes.PartOf } };

        CypherSnapshot.Match("paths-all-at-length", TraversalCypher.PathsOfLength(spec, 4, 2));
    }

    [Fact]
    public void Path_length_is_clamped_whatever_the_spec_says()
    {
        var statement = TraversalCypher.Paths(new PathSpec { FromKey = "a", ToKey = "b", MaxLength = 1000, RelationshipTypes = new HashSet<string> { RelationshipTypes.PartOf } });

        Assert.Contains("-[:PART_OF]-{1,10}", statement!.Text);
    }

    [Fact]
    public void Schema_statements_are_idempotent()
    {
        var statements = SchemaCypher.NodeConstraintsAndIndexes()
            .Concat(RelationshipTypes.All.Select(SchemaCypher.RelationshipKeyConstraint))
            .Concat(RelationshipTypes.All.Select(SchemaCypher.RelationshipKeyIndex));

        Assert.All(statements, s => Assert.Contains("IF NOT EXISTS", s.Text));
    }
}
