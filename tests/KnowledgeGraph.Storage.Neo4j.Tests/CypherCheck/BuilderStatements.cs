using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Tests.CypherCheck;

/// <summary>
/// The statements of every builder in <c>KnowledgeGraph.Storage.Neo4j.Cypher</c>, over every input that changes
/// their text: each entity kind (labels, kind properties), each relationship type (type expressions), each
/// direction and path mode, every filter operator and sort, with and without the optional parts. Each is named
/// <c>Builder.Method(variation)</c>; <see cref="CypherCheckTests"/> holds that every builder method is named here.
/// </summary>
public static class BuilderStatements
{
    private static readonly string[] Anchors = ["khorgos", "aktau"];

    public static IEnumerable<CheckedStatement> All() =>
        Schema().Concat(Entities()).Concat(Relationships()).Concat(Search()).Concat(Traversal())
            .Concat(Writes()).Concat(History()).Concat(Graph()).Concat(Sources());

    private static CheckedStatement Named(string builder, string method, string? variation, CypherStatement? statement) =>
        CheckedStatement.Of(
            variation is null ? $"{builder}.{method}" : $"{builder}.{method}({variation})",
            statement ?? throw new InvalidOperationException($"{builder}.{method}({variation}) built no statement."));

    private static IEnumerable<CheckedStatement> Schema()
    {
        var index = 0;
        foreach (var statement in SchemaCypher.NodeConstraintsAndIndexes())
        {
            yield return Named(nameof(SchemaCypher), nameof(SchemaCypher.NodeConstraintsAndIndexes), $"#{index++}", statement);
        }

        foreach (var type in RelationshipTypes.All)
        {
            yield return Named(nameof(SchemaCypher), nameof(SchemaCypher.RelationshipKeyConstraint), type.Name, SchemaCypher.RelationshipKeyConstraint(type));
            yield return Named(nameof(SchemaCypher), nameof(SchemaCypher.RelationshipKeyIndex), type.Name, SchemaCypher.RelationshipKeyIndex(type));
            yield return Named(nameof(SchemaCypher), nameof(SchemaCypher.DropRelationshipKeyIndex), $"{type.Name}, own name",
                SchemaCypher.DropRelationshipKeyIndex(type, underConstraintName: false));
            yield return Named(nameof(SchemaCypher), nameof(SchemaCypher.DropRelationshipKeyIndex), $"{type.Name}, constraint's name",
                SchemaCypher.DropRelationshipKeyIndex(type, underConstraintName: true));
        }

        yield return Named(nameof(SchemaCypher), nameof(SchemaCypher.RelationshipKeyIndexes), null, SchemaCypher.RelationshipKeyIndexes());
        yield return Named(nameof(SchemaCypher), nameof(SchemaCypher.AwaitIndexes), null, SchemaCypher.AwaitIndexes(120));
        yield return Named(nameof(SchemaCypher), nameof(SchemaCypher.EnsureGraphMeta), null, SchemaCypher.EnsureGraphMeta());
    }

