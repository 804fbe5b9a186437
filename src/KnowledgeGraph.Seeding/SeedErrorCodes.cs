using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.Seeding;

/// <summary>Codes of problems found while reading seed files, before domain validation.</summary>
public static class SeedErrorCodes
{
    public const string InvalidJson = "INVALID_JSON";
    public const string UnknownField = QueryCodes.UnknownField;
    public const string WrongJsonType = "WRONG_JSON_TYPE";
    public const string NoSeedFiles = "NO_SEED_FILES";
}
