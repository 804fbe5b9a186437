using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Validation;

/// <summary>Size and range limits every write obeys, whatever its origin (seed, mutation, import).</summary>
public static class ValidationLimits
{
    public const int EntityKeyMaxLength = EntityKey.MaxLength;
    public const int SourceKeyMaxLength = EntityKey.MaxLength;
    public const int RelationshipKeyMaxLength = 250;
    public const int NameMaxLength = 200;
    public const int AliasMaxLength = 200;
    public const int MaxAliases = 50;
    public const int DescriptionMaxLength = 4000;
    public const int TextPropertyMaxLength = 500;
    public const int RoleMaxLength = 100;
    public const int NoteMaxLength = 2000;
    public const int TitleMaxLength = 500;
    public const int PublisherMaxLength = 200;
    public const int UrlMaxLength = 2000;
    public const int MaxSourcesPerFact = 50;
    public const int MaxCitationsPerFact = 100;
    public const int QuoteMaxLength = 2000;
    public const int LocatorMaxLength = 200;
    public const int MinYear = 1000;
    public const int MaxYear = 2200;
}
