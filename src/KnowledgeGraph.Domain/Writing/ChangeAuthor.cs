namespace KnowledgeGraph.Domain.Writing;

public sealed record ChangeAuthor(string Name, string? Comment = null);