    private static IEnumerable<CheckedStatement> Entities()
    {
        yield return Named(nameof(EntityCypher), nameof(EntityCypher.GetByKeys), null, EntityCypher.GetByKeys(Anchors));
        yield return Named(nameof(EntityCypher), nameof(EntityCypher.ReadAllBatch), null, EntityCypher.ReadAllBatch("khorgos", 500));
        yield return Named(nameof(EntityCypher), nameof(EntityCypher.Query), "default", EntityCypher.Query(new EntityQuery()));
        yield return Named(nameof(EntityCypher), nameof(EntityCypher.Query), "count only", EntityCypher.Query(new EntityQuery { Take = 0, Extras = PageExtras.TotalCount }));
        yield return Named(nameof(EntityCypher), nameof(EntityCypher.Query), "page only", EntityCypher.Query(new EntityQuery { Extras = PageExtras.None }));
        yield return Named(nameof(EntityCypher), nameof(EntityCypher.Query), "empty and/or", EntityCypher.Query(new EntityQuery
        {
            Filter = new OrFilter([new AndFilter([]), new OrFilter([])]),
        }));

        // Without a kind, a kind property is looked up across all kinds.
        yield return Named(nameof(EntityCypher), nameof(EntityCypher.Query), "any kind", EntityCypher.Query(new EntityQuery
        {
            Filter = new FieldFilter("startYear", FilterOperator.Gte, PropertyValue.FromInteger(2015)),
            Order = [new SortField("startYear", SortDirection.Desc)],
        }));

        yield return Named(nameof(EntityCypher), nameof(EntityCypher.Query), "every common filter", EntityCypher.Query(CommonFilters()));

        foreach (var definition in EntityKinds.All)
        {
            // Filters and keyset sorts are checked in separate statements: together, every filter would be repeated in
            // each seek branch, and the front-end's time grows with the statement far faster than with their number.
            yield return Named(nameof(EntityCypher), nameof(EntityCypher.Query), definition.Kind + ", every property filter",
                EntityCypher.Query(new EntityQuery { Kind = definition.Kind, Filter = new AndFilter([.. PropertyFilters(definition.Properties.Select(p => (p.Name, p.Type)))]), Take = 10 }));
            yield return Named(nameof(EntityCypher), nameof(EntityCypher.Query), definition.Kind + ", every sort", EntityCypher.Query(EverySort(definition)));
            yield return Named(nameof(EntityCypher), nameof(EntityCypher.Query), definition.Kind + ", every sort, from the end",
                EntityCypher.Query(EverySort(definition) with { FromEnd = true }));
        }

        yield return Named(nameof(SortKeyCypher), nameof(SortKeyCypher.StoredKeyEncoding), null, SortKeyCypher.StoredKeyEncoding());
        yield return Named(nameof(SortKeyCypher), nameof(SortKeyCypher.EntitiesAfter), null, SortKeyCypher.EntitiesAfter("khorgos", 500));
        yield return Named(nameof(SortKeyCypher), nameof(SortKeyCypher.RecordKeyEncoding), null, SortKeyCypher.RecordKeyEncoding());
        yield return Named(nameof(SortKeyCypher), nameof(SortKeyCypher.EntitiesWithoutSortKeys), null, SortKeyCypher.EntitiesWithoutSortKeys(500));
        yield return Named(nameof(SortKeyCypher), nameof(SortKeyCypher.SetSortKeys), null, SortKeyCypher.SetSortKeys(
        [
            new Dictionary<string, object?> { ["key"] = "khorgos", ["sortKeys"] = EntityProperties.SortKeys(SampleRecords.Entity(EntityKind.Project)).ToDictionary() },
        ]));
    }

    /// <summary>
    /// Every field all kinds share, under every operator its type allows, and the list filters. The kinds' own properties
    /// are checked per kind (<see cref="PropertyFilters"/>): the front-end's time grows quickly with a statement's size.
    /// </summary>
    private static EntityQuery CommonFilters()
    {
        var text = PropertyValue.FromText("Khorgos");
        var filters = PropertyFilters(EntityFields.All.Select(f => (Name: f, Type: PropertyType.Text))).ToList();
        filters.Add(EveryOperator(EntityFields.Kind, [FilterOperator.Eq, FilterOperator.Neq], PropertyValue.FromText(nameof(EntityKind.Project))));
        filters.Add(EveryOperator(EntityFields.Version, NumberOperators, PropertyValue.FromInteger(3)));
        filters.Add(EveryListFilter(EntityFields.Aliases, [ListFilter.Element], text));
        filters.Add(EveryListFilter(EntityFields.Sources, SourceFields.All, text));
        return new EntityQuery { Filter = new AndFilter(filters), Take = 10 };
    }

    /// <summary>Every operator each field's type allows.</summary>
    private static IEnumerable<EntityFilter> PropertyFilters(IEnumerable<(string Name, PropertyType Type)> fields) =>
        fields.Select(field => (EntityFilter)(field.Type switch
        {
            PropertyType.Text => EveryOperator(field.Name, TextOperators, PropertyValue.FromText("Khorgos")),
            PropertyType.Integer => EveryOperator(field.Name, NumberOperators, PropertyValue.FromInteger(2015)),
            _ => EveryOperator(field.Name, NumberOperators, PropertyValue.FromNumber(12.5)),
        }));

