namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// A condition on a list field (<see cref="EntityFields.Aliases"/> or <see cref="EntityFields.Sources"/>): its elements
/// are tested with <see cref="Condition"/>, a tree whose <see cref="FieldFilter"/>s name <see cref="Element"/> (the alias
/// itself) or one of <see cref="SourceFields"/>. A null condition holds for every element, so <c>Some</c> with none asks
/// "is the list non-empty" (Hot Chocolate's <c>any: true</c>) and <c>None</c> "is it empty" (<c>any: false</c>).
/// An element for which the condition cannot be decided (a comparison with a source's missing publisher) does not match.
/// </summary>
public sealed record ListFilter(string Field, ListQuantifier Quantifier, EntityFilter? Condition) : EntityFilter
{
    /// <summary>The field name by which an element condition names a text element itself.</summary>
    public const string Element = "element";
}
