namespace KnowledgeGraph.Domain.Importing;

/// <summary>
/// Where a record of a streamed import was read, small enough to keep for every key of a large import: the file (the
/// same string instance for every record of one file) and the record's line or index in it. The part that read it
/// renders it (<see cref="IImportPart.Describe"/>), since a CSV line and a seed record are named differently.
/// </summary>
public readonly record struct ImportPosition(string File, int Line);
