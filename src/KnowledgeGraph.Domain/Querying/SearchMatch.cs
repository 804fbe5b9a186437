namespace KnowledgeGraph.Domain.Querying;

/// <summary>How a hit's name or aliases match the searched text, from weakest to strongest; see <see cref="SearchRanking"/>.</summary>
public enum SearchMatch
{
    /// <summary>Neither the name nor an alias holds the text: the store found it elsewhere (a description, scattered words).</summary>
    Other = 0,

    /// <summary>The name or an alias holds the text at the start of a word ("Khorgos" in "Altynkol – Khorgos railway crossing").</summary>
    Contains = 1,

    /// <summary>The name or an alias starts with the text.</summary>
    Prefix = 2,

    /// <summary>The name or an alias is the text.</summary>
    Exact = 3,
}
