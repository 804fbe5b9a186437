namespace KnowledgeGraph.Benchmarks.Hostile;

/// <summary>The kinds of malformed or pathological request the fuzz generator writes (one benchmark class each).</summary>
public enum FuzzShape
{
    UnbalancedBraces,
    DeepSelection,
    DeepListValue,
    HugeString,
    HugeNumber,
    ManyDirectives,
    ManyVariables,
    BadEscapes,
    InvalidUtf8,
    ManyOperations,
    AliasChains,
    DeepListType,
    Valid,
    TruncatedJson,
    DeepJsonArray,
    DeepJsonObject,
}
