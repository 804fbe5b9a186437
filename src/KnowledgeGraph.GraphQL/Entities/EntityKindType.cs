using System.Text.RegularExpressions;
using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.GraphQL.Entities;

/// <summary>The <c>EntityKind</c> enum (PROJECT, REGION, …, TRAINING_PROGRAM…), described from <see cref="EntityKinds"/>.</summary>
public sealed partial class EntityKindType : EnumerationGraphType
{
    public EntityKindType()
    {
        Name = "EntityKind";
        Description = "The kinds of entity the graph holds.";
        foreach (var definition in EntityKinds.All.OrderBy(d => d.Kind))
        {
            Add(EnumName(definition.Kind), definition.Kind, definition.Description);
        }
    }

    /// <summary>The enum value name of a kind: TRAINING_PROGRAM for TrainingProgram.</summary>
    public static string EnumName(EntityKind kind) => WordBoundary().Replace(kind.ToString(), "$1_$2").ToUpperInvariant();

    [GeneratedRegex("([a-z0-9])([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex WordBoundary();
}
