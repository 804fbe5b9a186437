namespace KnowledgeGraph.Domain.Validation;

/// <summary>
/// The stable, machine-readable codes of <see cref="Errors.ValidationError"/>s raised by <see cref="GraphChangeValidator"/>,
/// and by stores for create-only keys (<see cref="Writing.CreateOnlyKeys"/>) and kind changes (<see cref="Writing.EntityKindChange"/>).
/// </summary>
public static class ValidationCodes
{
    public const string InvalidKey = "INVALID_KEY";
    public const string DuplicateKey = "DUPLICATE_KEY";
    public const string Required = "REQUIRED";
    public const string TooLong = "TOO_LONG";
    public const string TooMany = "TOO_MANY";
    public const string DuplicateValue = "DUPLICATE_VALUE";
    public const string UnknownKind = "UNKNOWN_KIND";
    public const string UnknownProperty = "UNKNOWN_PROPERTY";
    public const string PropertyType = "PROPERTY_TYPE";
    public const string ValueNotAllowed = "VALUE_NOT_ALLOWED";
    public const string OutOfRange = "OUT_OF_RANGE";
    public const string InvalidYearRange = "INVALID_YEAR_RANGE";
    public const string InvalidCurrency = "INVALID_CURRENCY";
    public const string CurrencyRequired = "CURRENCY_REQUIRED";
    public const string InvalidUrl = "INVALID_URL";
    public const string InvalidDate = "INVALID_DATE";
    public const string InvalidConfidence = "INVALID_CONFIDENCE";
    public const string UnknownRelationshipType = "UNKNOWN_RELATIONSHIP_TYPE";
    public const string RelationshipNotAllowed = "RELATIONSHIP_NOT_ALLOWED";
    public const string MissingEndpoint = "MISSING_ENDPOINT";
    public const string SourceRequired = "SOURCE_REQUIRED";
    public const string UnknownSource = "UNKNOWN_SOURCE";
    public const string UpsertAndDelete = "UPSERT_AND_DELETE";

    /// <summary>A citation of a source the record does not list in its sources.</summary>
    public const string CitationSourceNotListed = "CITATION_SOURCE_NOT_LISTED";

    /// <summary>A citation's <c>about</c> that names no field or property the record holds.</summary>
    public const string CitationAboutUnknown = "CITATION_ABOUT_UNKNOWN";

    /// <summary>A source delete refused by a store because entities or relationships still cite the source.</summary>
    public const string SourceInUse = "SOURCE_IN_USE";

    /// <summary>A write a store's own uniqueness constraint refused at commit (a concurrent writer took the key first).</summary>
    public const string ConstraintViolation = "CONSTRAINT_VIOLATION";

    /// <summary>An argument outside what an operation accepts (a negative skip or take, a depth out of bounds).</summary>
    public const string InvalidValue = "INVALID_VALUE";

    /// <summary>An upsert that would give a stored entity another kind (<see cref="Writing.EntityKindChange"/>).</summary>
    public const string KindChangeNotAllowed = "KIND_CHANGE_NOT_ALLOWED";

    /// <summary>A create-only key (<see cref="Writing.GraphChangeSet.CreateOnlySourceKeys"/>) that no upsert in the change set has.</summary>
    public const string CreateOnlyWithoutUpsert = "CREATE_ONLY_WITHOUT_UPSERT";
}
