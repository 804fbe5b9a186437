using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Importing;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Exchange.Csv;

/// <summary>
/// Everything read from the CSV files of one import, each record with its file and line, plus the problems met while
/// reading (CSV syntax, columns, values that are not numbers or dates). <see cref="Validate"/> adds the domain rules,
/// every problem located as <c>file:line (column name)</c>.
/// </summary>
public sealed partial class CsvImport : IImportPart
{
    public List<Source> Sources { get; } = [];

    public List<Entity> Entities { get; } = [];

    public List<Relationship> Relationships { get; } = [];

    public List<CsvOrigin> SourceOrigins { get; } = [];

    public List<CsvOrigin> EntityOrigins { get; } = [];

    public List<CsvOrigin> RelationshipOrigins { get; } = [];

    public List<ValidationError> ReadErrors { get; } = [];

    public int RecordCount => Sources.Count + Entities.Count + Relationships.Count;

    /// <summary>Adds the records, origins and problems of a part read after this one.</summary>
    public void Append(CsvImport part)
    {
        ArgumentNullException.ThrowIfNull(part);
        Sources.AddRange(part.Sources);
        Entities.AddRange(part.Entities);
        Relationships.AddRange(part.Relationships);
        SourceOrigins.AddRange(part.SourceOrigins);
        EntityOrigins.AddRange(part.EntityOrigins);
        RelationshipOrigins.AddRange(part.RelationshipOrigins);
        ReadErrors.AddRange(part.ReadErrors);
    }

    public GraphChangeSet ToChangeSet(ChangeAuthor? author = null) => new()
    {
        UpsertSources = Sources,
        UpsertEntities = Entities.Select(e => new EntityUpsert(e)).ToList(),
        UpsertRelationships = Relationships,
        Author = author,
    };

    /// <summary>
    /// Reader problems, then the domain rules of <see cref="GraphChangeValidator"/>. References the files do not
    /// satisfy resolve against <paramref name="existing"/> (what the store already holds).
    /// </summary>
    public IReadOnlyList<ValidationError> Validate(IExistingGraph existing) => Validate(ToChangeSet(), existing);

    /// <summary>As <see cref="Validate(IExistingGraph)"/>, with this import's change set already built.</summary>
    public IReadOnlyList<ValidationError> Validate(GraphChangeSet changes, IExistingGraph existing)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(existing);
        var domain = GraphChangeValidator.Validate(changes, existing, Origin)
            .Select(e => e with { Path = ToCell(e.Path) });

        // The reader already explained values it could not read (an unknown kind, a bad confidence) in its own words.
        var seen = new HashSet<(string Path, string Code)>();
        return ReadErrors.Concat(domain).Where(e => seen.Add((e.Path, e.Code))).ToList();
    }

    /// <summary>
    /// The problems a store reported for this import's change set (<c>upsertEntities[3].kind</c>), each located like the
    /// validator's own (<c>entities.csv:5 (column kind)</c>).
    /// </summary>
    public IReadOnlyList<ValidationError> Locate(IEnumerable<ValidationError> storeErrors)
    {
        ArgumentNullException.ThrowIfNull(storeErrors);
        return storeErrors.Select(e => e with { Path = ToCell(ChangeSetPaths.Relocate(e.Path, Origin)) }).ToList();
    }

    IReadOnlyList<ValidationError> IImportPart.ReadErrors => ReadErrors;

    public ImportPosition Position(ChangeSetSection section, int index)
    {
        var origin = OriginOf(section, index);
        return new ImportPosition(origin.File, origin.Line);
    }

    public string KeyPath(ChangeSetSection section, int index) => OriginOf(section, index).Cell("key");

    public string Describe(ImportPosition position) => new CsvOrigin(position.File, position.Line).ToString();

    private CsvOrigin OriginOf(ChangeSetSection section, int index) => section switch
    {
        ChangeSetSection.Sources => SourceOrigins[index],
        ChangeSetSection.Entities => EntityOrigins[index],
        ChangeSetSection.Relationships => RelationshipOrigins[index],
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "An import holds upserts only."),
    };

    private string Origin(ChangeSetSection section, int index) => section switch
    {
        ChangeSetSection.Sources or ChangeSetSection.Entities or ChangeSetSection.Relationships => OriginOf(section, index).ToString(),
        _ => $"{section}[{index}]",
    };

    /// <summary><c>entities.csv:12.properties.startYear</c> → <c>entities.csv:12 (column startYear)</c>; <c>.sources[1]</c> → <c>(column sources)</c>.</summary>
    private static string ToCell(string path)
    {
        var match = FieldPath().Match(path);
        if (!match.Success)
        {
            return path;
        }

        var field = match.Groups["field"].Value;
        if (field.StartsWith("properties.", StringComparison.Ordinal))
        {
            field = field["properties.".Length..];
        }

        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        // Stores and the validator spell the fields as the seed format names the columns (sources, from, to).
        var column = bracket >= 0 ? field[..bracket] : field;
        return $"{match.Groups["origin"].Value} (column {column})";
    }

    [GeneratedRegex(@"^(?<origin>.*:\d+)\.(?<field>[A-Za-z][A-Za-z0-9.\[\]]*)$")]
    private static partial Regex FieldPath();
}
