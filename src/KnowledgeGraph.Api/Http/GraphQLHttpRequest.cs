using GraphQL;

namespace KnowledgeGraph.Api.Http;

/// <summary>The GraphQL-over-HTTP request parameters, read from a POST body or a GET query string.</summary>
public sealed record GraphQLHttpRequest(string? Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
