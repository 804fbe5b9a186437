namespace KnowledgeGraph.Benchmarks.Hostile;

/// <summary>How a fuzz case travels: a GraphQL document in a JSON POST or a GET query string, or a raw (malformed) JSON body.</summary>
public enum FuzzTransport
{
    Post,
    Get,
    RawBody,
}