    /// <summary>A query of one kind sorted by every field, alternating directions, read between two keyset positions.</summary>
    private static EntityQuery EverySort(EntityKindDefinition definition)
    {
        var sorts = Fields(definition).Select((field, i) => new SortField(field.Name, i % 2 == 0 ? SortDirection.Asc : SortDirection.Desc)).ToList();
        var position = new SortPosition(sorts.Select((_, i) => i % 2 == 0 ? (PropertyValue?)null : PropertyValue.FromText("0000061")).ToList(), "aktau");
        return new EntityQuery
        {
            Kind = definition.Kind,
            Filter = new FieldFilter(EntityFields.Name, FilterOperator.Contains, PropertyValue.FromText("Khorgos")),
            Order = sorts,
            After = position,
            Before = position,
            Take = 10,
        };
    }

    private static IEnumerable<(string Name, PropertyType Type)> Fields(EntityKindDefinition definition) =>
        EntityFields.All.Select(f => (Name: f, Type: PropertyType.Text)).Concat(definition.Properties.Select(p => (p.Name, p.Type)));

    private static readonly FilterOperator[] TextOperators =
    [
        FilterOperator.Eq, FilterOperator.Neq, FilterOperator.Contains, FilterOperator.NotContains, FilterOperator.StartsWith,
        FilterOperator.NotStartsWith, FilterOperator.EndsWith, FilterOperator.NotEndsWith,
    ];

    private static readonly FilterOperator[] NumberOperators =
    [
        FilterOperator.Eq, FilterOperator.Neq, FilterOperator.Gt, FilterOperator.NotGt, FilterOperator.Gte, FilterOperator.NotGte,
        FilterOperator.Lt, FilterOperator.NotLt, FilterOperator.Lte, FilterOperator.NotLte,
    ];

    /// <summary>Every given operator on one field, the list operators (one of them empty) and the null checks.</summary>
    private static OrFilter EveryOperator(string field, FilterOperator[] operators, PropertyValue value) => new(
    [
        .. operators.Select(op => new FieldFilter(field, op, value)),
        new FieldFilter(field, FilterOperator.In, [value, value]),
        new FieldFilter(field, FilterOperator.NotIn, []),
        new FieldFilter(field, FilterOperator.IsNull, []),
        new FieldFilter(field, FilterOperator.IsNotNull, []),
    ]);

    /// <summary>Each quantifier over the list, with every text operator on each element field and with no condition.</summary>
    private static AndFilter EveryListFilter(string list, IEnumerable<string> elementFields, PropertyValue value)
    {
        var condition = new AndFilter([.. elementFields.Select(field => EveryOperator(field, TextOperators, value))]);
        return new AndFilter([.. Enum.GetValues<ListQuantifier>().SelectMany(quantifier =>
            new[] { new ListFilter(list, quantifier, condition), new ListFilter(list, quantifier, null) })]);
    }

    private static IEnumerable<CheckedStatement> Relationships()
    {
        yield return Named(nameof(RelationshipCypher), nameof(RelationshipCypher.ByKeys), null, RelationshipCypher.ByKeys(Anchors));
        yield return Named(nameof(RelationshipCypher), nameof(RelationshipCypher.ReadAllBatch), null, RelationshipCypher.ReadAllBatch(null, 500));
        foreach (var direction in Enum.GetValues<RelationshipDirection>())
        {
            yield return Named(nameof(RelationshipCypher), nameof(RelationshipCypher.ForAnchors), $"{direction}, every type",
                RelationshipCypher.ForAnchors(Anchors, new RelationshipQuery { Direction = direction }));
            yield return Named(nameof(RelationshipCypher), nameof(RelationshipCypher.ForAnchors), $"{direction}, two types, role, kinds",
                RelationshipCypher.ForAnchors(Anchors, new RelationshipQuery
                {
                    Direction = direction,
                    Types = new HashSet<string> { RelationshipTypes.OperatedBy, RelationshipTypes.LocatedIn },
                    Role = "operator",
                    NeighbourKinds = new HashSet<EntityKind>(Enum.GetValues<EntityKind>()),
                }));
            foreach (var type in RelationshipTypes.All)
            {
                yield return Named(nameof(RelationshipCypher), nameof(RelationshipCypher.ForAnchors), $"{direction}, {type.Name}",
                    RelationshipCypher.ForAnchors(Anchors, new RelationshipQuery { Direction = direction, Types = new HashSet<string> { type.Name } }));
            }
        }
    }

