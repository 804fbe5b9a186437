using System.Text.RegularExpressions;

namespace KnowledgeGraph.Domain.Entities;

/// <summary>
/// The two spellings of a kind people write: its type name (<c>TrainingProgram</c>, as stores and exports write it) and
/// its GraphQL enum name (<c>TRAINING_PROGRAM</c>). A file written by hand or copied from a query may use either, in
/// any case, so reading accepts both and writing keeps the type name.
/// </summary>
public static partial class EntityKindNames
{
    private static readonly Dictionary<string, EntityKind> ByName = Enum.GetValues<EntityKind>()
        .SelectMany(kind => new[] { (Name: kind.ToString(), Kind: kind), (Name: ConstantName(kind), Kind: kind) })
        .DistinctBy(pair => pair.Name, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(pair => pair.Name, pair => pair.Kind, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every accepted spelling in its canonical case, type names first: for hints and error messages.</summary>
    public static IReadOnlyList<string> Spellings { get; } =
        [.. Enum.GetNames<EntityKind>(), .. Enum.GetValues<EntityKind>().Select(ConstantName)];

    /// <summary>The enum value name of a kind: TRAINING_PROGRAM for TrainingProgram.</summary>
    public static string ConstantName(EntityKind kind) => WordBoundary().Replace(kind.ToString(), "$1_$2").ToUpperInvariant();

    /// <summary>Reads either spelling in any case; a number or a combination of names is not a kind.</summary>
    public static bool TryParse(string name, out EntityKind kind) => ByName.TryGetValue(name, out kind);

    [GeneratedRegex("([a-z0-9])([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex WordBoundary();
}
