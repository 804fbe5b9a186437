namespace KnowledgeGraph.Api.Http;

/// <summary>A request's <see cref="ClientKey"/> once <see cref="ClientKeys"/> has computed it, kept in the request's features.</summary>
public sealed record ClientKeyFeature(string Key);