    private static IEnumerable<CheckedStatement> Search()
    {
        yield return Named(nameof(SearchCypher), nameof(SearchCypher.Search), "every kind", SearchCypher.Search(new SearchQuery("Khorgos 霍尔果斯")));
        yield return Named(nameof(SearchCypher), nameof(SearchCypher.Search), "some kinds",
            SearchCypher.Search(new SearchQuery("Khorgos", new HashSet<EntityKind> { EntityKind.Project, EntityKind.Region }, 5)));
    }

    private static IEnumerable<CheckedStatement> Traversal()
    {
        var someTypes = new HashSet<string> { RelationshipTypes.LocatedIn, RelationshipTypes.PartOf };
        foreach (var direction in Enum.GetValues<RelationshipDirection>())
        {
            yield return Named(nameof(TraversalCypher), nameof(TraversalCypher.ExpandLevel), $"{direction}, every type, every kind",
                TraversalCypher.ExpandLevel(Anchors, new NeighborhoodSpec { RootKey = "khorgos", Direction = direction }, 51));
            yield return Named(nameof(TraversalCypher), nameof(TraversalCypher.ExpandLevel), $"{direction}, two types, two kinds",
                TraversalCypher.ExpandLevel(Anchors, new NeighborhoodSpec
                {
                    RootKey = "khorgos",
                    Direction = direction,
                    RelationshipTypes = someTypes,
                    Kinds = new HashSet<EntityKind> { EntityKind.Region, EntityKind.Project },
                }, 51));
        }

        foreach (var type in RelationshipTypes.All)
        {
            yield return Named(nameof(TraversalCypher), nameof(TraversalCypher.ExpandLevel), type.Name,
                TraversalCypher.ExpandLevel(Anchors, new NeighborhoodSpec { RootKey = "khorgos", RelationshipTypes = new HashSet<string> { type.Name } }, 51));
        }

        foreach (var mode in Enum.GetValues<PathMode>())
        {
            foreach (var (types, described) in new[] { ((IReadOnlySet<string>?)null, "every type"), (someTypes, "two types") })
            {
                foreach (var maxLength in new[] { 1, 4, TraversalCypher.MaxPathLength + 5 })
                {
                    yield return Named(nameof(TraversalCypher), nameof(TraversalCypher.Paths), $"{mode}, {described}, maxLength {maxLength}",
                        TraversalCypher.Paths(new PathSpec { FromKey = "khorgos", ToKey = "beijing", Mode = mode, RelationshipTypes = types, MaxLength = maxLength }));
                    yield return Named(nameof(TraversalCypher), nameof(TraversalCypher.PathsOfLength), $"{mode}, {described}, length {maxLength}",
                        TraversalCypher.PathsOfLength(new PathSpec { FromKey = "khorgos", ToKey = "beijing", Mode = mode, RelationshipTypes = types, MaxLength = maxLength }, maxLength, 3));
                }
            }
        }
    }

    private static IEnumerable<CheckedStatement> Writes()
    {
        yield return Named(nameof(WriteCypher), nameof(WriteCypher.LockGraph), null, WriteCypher.LockGraph());
        yield return Named(nameof(WriteCypher), nameof(WriteCypher.ReadState), null, WriteCypher.ReadState(["sample-source"], Anchors, ["r1"]));
        yield return Named(nameof(WriteCypher), nameof(WriteCypher.CommitLanded), null, WriteCypher.CommitLanded(41, "sample-write-id"));
        yield return Named(nameof(WriteCypher), nameof(WriteCypher.RelationshipsOfEntities), null, WriteCypher.RelationshipsOfEntities(Anchors));
        yield return Named(nameof(WriteCypher), nameof(WriteCypher.UpsertSources), null, WriteCypher.UpsertSources([SourceProperties.Of(SampleRecords.Source())]));
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            yield return Named(nameof(WriteCypher), nameof(WriteCypher.UpsertEntities), kind.ToString(),
                WriteCypher.UpsertEntities(kind, [EntityProperties.Of(SampleRecords.Entity(kind), 2)]));
        }

