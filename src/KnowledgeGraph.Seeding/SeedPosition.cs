using KnowledgeGraph.Domain.Importing;
using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// A seed record's place as an <see cref="ImportPosition"/>, kept for every key of a large import: the file, and in
/// <see cref="ImportPosition.Line"/> the record's index in its array times three plus the array (sources 0, entities
/// 1, relationships 2), since a seed record is named by its array and index rather than by a line.
/// </summary>
internal static class SeedPosition
{
    private const int Arrays = 3;

    public static ImportPosition Of(string file, ChangeSetSection section, int index) => section switch
    {
        ChangeSetSection.Sources or ChangeSetSection.Entities or ChangeSetSection.Relationships =>
            new ImportPosition(file, checked((index * Arrays) + (int)section)),
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "An import holds upserts only."),
    };

    /// <summary>The origin the position stands for, without the key.</summary>
    public static SeedOrigin Origin(ImportPosition position) =>
        new(position.File, SeedRecordParser.Sections[position.Line % Arrays], position.Line / Arrays, null);
}
