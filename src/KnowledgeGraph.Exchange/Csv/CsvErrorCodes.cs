using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Exchange.Csv;

/// <summary>Codes of problems found while reading CSV files, before the domain rules are checked.</summary>
public static class CsvErrorCodes
{
    public const string InvalidCsv = "INVALID_CSV";
    public const string InvalidEncoding = "INVALID_ENCODING";
    public const string MissingHeader = "MISSING_HEADER";
    public const string UnknownColumn = "UNKNOWN_COLUMN";
    public const string MissingColumn = "MISSING_COLUMN";
    public const string DuplicateColumn = "DUPLICATE_COLUMN";
    public const string WrongFieldCount = "WRONG_FIELD_COUNT";
    public const string InvalidValue = ValidationCodes.InvalidValue;
    public const string FileNotFound = "FILE_NOT_FOUND";
}