        foreach (var type in RelationshipTypes.All)
        {
            var row = new Dictionary<string, object?>
            {
                ["key"] = "sample-relationship",
                ["fromKey"] = "from",
                ["toKey"] = "to",
                ["properties"] = RelationshipProperties.Of(SampleRecords.Relationship(type)),
            };
            yield return Named(nameof(WriteCypher), nameof(WriteCypher.CreateRelationships), type.Name, WriteCypher.CreateRelationships(type, [row]));
            yield return Named(nameof(WriteCypher), nameof(WriteCypher.UpdateRelationships), type.Name, WriteCypher.UpdateRelationships(type, [row]));
            yield return Named(nameof(WriteCypher), nameof(WriteCypher.DeleteRelationships), type.Name, WriteCypher.DeleteRelationships(type, ["sample-relationship"]));
        }

        yield return Named(nameof(WriteCypher), nameof(WriteCypher.DeleteEntities), null, WriteCypher.DeleteEntities(Anchors));
        yield return Named(nameof(WriteCypher), nameof(WriteCypher.SourceUses), null, WriteCypher.SourceUses(["sample-source"]));
        yield return Named(nameof(WriteCypher), nameof(WriteCypher.DeleteSources), null, WriteCypher.DeleteSources(["sample-source"]));
        yield return Named(nameof(WriteCypher), nameof(WriteCypher.BumpGraphVersion), null, WriteCypher.BumpGraphVersion(3));
        yield return Named(nameof(WriteCypher), nameof(WriteCypher.KeepAlive), null, WriteCypher.KeepAlive());
    }

    private static IEnumerable<CheckedStatement> History()
    {
        yield return Named(nameof(ChangeCypher), nameof(ChangeCypher.Record), null, ChangeCypher.Record([ChangeMapper.ToProperties(SampleRecords.Change())], "sample-write-id"));
        foreach (var kind in Enum.GetValues<ChangeSubjectKind>())
        {
            yield return Named(nameof(ChangeCypher), nameof(ChangeCypher.Recent), kind.ToString(), ChangeCypher.Recent(Anchors, kind, 3));
        }

        yield return Named(nameof(ChangeCypher), nameof(ChangeCypher.NextBefore), null, ChangeCypher.NextBefore([SampleRecords.Change()]));
        yield return Named(nameof(ChangeCypher), nameof(ChangeCypher.History), "first page, any subject kind",
            ChangeCypher.History(new ChangeHistoryQuery { SubjectKey = "khorgos" }));
        yield return Named(nameof(ChangeCypher), nameof(ChangeCypher.History), "next page, one subject kind",
            ChangeCypher.History(new ChangeHistoryQuery { SubjectKey = "khorgos", SubjectKind = ChangeSubjectKind.Relationship, BeforeSequence = 40, Take = 5 }));
    }

    private static IEnumerable<CheckedStatement> Graph()
    {
        yield return Named(nameof(GraphCypher), nameof(GraphCypher.Version), null, GraphCypher.Version());
        yield return Named(nameof(GraphCypher), nameof(GraphCypher.Statistics), null, GraphCypher.Statistics());
        yield return Named(nameof(GraphCypher), nameof(GraphCypher.DeleteEverything), null, GraphCypher.DeleteEverything());
    }

    private static IEnumerable<CheckedStatement> Sources()
    {
        yield return Named(nameof(SourceCypher), nameof(SourceCypher.ByKeys), null, SourceCypher.ByKeys(["sample-source"]));
        yield return Named(nameof(SourceCypher), nameof(SourceCypher.ReadAllBatch), null, SourceCypher.ReadAllBatch(null, 500));
    }
}
