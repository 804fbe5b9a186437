namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>The <see cref="Domain.Errors.ValidationError.Code"/> values the store reports for integrity problems.</summary>
public static class StoreErrorCodes
{
    public const string EntityNotFound = "ENTITY_NOT_FOUND";
    public const string SourceNotFound = "SOURCE_NOT_FOUND";
    public const string SourceRequired = "SOURCE_REQUIRED";
    public const string SourceInUse = "SOURCE_IN_USE";
    public const string UnknownRelationshipType = "UNKNOWN_RELATIONSHIP_TYPE";
    public const string InvalidValue = "INVALID_VALUE";
}
